/** Product queries and the relations of a Product, every one through a request loader. */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { codedError } from "../../../shared/errors.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { ConnectionArgs, toConnection } from "../../../shared/pagination.js";
import { Collection } from "../collections/collection.types.js";
import { Image } from "../images/image.types.js";
import { variantWindow } from "../variants/variant-pages.js";
import { VariantConnection } from "../variants/variant.types.js";
import { isSlug } from "../validation.js";
import { criteriaOf, ProductFilter } from "./product-filter.js";
import { countProducts, listProducts, listProductsWithVariants, ProductSort } from "./product-listing.js";
import { Product, ProductConnection, ProductOption } from "./product.types.js";
import { ListCost } from "../../../shared/cost.js";
import { variantPageKey, variantsArgsOfList } from "./variants-lookahead.js";
import { fieldNamesOfOperation, fieldsOfTypeInOperation } from "../../../shared/selection.js";

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: "Products, filtered and sorted. Customers and visitors see active products only." })
  async products(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Arg("sort", () => ProductSort, { defaultValue: ProductSort.RELEVANCE }) sort: ProductSort,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProductConnection> {
    const criteria = criteriaOf(filter, ctx.services.currency);
    const count = () => countProducts(ctx, criteria);
    const variantArgs = variantsArgsOfList(info);
    if (!variantArgs || !validVariantArgs(variantArgs)) return toConnection(ProductConnection, await listProducts(ctx, criteria, sort, args), count);
    // A list that shows variants reads them along; the pages go to the loader Product.variants reads.
    const { page, variantPages } = await listProductsWithVariants(ctx, criteria, sort, args, variantArgs, {
      names: fieldNamesOfOperation(info),
      variantFields: fieldsOfTypeInOperation(info, "Variant"),
    });
    const loader = ctx.loaders.variantPages(variantArgs);
    page.nodes.forEach((product, i) => loader.prime(product.rowId, variantPages[i]!));
    return toConnection(ProductConnection, page, count);
  }

  @Query(() => Product, { nullable: true, description: "One product by id or by slug (give exactly one); null if missing or not visible to you." })
  async product(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("slug", () => String, { nullable: true }) slug: string | null,
    @Ctx() ctx: Context,
  ): Promise<Product | null> {
    if ((id == null) === (slug == null)) throw codedError("BAD_USER_INPUT", "give either id or slug", { argument: "id" });
    if (id != null) return ctx.loaders.productById.load(expectGlobalId(id, "Product"));
    return isSlug(slug!) ? ctx.loaders.productBySlug.load(slug!) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether it is active and some variant can be bought now." })
  async availableForSale(@Root() product: Product, @Ctx() ctx: Context): Promise<boolean> {
    return product.status === "ACTIVE" && (await ctx.loaders.productAvailable.load(product.rowId));
  }

  @ListCost(3)
  @FieldResolver(() => [ProductOption], { description: "Options in order, each with its values in order." })
  options(@Root() product: Product, @Ctx() ctx: Context): Promise<ProductOption[]> {
    return ctx.loaders.optionsByProduct.load(product.rowId);
  }

  @FieldResolver(() => VariantConnection, { description: "Variants by position; archived ones only for catalog staff." })
  async variants(@Root() product: Product, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<VariantConnection> {
    variantWindow(args);
    const page = await ctx.loaders.variantPages(variantPageKey(args)).load(product.rowId);
    return toConnection(VariantConnection, page, () => ctx.loaders.variantCount.load(product.rowId));
  }

  @ListCost(10)
  @FieldResolver(() => [Image], { description: "Images in display order." })
  images(@Root() product: Product, @Ctx() ctx: Context): Promise<Image[]> {
    return ctx.loaders.imagesByProduct.load(product.rowId);
  }

  @FieldResolver(() => Image, { nullable: true, description: "The image to show first: the chosen featured image, else the first one." })
  async featuredImage(@Root() product: Product, @Ctx() ctx: Context): Promise<Image | null> {
    if (product.featuredImageAlong !== undefined) return product.featuredImageAlong;
    const images = await ctx.loaders.imagesByProduct.load(product.rowId);
    return images.find((image) => image.rowId === product.featuredImageId) ?? images[0] ?? null;
  }

  @ListCost(5)
  @FieldResolver(() => [Collection], { description: "Collections it belongs to, by title." })
  collections(@Root() product: Product, @Ctx() ctx: Context): Promise<Collection[]> {
    return ctx.loaders.collectionsByProduct.load(product.rowId);
  }
}

/** Whether `args` make a valid variants page; invalid ones are left to Product.variants, which refuses them. */
function validVariantArgs(args: ConnectionArgs): boolean {
  try {
    variantWindow(args);
    return true;
  } catch {
    return false;
  }
}
