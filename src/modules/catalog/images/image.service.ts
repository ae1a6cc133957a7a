/** Attaching uploaded images to products and variants, in order, with a featured one. */
import type { Context } from "../../../context.js";
import type { Tx } from "../../../db/sql.js";
import { idOf, reject } from "../../../shared/input-check.js";
import { updateProductVersioned } from "../products/product.service.js";
import { Product } from "../products/product.types.js";
import { readVariant, updateVariantVersioned } from "../variants/variant.service.js";
import type { Variant } from "../variants/variant.types.js";

const MAX_IMAGES = 50;

/** Row ids of the listed images and the featured one, all checked to exist. */
async function checkImages(tx: Tx, imageIds: string[], featuredImageId: string | null | undefined): Promise<{ ids: string[]; featured: string | null }> {
  if (imageIds.length > MAX_IMAGES) reject(["input", "imageIds"], `at most ${MAX_IMAGES} images`);
  const ids = imageIds.map((id, i) => idOf(id, "Image", ["input", "imageIds", String(i)]));
  if (new Set(ids).size !== ids.length) reject(["input", "imageIds"], "an image is listed twice");
  const [{ found }] = await tx.query<{ found: number }>`SELECT count(*)::int AS found FROM image WHERE id = ANY(${ids}::uuid[])`;
  if (found !== ids.length) reject(["input", "imageIds"], "some images do not exist");
  const featured = featuredImageId == null ? (ids[0] ?? null) : idOf(featuredImageId, "Image", ["input", "featuredImageId"]);
  if (featured !== null && !ids.includes(featured)) reject(["input", "featuredImageId"], "the featured image must be one of imageIds");
  return { ids, featured };
}

/** Sets a product's images. */
export async function setProductImages(ctx: Context, input: { productId: string; version: number; imageIds: string[]; featuredImageId?: string | null }): Promise<Product> {
  const productId = idOf(input.productId, "Product", ["input", "productId"]);
  return ctx.sql.transaction(async (tx) => {
    const { ids, featured } = await checkImages(tx, input.imageIds, input.featuredImageId);
    const product = await updateProductVersioned(tx, productId, input.version, { featured_image_id: featured }, ["input"]);
    await tx.execute`DELETE FROM product_image WHERE product_id = ${productId}::uuid`;
    await tx.execute`
      INSERT INTO product_image (product_id, image_id, position) SELECT ${productId}::uuid, i.id, i.n - 1 FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS i(id, n)`;
    return new Product(product, ctx.services.currency);
  });
}

/** Sets a variant's images. */
export async function setVariantImages(ctx: Context, input: { variantId: string; version: number; imageIds: string[]; featuredImageId?: string | null }): Promise<Variant> {
  const variantId = idOf(input.variantId, "Variant", ["input", "variantId"]);
  await ctx.sql.transaction(async (tx) => {
    const { ids, featured } = await checkImages(tx, input.imageIds, input.featuredImageId);
    await updateVariantVersioned(tx, variantId, input.version, { featured_image_id: featured });
    await tx.execute`DELETE FROM variant_image WHERE variant_id = ${variantId}::uuid`;
    await tx.execute`
      INSERT INTO variant_image (variant_id, image_id, position) SELECT ${variantId}::uuid, i.id, i.n - 1 FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS i(id, n)`;
  });
  return readVariant(ctx, variantId);
}
