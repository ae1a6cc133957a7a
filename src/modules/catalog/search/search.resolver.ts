/** `search`: ranked full-text and typo-tolerant product search with facets. */
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { ConnectionArgs, toConnection } from "../../../shared/pagination.js";
import { Collection } from "../collections/collection.types.js";
import { criteriaOf, MAX_SEARCH_LENGTH, ProductFilter, searchText } from "../products/product-filter.js";
import { FUZZY_BELOW, listProducts, ProductSort } from "../products/product-listing.js";
import { searchStats } from "./facets.js";
import { CollectionFacet, SearchResult, type SearchStats } from "./search.types.js";

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
  ): Promise<SearchResult> {
    const criteria = criteriaOf(filter, ctx.services.currency, searchText(query, "query") ?? "");
    if (criteria.text === "") delete criteria.text;
    const page = await listProducts(ctx, criteria, sort, args);
    let stats: Promise<SearchStats> | undefined;
    const result: SearchResult = toConnection(SearchResult, page, async () => (await result.stats()).total);
    result.stats = () => (stats ??= searchStats(ctx, criteria));
    return result;
  }

  @FieldResolver(() => Collection)
  async collection(@Root() facet: CollectionFacet, @Ctx() ctx: Context): Promise<Collection> {
    return (await ctx.loaders.collectionById.load(facet.collectionId))!;
  }
}
