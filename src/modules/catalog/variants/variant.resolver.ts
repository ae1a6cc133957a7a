/** The relations and computed fields of a Variant, every relation through a request loader. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { Image } from "../images/image.types.js";
import { Product } from "../products/product.types.js";
import { SelectedOption, StockLevel, Variant } from "./variant.types.js";

@Resolver(() => Variant)
export class VariantResolver {
  @FieldResolver(() => Product, { description: "The product it belongs to." })
  async product(@Root() variant: Variant, @Ctx() ctx: Context): Promise<Product> {
    const product = await ctx.loaders.productById.load(variant.productId);
    // A variant is only ever handed out with a product the viewer can see.
    if (!product) throw new Error(`product ${variant.productId} of variant ${variant.rowId} is not visible`);
    return product;
  }

  @FieldResolver(() => String, { description: 'Its option values joined, e.g. "M / Red"; the SKU when it has none.' })
  async title(@Root() variant: Variant, @Ctx() ctx: Context): Promise<string> {
    const options = await ctx.loaders.selectedOptions.load(variant.rowId);
    return options.length > 0 ? options.map((option) => option.value).join(" / ") : variant.sku;
  }

  @FieldResolver(() => [SelectedOption], { description: "Its value for each option of the product, in option order." })
  selectedOptions(@Root() variant: Variant, @Ctx() ctx: Context): Promise<SelectedOption[]> {
    return ctx.loaders.selectedOptions.load(variant.rowId);
  }

  @FieldResolver(() => StockLevel, { nullable: true, description: "Stock numbers; catalog or inventory staff only." })
  stock(@Root() variant: Variant): StockLevel {
    return { onHand: variant.stockOnHand, allocated: variant.stockAllocated, available: variant.stockOnHand - variant.stockAllocated };
  }

  @FieldResolver(() => [Image], { description: "Images in display order." })
  images(@Root() variant: Variant, @Ctx() ctx: Context): Promise<Image[]> {
    return ctx.loaders.imagesByVariant.load(variant.rowId);
  }

  @FieldResolver(() => Image, { nullable: true, description: "The chosen featured image, else its first image." })
  async featuredImage(@Root() variant: Variant, @Ctx() ctx: Context): Promise<Image | null> {
    const images = await ctx.loaders.imagesByVariant.load(variant.rowId);
    return images.find((image) => image.rowId === variant.featuredImageId) ?? images[0] ?? null;
  }
}
