/** Pages of a product's variants by position: the statement text and the pages its rows make, shared by the loader and the product list that reads them along. */
import type { DbSource } from "../../../db-source.js";
import { manyEach } from "../../../shared/batching.js";
import { pageWindow, toPage, type ConnectionArgs, type Page, type PageWindow } from "../../../shared/pagination.js";
import { keysetClauses, type SqlParams } from "../../../shared/sql.js";
import { visibleVariantsSql } from "../visibility.js";
import { toVariant, VARIANT_COLUMNS, type Variant, type VariantRow } from "./variant.types.js";

const ORDERING = "variant-position";

/** The window of `args` over variants by position (BAD_USER_INPUT when they are not valid). */
export function variantWindow(args: ConnectionArgs): PageWindow {
  return pageWindow(args, ORDERING, ["int", "uuid"]);
}

/** A query for the page of visible variants of the product whose id is the SQL expression `productId`. */
export function variantPageSql(source: DbSource, params: SqlParams, window: PageWindow, productId: string): string {
  const keyset = keysetClauses(params, window, [{ sql: "v.position", cast: "int" }, { sql: "v.id", cast: "uuid" }], false);
  return `SELECT ${VARIANT_COLUMNS} FROM variant v JOIN product p ON p.id = v.product_id
     WHERE v.product_id = ${productId} AND ${visibleVariantsSql(source.viewer)} ${keyset.where ? `AND ${keyset.where}` : ""}
     ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
}

/** The page of each product in `productIds` from the rows of its page query. */
export function toVariantPages(source: DbSource, window: PageWindow, productIds: readonly string[], rows: VariantRow[]): Page<Variant>[] {
  return manyEach(productIds, rows, (row) => row.product_id).map((productRows) => {
    const page = toPage(productRows, window, ORDERING, (row) => [row.position, row.id]);
    return { ...page, nodes: page.nodes.map((row) => toVariant(row, source.services.currency)) };
  });
}
