/** Staff mutations attaching images (uploaded with `POST /images`) to products and variants. */
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { ProductImagesSetInput } from "../products/product.inputs.js";
import { ProductChangeResult, ProductPayload } from "../products/product.mutations.js";
import { VariantImagesSetInput } from "../variants/variant.inputs.js";
import { VariantChangeResult, variantPayload } from "../variants/variant.mutations.js";
import { setProductImages, setVariantImages } from "./image.service.js";

@Resolver()
export class ImageMutations {
  @Mutation(() => ProductChangeResult, { description: "Sets a product's images, in order, and its featured image. Needs CATALOG_WRITE." })
  productImagesSet(@Arg("input", () => ProductImagesSetInput) input: ProductImagesSetInput, @Ctx() ctx: Context): Promise<typeof ProductChangeResult> {
    return runMutation(async () => Object.assign(new ProductPayload(), { product: await setProductImages(ctx, input) }));
  }

  @Mutation(() => VariantChangeResult, { description: "Sets a variant's images, in order, and its featured image. Needs CATALOG_WRITE." })
  variantImagesSet(@Arg("input", () => VariantImagesSetInput) input: VariantImagesSetInput, @Ctx() ctx: Context): Promise<typeof VariantChangeResult> {
    return runMutation(async () => variantPayload(await setVariantImages(ctx, input)));
  }
}
