/** The `ProductFilter` input of product lists and search, and its validation into criteria. */
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { codedError } from "../../../shared/errors.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import type { ShopCurrency } from "../../../shared/money.js";
import { codePointLength, hasControlCharacters } from "../../../shared/text.js";
import { ProductSort, type ProductCriteria } from "./product-listing.js";
import { ProductStatus } from "./product.types.js";

registerEnumType(ProductSort, {
  name: "ProductSort",
  description: "Order of a product list.",
  valuesConfig: {
    RELEVANCE: { description: "Best search match first; newest first when there is no search text." },
    NEWEST: { description: "Most recently created first." },
    PRICE_ASC: { description: "Cheapest variant price, low to high." },
    PRICE_DESC: { description: "Cheapest variant price, high to low." },
    TITLE_ASC: { description: "Title A to Z." },
    TITLE_DESC: { description: "Title Z to A." },
  },
});

/** Longest search text, in characters. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_OPTION_FILTERS = 10;
const MAX_OPTION_VALUES = 50;
const MAX_NAME = 100;

@InputType({ description: "Values of one option, any of which matches, e.g. Size: [M, L]." })
export class OptionFilter {
  @Field({ description: "Option name, case-insensitive." })
  name: string;

  @Field(() => [String], { description: "Values, case-insensitive." })
  values: string[];
}

@InputType({ description: "Narrows a product list. Variant conditions (price, stock, options) must all hold for one variant." })
export class ProductFilter {
  @Field(() => ID, { nullable: true, description: "Products in this collection or any collection below it." })
  collectionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Lowest variant price, a decimal amount in the shop currency, e.g. "10.00".' })
  priceMin?: string | null;

  @Field(() => String, { nullable: true, description: "Highest variant price, a decimal amount in the shop currency." })
  priceMax?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only products with a variant that can be bought now." })
  inStock?: boolean | null;

  @Field(() => [OptionFilter], { nullable: true, description: `Up to ${MAX_OPTION_FILTERS} options; every one must match.` })
  options?: OptionFilter[] | null;

  @Field(() => [ProductStatus], { nullable: true, description: "Catalog staff only; everyone else sees ACTIVE products whatever is asked." })
  status?: ProductStatus[] | null;

  @Field(() => String, { nullable: true, description: `Search text, up to ${MAX_SEARCH_LENGTH} characters (see \`search\`).` })
  query?: string | null;
}

const bad = (argument: string, message: string) => codedError("BAD_USER_INPUT", message, { argument });

/** Search text trimmed and with runs of whitespace collapsed; empty means "no text". */
export function searchText(raw: string | null | undefined, argument: string): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (raw.length > MAX_SEARCH_LENGTH * 2 || codePointLength(raw) > MAX_SEARCH_LENGTH) throw bad(argument, `${argument} must be at most ${MAX_SEARCH_LENGTH} characters`);
  // Tabs and line breaks become spaces below; other control characters (NUL included) cannot be meant.
  if (hasControlCharacters(raw, true)) throw bad(argument, `${argument} must not contain control characters`);
  const text = raw.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

function price(raw: string | null | undefined, argument: string, currency: ShopCurrency): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  const parsed = currency.parseAmount(raw);
  if ("problem" in parsed) throw bad(argument, `${argument} ${parsed.problem}`);
  return parsed.minor;
}

function name(value: string, argument: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || codePointLength(trimmed) > MAX_NAME || hasControlCharacters(trimmed)) throw bad(argument, `${argument} must be 1 to ${MAX_NAME} characters without control characters`);
  return trimmed;
}

/** Validated criteria of a filter (prices in the shop currency, plus separate search text); a bad value is BAD_USER_INPUT naming it. */
export function criteriaOf(filter: ProductFilter | null | undefined, currency: ShopCurrency, text?: string): ProductCriteria {
  const criteria: ProductCriteria = { text: text ?? searchText(filter?.query, "filter.query") };
  if (!filter) return criteria;
  if (filter.collectionId != null) criteria.collectionId = expectGlobalId(filter.collectionId, "Collection", "filter.collectionId");
  criteria.priceMin = price(filter.priceMin, "filter.priceMin", currency);
  criteria.priceMax = price(filter.priceMax, "filter.priceMax", currency);
  if (filter.inStock) criteria.inStock = true;
  if (filter.options) {
    if (filter.options.length > MAX_OPTION_FILTERS) throw bad("filter.options", `at most ${MAX_OPTION_FILTERS} options`);
    criteria.options = filter.options.map((option, i) => {
      if (option.values.length === 0 || option.values.length > MAX_OPTION_VALUES) throw bad(`filter.options.${i}.values`, `1 to ${MAX_OPTION_VALUES} values`);
      return { name: name(option.name, `filter.options.${i}.name`), values: option.values.map((value, j) => name(value, `filter.options.${i}.values.${j}`)) };
    });
  }
  if (filter.status?.length) criteria.statuses = filter.status;
  return criteria;
}
