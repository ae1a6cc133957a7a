/** Staff mutations attaching images (uploaded with `POST /images`) to products and variants. */
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { SetProductImagesInput } from "../products/product.inputs.js";
import { ProductUpdated, SetProductImagesResult } from "../products/product.mutations.js";
import { SetVariantImagesInput } from "../variants/variant.inputs.js";
import { SetVariantImagesResult, VariantUpdated } from "../variants/variant.mutations.js";
import { setProductImages, setVariantImages } from "./image.service.js";

@Resolver()
export class ImageMutations {
  @Mutation(() => SetProductImagesResult, { description: "Sets a product's images, in order, and its featured image. Needs CATALOG_WRITE." })
  setProductImages(@Arg("input", () => SetProductImagesInput) input: SetProductImagesInput, @Ctx() ctx: Context): Promise<typeof SetProductImagesResult> {
    return runMutation(async () => Object.assign(new ProductUpdated(), { product: await setProductImages(ctx, input) }));
  }

  @Mutation(() => SetVariantImagesResult, { description: "Sets a variant's images, in order, and its featured image. Needs CATALOG_WRITE." })
  setVariantImages(@Arg("input", () => SetVariantImagesInput) input: SetVariantImagesInput, @Ctx() ctx: Context): Promise<typeof SetVariantImagesResult> {
    return runMutation(async () => Object.assign(new VariantUpdated(), { variant: await setVariantImages(ctx, input) }));
  }
}
