/** Attaching uploaded images to products and variants, in order, with a featured one. */
import type { Context } from "../../../context.js";
import { productFromModel, updateProductVersioned, type Tx } from "../products/product.service.js";
import type { Product } from "../products/product.types.js";
import { readVariant, updateVariantVersioned } from "../variants/variant.service.js";
import type { Variant } from "../variants/variant.types.js";
import { idOf, reject } from "../validation.js";

const MAX_IMAGES = 50;

/** Row ids of the listed images and the featured one, all checked to exist. */
async function checkImages(tx: Tx, imageIds: string[], featuredImageId: string | null | undefined): Promise<{ ids: string[]; featured: string | null }> {
  if (imageIds.length > MAX_IMAGES) reject(["input", "imageIds"], `at most ${MAX_IMAGES} images`);
  const ids = imageIds.map((id, i) => idOf(id, "Image", ["input", "imageIds", String(i)]));
  if (new Set(ids).size !== ids.length) reject(["input", "imageIds"], "an image is listed twice");
  if ((await tx.image.count({ where: { id: { in: ids } } })) !== ids.length) reject(["input", "imageIds"], "some images do not exist");
  const featured = featuredImageId == null ? (ids[0] ?? null) : idOf(featuredImageId, "Image", ["input", "featuredImageId"]);
  if (featured !== null && !ids.includes(featured)) reject(["input", "featuredImageId"], "the featured image must be one of imageIds");
  return { ids, featured };
}

/** Sets a product's images. */
export async function setProductImages(ctx: Context, input: { productId: string; version: number; imageIds: string[]; featuredImageId?: string | null }): Promise<Product> {
  const productId = idOf(input.productId, "Product", ["input", "productId"]);
  const model = await ctx.db.$transaction(async (tx) => {
    const { ids, featured } = await checkImages(tx, input.imageIds, input.featuredImageId);
    const product = await updateProductVersioned(tx, productId, input.version, { featuredImageId: featured }, ["input"]);
    await tx.productImage.deleteMany({ where: { productId } });
    await tx.productImage.createMany({ data: ids.map((imageId, position) => ({ productId, imageId, position })) });
    return product;
  });
  return productFromModel(model, ctx.services.currency);
}

/** Sets a variant's images. */
export async function setVariantImages(ctx: Context, input: { variantId: string; version: number; imageIds: string[]; featuredImageId?: string | null }): Promise<Variant> {
  const variantId = idOf(input.variantId, "Variant", ["input", "variantId"]);
  await ctx.db.$transaction(async (tx) => {
    const { ids, featured } = await checkImages(tx, input.imageIds, input.featuredImageId);
    await updateVariantVersioned(tx, variantId, input.version, { featuredImage: featured === null ? { disconnect: true } : { connect: { id: featured } } });
    await tx.variantImage.deleteMany({ where: { variantId } });
    await tx.variantImage.createMany({ data: ids.map((imageId, position) => ({ variantId, imageId, position })) });
  });
  return readVariant(ctx, variantId);
}
