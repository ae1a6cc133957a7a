/**
 * Loaders of products and their options.
 * Each read names the shape of its rows (json-rows.ts): combined with others, they travel as JSON arrays.
 */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { manyEach, oneEach } from "../../../shared/batching.js";
import { visibleProductsSql, visibleVariantsSql } from "../visibility.js";
import { VARIANT_AVAILABLE_SQL } from "./product-listing.js";
import { RowShape } from "../../../db/json-rows.js";
import { PRODUCT_COLUMNS, PRODUCT_ROW, Product, type ProductOption } from "./product.types.js";

interface OptionRow {
  id: string;
  product_id: string;
  name: string;
  position: number;
  value_id: string | null;
  value_name: string | null;
  value_position: number | null;
}

const OPTION_ROW = new RowShape<OptionRow>({ id: "value", product_id: "value", name: "value", position: "value", value_id: "value", value_name: "value", value_position: "value" });
const PRODUCT_ID_ROW = new RowShape<{ product_id: string }>({ product_id: "value" });

function productsWhere(source: DbSource, column: "id" | "slug", cast: string) {
  return async (keys: readonly string[]): Promise<(Product | null)[]> => {
    const rows = await source.sql.batched(
      `SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.${column} = ANY($1::${cast}[]) AND ${visibleProductsSql(source.viewer)}`,
      [keys],
      PRODUCT_ROW,
    );
    return oneEach(keys, rows, (row) => row[column]).map((row) => row && new Product(row, source.services.currency));
  };
}

export const createProductLoaders = {
  /** Visible products by database id. */
  productById: (source: DbSource) => new DataLoader(productsWhere(source, "id", "uuid")),

  /** Visible products by slug. */
  productBySlug: (source: DbSource) => new DataLoader(productsWhere(source, "slug", "text")),

  /** Options of each product with their values, both in order. */
  optionsByProduct: (source: DbSource) =>
    new DataLoader<string, ProductOption[]>(async (productIds) => {
      const rows = await source.sql.batched(
        `SELECT o.id, o.product_id, o.name, o.position, ov.id AS value_id, ov.name AS value_name, ov.position AS value_position
           FROM product_option o LEFT JOIN option_value ov ON ov.option_id = o.id
          WHERE o.product_id = ANY($1::uuid[]) ORDER BY o.product_id, o.position, ov.position`,
        [productIds],
        OPTION_ROW,
      );
      return manyEach(productIds, rows, (row) => row.product_id).map((optionRows) => {
        const options: ProductOption[] = [];
        let option: ProductOption | undefined;
        let optionRowId: string | undefined;
        for (const row of optionRows) {
          if (row.id !== optionRowId) {
            optionRowId = row.id;
            option = { id: toGlobalId("ProductOption", row.id), name: row.name, position: row.position, values: [] };
            options.push(option);
          }
          if (row.value_id) option!.values.push({ id: toGlobalId("ProductOptionValue", row.value_id), name: row.value_name!, position: row.value_position! });
        }
        return options;
      });
    }),

  /** Whether each product has a variant that can be bought now. */
  productAvailable: (source: DbSource) =>
    new DataLoader<string, boolean>(async (productIds) => {
      const rows = await source.sql.batched(
        `SELECT DISTINCT v.product_id FROM variant v WHERE v.product_id = ANY($1::uuid[]) AND ${visibleVariantsSql(source.viewer)} AND ${VARIANT_AVAILABLE_SQL}`,
        [productIds],
        PRODUCT_ID_ROW,
      );
      const available = new Set(rows.map((row) => row.product_id));
      return productIds.map((id) => available.has(id));
    }),
};
