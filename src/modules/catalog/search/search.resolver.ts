/** `search`: ranked full-text and typo-tolerant product search with facets. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { ConnectionArgs, toConnection, type Page } from "../../../shared/pagination.js";
import { connectionNodes, fieldNamesOfOperation, fieldsBelow, selectsAny } from "../../../shared/selection.js";
import { Collection } from "../collections/collection.types.js";
import { criteriaOf, MAX_SEARCH_LENGTH, ProductFilter, searchText } from "../products/product-filter.js";
import { FUZZY_BELOW, listProducts, ProductSort, unreadProductColumns } from "../products/product-listing.js";
import { searchPage, type SearchAlong } from "./search-page.js";
import type { Product } from "../products/product.types.js";
import { CollectionFacet, SearchResult, type SearchStats } from "./search.types.js";

/**
 * What the selection shows that the search statement can read along: images of the page's
 * products (all of them for `images`, only the featured one for `featuredImage` alone) and the
 * facets' collections; and the page columns no field of the operation reads. Directives are not
 * evaluated (see selection.ts): a skipped field reads along what nobody shows, never less.
 */
function searchAlong(info: GraphQLResolveInfo): SearchAlong {
  const products = connectionNodes(info);
  const facetCollections = fieldsBelow(info, fieldsBelow(info, info.fieldNodes, "facets"), "collections");
  const images = fieldsBelow(info, products, "images").length > 0 ? "all" : fieldsBelow(info, products, "featuredImage").length > 0 ? "featured" : "none";
  return {
    images,
    collections: fieldsBelow(info, facetCollections, "collection").length > 0,
    unread: unreadProductColumns(fieldNamesOfOperation(info)),
  };
}

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
    // (see search-page.ts), with the images and collections it shows; otherwise the page alone,
    // and that statement only if they are read after all.
    if (selectsAny(info, ["totalCount", "facets"])) {
      const { page, stats, images, collections } = await searchPage(ctx, criteria, sort, args, searchAlong(info));
      if (images) for (const product of page.nodes) ctx.loaders.imagesByProduct.prime(product.rowId, images.get(product.rowId)!);
      for (const collection of collections ?? []) ctx.loaders.collectionById.prime(collection.rowId, collection);
      return searchResult(page, () => Promise.resolve(stats));
    }
    let stats: Promise<SearchStats> | undefined;
    const nothingAlong: SearchAlong = { images: "none", collections: false, unread: [] };
    return searchResult(await listProducts(ctx, criteria, sort, args), () => (stats ??= searchPage(ctx, criteria, sort, args, nothingAlong).then((all) => all.stats)));
  }

  @FieldResolver(() => Collection)
  async collection(@Root() facet: CollectionFacet, @Ctx() ctx: Context): Promise<Collection> {
    return (await ctx.loaders.collectionById.load(facet.collectionId))!;
  }
}
