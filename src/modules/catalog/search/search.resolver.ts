/** `search`: ranked full-text and typo-tolerant product search with facets. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { ConnectionArgs, toConnection, type Page } from "../../../shared/pagination.js";
import { selectsAny } from "../../../shared/selection.js";
import { Collection } from "../collections/collection.types.js";
import { criteriaOf, MAX_SEARCH_LENGTH, ProductFilter, searchText } from "../products/product-filter.js";
import { FUZZY_BELOW, listProducts, ProductSort } from "../products/product-listing.js";
import { searchPage } from "./search-page.js";
import type { Product } from "../products/product.types.js";
import { CollectionFacet, SearchResult, type SearchStats } from "./search.types.js";

function searchResult(page: Page<Product>, stats: () => Promise<SearchStats>): SearchResult {
  const result: SearchResult = toConnection(SearchResult, page, async () => (await stats()).total);
  result.stats = stats;
  return result;
}

@Resolver(() => CollectionFacet)
export class SearchResolver {
  @Query(() => SearchResult, {
    description: `Products matching \`query\` (up to ${MAX_SEARCH_LENGTH} characters): full-text on title and description (title weighs more, English stemming); when that finds fewer than ${FUZZY_BELOW} products, also title substrings and near spellings (typos). Blank matches everything. Facets count all matches.`,
  })
  async search(
    @Arg("query", () => String) query: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Arg("sort", () => ProductSort, { defaultValue: ProductSort.RELEVANCE }) sort: ProductSort,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResult> {
    const criteria = criteriaOf(filter, ctx.services.currency, searchText(query, "query") ?? "");
    if (criteria.text === "") delete criteria.text;
    // The total and facets come with the page, in one statement, when the selection asks for them
    // (see search-page.ts); otherwise the page alone, and that statement only if they are read after all.
    if (selectsAny(info, ["totalCount", "facets"])) {
      const { page, stats } = await searchPage(ctx, criteria, sort, args);
      return searchResult(page, () => Promise.resolve(stats));
    }
    let stats: Promise<SearchStats> | undefined;
    return searchResult(await listProducts(ctx, criteria, sort, args), () => (stats ??= searchPage(ctx, criteria, sort, args).then((all) => all.stats)));
  }

  @FieldResolver(() => Collection)
  async collection(@Root() facet: CollectionFacet, @Ctx() ctx: Context): Promise<Collection> {
    return (await ctx.loaders.collectionById.load(facet.collectionId))!;
  }
}
