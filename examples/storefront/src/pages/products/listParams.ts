import type { ProductFilter, ProductSort } from "@larder/sdk";

/**
 * What a product list shows lives in the page's URL, so a filtered list can be shared and
 * reloaded: `?q=linen&collection=shirts&option.Color=Navy&option.Color=Sand&price=25.00-50.00&sort=PRICE_ASC`.
 */
export interface ListParams {
  query: string;
  collectionSlug: string | null;
  filter: Omit<ProductFilter, "collectionId">;
  sort: ProductSort;
}

const OPTION = "option.";
export const SORTS: { value: ProductSort; label: string }[] = [
  { value: "RELEVANCE", label: "Best match" },
  { value: "NEWEST", label: "Newest" },
  { value: "PRICE_ASC", label: "Price, low to high" },
  { value: "PRICE_DESC", label: "Price, high to low" },
];

export function readListParams(params: URLSearchParams): ListParams {
  const options = [...new Set([...params.keys()].filter((key) => key.startsWith(OPTION)))].map((key) => ({ name: key.slice(OPTION.length), values: params.getAll(key) }));
  const [priceMin, priceMax] = (params.get("price") ?? "").split("-");
  const sort = SORTS.find((s) => s.value === params.get("sort"))?.value ?? "RELEVANCE";
  return {
    query: params.get("q") ?? "",
    collectionSlug: params.get("collection"),
    filter: { options: options.length > 0 ? options : null, priceMin: priceMin || null, priceMax: priceMax || null },
    sort,
  };
}

/** The URL parameter of an option's values. */
export function optionParam(name: string): string {
  return OPTION + name;
}

/** `params` with `value` added to `key`, or taken away if it was there. */
export function toggled(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const values = params.getAll(key);
  const next = new URLSearchParams(params);
  next.delete(key);
  for (const v of values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) next.append(key, v);
  return next;
}

/** `params` with `key` set to `value`, or removed when `value` is null. */
export function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}
