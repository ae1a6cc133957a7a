/**
 * Loaders of variants, their pages per product, and their selected options.
 * Each read names the shape of its rows (json-rows.ts): combined with others, they travel as JSON arrays.
 */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import type { ConnectionArgs, Page } from "../../../shared/pagination.js";
import { SqlParams } from "../../../shared/sql.js";
import { manyEach, oneEach, perArgs } from "../../../shared/batching.js";
import { visibleProductsSql, visibleVariantsSql } from "../visibility.js";
import { RowShape } from "../../../db/json-rows.js";
import { VARIANT_COLUMNS, VARIANT_ROW, Variant } from "./variant.types.js";
import type { SelectedOption } from "./variant.types.js";
import { toVariantPages, variantPageSql, variantWindow } from "./variant-pages.js";

const COUNT_ROW = new RowShape<{ product_id: string; n: number }>({ product_id: "value", n: "value" });
const OPTION_ROW = new RowShape<{ variant_id: string; name: string; value: string }>({ variant_id: "value", name: "value", value: "value" });

export const createVariantLoaders = {
  /** Visible variants by database id. */
  variantById: (source: DbSource) =>
    new DataLoader<string, Variant | null>(async (ids) => {
      const rows = await source.sql.batched(
        `SELECT ${VARIANT_COLUMNS} FROM variant v JOIN product p ON p.id = v.product_id
          WHERE v.id = ANY($1::uuid[]) AND ${visibleProductsSql(source.viewer)} AND ${visibleVariantsSql(source.viewer)}`,
        [ids],
        VARIANT_ROW,
      );
      return oneEach(ids, rows, (row) => row.id).map((row) => row && new Variant(row, source.services.currency));
    }),

  /** A page of each product's visible variants, by position; one statement for all products asking with the same arguments. */
  variantPages: (source: DbSource) =>
    perArgs(
      (args: ConnectionArgs) =>
        new DataLoader<string, Page<Variant>>(async (productIds) => {
          const window = variantWindow(args);
          const params = new SqlParams();
          const ids = params.add(productIds, "uuid[]");
          const rows = await source.sql.batched(
            `SELECT page.* FROM unnest(${ids}) AS parent(id) CROSS JOIN LATERAL (${variantPageSql(source, params, window, "parent.id")}) page`,
            params.values,
            VARIANT_ROW,
          );
          return toVariantPages(source, window, productIds, rows);
        }),
    ),

  /** How many visible variants each product has. */
  variantCount: (source: DbSource) =>
    new DataLoader<string, number>(async (productIds) => {
      const rows = await source.sql.batched(
        `SELECT v.product_id, count(*)::int AS n FROM variant v WHERE v.product_id = ANY($1::uuid[]) AND ${visibleVariantsSql(source.viewer)} GROUP BY v.product_id`,
        [productIds],
        COUNT_ROW,
      );
      return oneEach(productIds, rows, (row) => row.product_id).map((row) => row?.n ?? 0);
    }),

  /** Each variant's option values, in the order of the product's options. */
  selectedOptions: (source: DbSource) =>
    new DataLoader<string, SelectedOption[]>(async (variantIds) => {
      const rows = await source.sql.batched(
        `SELECT vov.variant_id, o.name, ov.name AS value FROM variant_option_value vov
           JOIN product_option o ON o.id = vov.option_id JOIN option_value ov ON ov.id = vov.value_id
          WHERE vov.variant_id = ANY($1::uuid[]) ORDER BY vov.variant_id, o.position`,
        [variantIds],
        OPTION_ROW,
      );
      return manyEach(variantIds, rows, (row) => row.variant_id).map((list) => list.map(({ name, value }) => ({ name, value })));
    }),
};
