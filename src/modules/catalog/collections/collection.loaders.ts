/**
 * Loaders of collections: by id and slug, the tree, product membership, and pages of products.
 * Each read names the shape of its rows (json-rows.ts): combined with others, they travel as JSON arrays.
 */
import DataLoader from "dataloader";
import type { DbSource } from "../../../db-source.js";
import { pageWindow, toPage, type ConnectionArgs, type Page } from "../../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../../shared/sql.js";
import { manyEach, oneEach, perArgs } from "../../../shared/batching.js";
import { visibleProductsSql } from "../visibility.js";
import { RowShape } from "../../../db/json-rows.js";
import { PRODUCT_COLUMNS, PRODUCT_ROW, Product, type ProductRow } from "../products/product.types.js";
import { COLLECTION_COLUMNS, COLLECTION_ROW, toCollection, type Collection, type CollectionRow } from "./collection.types.js";

const PRODUCT_ORDERING = "collection-position";

const PRODUCT_COLLECTION_ROW = new RowShape<CollectionRow & { product_id: string }>({ product_id: "value", ...COLLECTION_ROW.columns });
const COLLECTION_PRODUCT_ROW = new RowShape<ProductRow & { collection_id: string; position: number }>({ collection_id: "value", position: "value", ...PRODUCT_ROW.columns });
const COUNT_ROW = new RowShape<{ collection_id: string; n: number }>({ collection_id: "value", n: "value" });

function collectionsWhere(source: DbSource, column: "id" | "slug", cast: string) {
  return async (keys: readonly string[]): Promise<(Collection | null)[]> => {
    const rows = await source.sql.batched(`SELECT ${COLLECTION_COLUMNS} FROM collection c WHERE c.${column} = ANY($1::${cast}[])`, [keys], COLLECTION_ROW);
    return oneEach(keys, rows, (row) => row[column]).map((row) => row && toCollection(row));
  };
}

export const createCollectionLoaders = {
  collectionById: (source: DbSource) => new DataLoader(collectionsWhere(source, "id", "uuid")),

  collectionBySlug: (source: DbSource) => new DataLoader(collectionsWhere(source, "slug", "text")),

  /** Children of each collection, by position. */
  collectionChildren: (source: DbSource) =>
    new DataLoader<string, Collection[]>(async (parentIds) => {
      const rows = await source.sql.batched(
        `SELECT ${COLLECTION_COLUMNS} FROM collection c WHERE c.parent_id = ANY($1::uuid[]) ORDER BY c.parent_id, c.position, c.id`,
        [parentIds],
        COLLECTION_ROW,
      );
      return manyEach(parentIds, rows, (row) => row.parent_id!).map((list) => list.map(toCollection));
    }),

  /** The collections each product belongs to, by title. */
  collectionsByProduct: (source: DbSource) =>
    new DataLoader<string, Collection[]>(async (productIds) => {
      const rows = await source.sql.batched(
        `SELECT cp.product_id, ${COLLECTION_COLUMNS} FROM collection_product cp JOIN collection c ON c.id = cp.collection_id
          WHERE cp.product_id = ANY($1::uuid[]) ORDER BY cp.product_id, c.title, c.id`,
        [productIds],
        PRODUCT_COLLECTION_ROW,
      );
      return manyEach(productIds, rows, (row) => row.product_id).map((list) => list.map(toCollection));
    }),

  /** A page of each collection's visible products, in the collection's order. */
  collectionProductPages: (source: DbSource) =>
    perArgs(
      (args: ConnectionArgs) =>
        new DataLoader<string, Page<Product>>(async (collectionIds) => {
          const window = pageWindow(args, PRODUCT_ORDERING, ["int", "uuid"]);
          const params = new SqlParams();
          const ids = params.add(collectionIds, "uuid[]");
          const keyset = keysetClauses(params, window, [{ sql: "cp.position", cast: "int" }, { sql: "cp.product_id", cast: "uuid" }], false);
          const rows = await source.sql.batched(
            `SELECT page.* FROM unnest(${ids}) AS parent(id) CROSS JOIN LATERAL (
               SELECT cp.collection_id, cp.position, ${PRODUCT_COLUMNS} FROM collection_product cp JOIN product p ON p.id = cp.product_id
                WHERE cp.collection_id = parent.id AND ${visibleProductsSql(source.viewer)} ${keyset.where ? `AND ${keyset.where}` : ""}
                ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) page`,
            params.values,
            COLLECTION_PRODUCT_ROW,
          );
          return manyEach(collectionIds, rows, (row) => row.collection_id).map((list) => {
            const page = toPage(list, window, PRODUCT_ORDERING, (row) => [row.position, row.id]);
            return { ...page, nodes: page.nodes.map((row) => new Product(row, source.services.currency)) };
          });
        }),
    ),

  /** How many visible products each collection holds. */
  collectionProductCount: (source: DbSource) =>
    new DataLoader<string, number>(async (collectionIds) => {
      const rows = await source.sql.batched(
        `SELECT cp.collection_id, count(*)::int AS n FROM collection_product cp JOIN product p ON p.id = cp.product_id
          WHERE cp.collection_id = ANY($1::uuid[]) AND ${visibleProductsSql(source.viewer)} GROUP BY cp.collection_id`,
        [collectionIds],
        COUNT_ROW,
      );
      return oneEach(collectionIds, rows, (row) => row.collection_id).map((row) => row?.n ?? 0);
    }),
};
