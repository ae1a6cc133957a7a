/**
 * Pages of a product's variants by position: the statement text and the pages its rows make,
 * shared by the loader and the product list that reads them along. Read along, a product's page
 * travels inside its product's row as a JSON array of compact rows (json-rows.ts) without the
 * product's id and status, which its row already holds, ordered explicitly by the page's order.
 */
import type { DbSource } from "../../../db-source.js";
import { manyEach } from "../../../shared/batching.js";
import { pageWindow, toPage, type ConnectionArgs, type Page, type PageWindow } from "../../../shared/pagination.js";
import { keysetClauses, type SqlParams } from "../../../shared/sql.js";
import { visibleVariantsSql } from "../visibility.js";
import type { RowShape } from "../../../db/json-rows.js";
import { VARIANT_COLUMNS, VARIANT_OWN_COLUMNS, VARIANT_ROW, Variant, type VariantRow } from "./variant.types.js";

const ORDERING = "variant-position";

/** The window of `args` over variants by position (BAD_USER_INPUT when they are not valid). */
export function variantWindow(args: ConnectionArgs): PageWindow {
  return pageWindow(args, ORDERING, ["int", "uuid"]);
}

/** Variant rows read along inside their product's row: `decode` is given the product's id and status. */
export const VARIANT_OF_PRODUCT = VARIANT_ROW.given("product_id", "product_status");

function pageClauses(params: SqlParams, window: PageWindow) {
  return keysetClauses(params, window, [{ sql: "v.position", cast: "int" }, { sql: "v.id", cast: "uuid" }], false);
}

/** The page's rows, with their product's status or (`own`) without it: then no product is joined. */
function pageSql(source: DbSource, keyset: ReturnType<typeof pageClauses>, productId: string, own = false): string {
  return `SELECT ${own ? `${VARIANT_OWN_COLUMNS} FROM variant v` : `${VARIANT_COLUMNS} FROM variant v JOIN product p ON p.id = v.product_id`}
     WHERE v.product_id = ${productId} AND ${visibleVariantsSql(source.viewer)} ${keyset.where ? `AND ${keyset.where}` : ""}
     ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
}

/** A query for the page of visible variants of the product whose id is the SQL expression `productId`. */
export function variantPageSql(source: DbSource, params: SqlParams, window: PageWindow, productId: string): string {
  return pageSql(source, pageClauses(params, window), productId);
}

/** An expression: the same page as one JSON array of `shape`'s rows (VARIANT_OF_PRODUCT, or it without some columns), in page order. */
export function variantPageJsonSql(source: DbSource, params: SqlParams, window: PageWindow, productId: string, shape: RowShape<VariantRow>): string {
  const keyset = pageClauses(params, window);
  // The outer alias is the inner one, so the page's ORDER BY orders the aggregate too (PostgreSQL
  // sees the rows already sorted: no second sort). The product's status is not read: it is given.
  return `(SELECT coalesce(json_agg(${shape.jsonArray("v")} ORDER BY ${keyset.orderBy}), '[]') FROM (${pageSql(source, keyset, productId, true)}) v)`;
}

/** The page of one product from the rows of its page query. */
export function toVariantPage(source: DbSource, window: PageWindow, rows: VariantRow[]): Page<Variant> {
  const page = toPage(rows, window, ORDERING, (row) => [row.position, row.id]);
  return { ...page, nodes: page.nodes.map((row) => new Variant(row, source.services.currency)) };
}

/** The page of each product in `productIds` from the rows of its page query. */
export function toVariantPages(source: DbSource, window: PageWindow, productIds: readonly string[], rows: VariantRow[]): Page<Variant>[] {
  return manyEach(productIds, rows, (row) => row.product_id).map((productRows) => toVariantPage(source, window, productRows));
}
