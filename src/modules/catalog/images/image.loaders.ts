/**
 * Loaders of images: by id, and the ordered images of products and variants.
 * Each read names the shape of its rows (json-rows.ts): combined with others, they travel as JSON arrays.
 */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { manyEach, oneEach } from "../../../shared/batching.js";
import { seesWholeCatalog, visibleProductsSql, visibleVariantsSql } from "../visibility.js";
import { IMAGE_COLUMNS, IMAGE_ROW, OWNED_IMAGE_ROW, toImage, type Image } from "./image.types.js";

export const createImageLoaders = {
  /** Images by id: catalog staff see all, others those shown on a product or variant they can see. */
  imageById: (source: DbSource) =>
    new DataLoader<string, Image | null>(async (ids) => {
      const shown = seesWholeCatalog(source.viewer)
        ? "TRUE"
        : `(EXISTS (SELECT 1 FROM product_image pi JOIN product p ON p.id = pi.product_id WHERE pi.image_id = i.id AND ${visibleProductsSql(source.viewer)})
            OR EXISTS (SELECT 1 FROM variant_image vi JOIN variant v ON v.id = vi.variant_id JOIN product p ON p.id = v.product_id
                        WHERE vi.image_id = i.id AND ${visibleProductsSql(source.viewer)} AND ${visibleVariantsSql(source.viewer)}))`;
      const rows = await source.sql.batched(`SELECT ${IMAGE_COLUMNS} FROM image i WHERE i.id = ANY($1::uuid[]) AND ${shown}`, [ids], IMAGE_ROW);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toImage(row, source.services.images));
    }),

  /** Each product's images in order. */
  imagesByProduct: (source: DbSource) =>
    new DataLoader<string, Image[]>(async (productIds) => {
      const rows = await source.sql.batched(
        `SELECT pi.product_id AS owner_id, ${IMAGE_COLUMNS} FROM product_image pi JOIN image i ON i.id = pi.image_id
          WHERE pi.product_id = ANY($1::uuid[]) ORDER BY pi.product_id, pi.position`,
        [productIds],
        OWNED_IMAGE_ROW,
      );
      return manyEach(productIds, rows, (row) => row.owner_id).map((list) => list.map((row) => toImage(row, source.services.images)));
    }),

  /** Each variant's images in order. */
  imagesByVariant: (source: DbSource) =>
    new DataLoader<string, Image[]>(async (variantIds) => {
      const rows = await source.sql.batched(
        `SELECT vi.variant_id AS owner_id, ${IMAGE_COLUMNS} FROM variant_image vi JOIN image i ON i.id = vi.image_id
          WHERE vi.variant_id = ANY($1::uuid[]) ORDER BY vi.variant_id, vi.position`,
        [variantIds],
        OWNED_IMAGE_ROW,
      );
      return manyEach(variantIds, rows, (row) => row.owner_id).map((list) => list.map((row) => toImage(row, source.services.images)));
    }),
};
