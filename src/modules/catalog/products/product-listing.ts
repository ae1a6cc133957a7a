/**
 * The product list behind `products`, `search` and `Collection.products`: filters, full-text and
 * trigram matching, and keyset-paged sort orders, as one parameterised statement per page. A page
 * with its products' variants read along comes back as one JSON value of compact rows (json-rows.ts).
 */
import type { DbSource } from "../../../db-source.js";
import { pageWindow, toPage, type ConnectionArgs, type CursorKey, type CursorValue, type Page, type PageWindow } from "../../../shared/pagination.js";
import { keysetClauses, likePattern, SqlParams } from "../../../shared/sql.js";
import { seesWholeCatalog, visibleProductsSql, visibleVariantsSql } from "../visibility.js";
import { RowShape, type ColumnKind } from "../../../db/json-rows.js";
import { toVariantPage, VARIANT_OF_PRODUCT, variantPageJsonSql, variantWindow } from "../variants/variant-pages.js";
import type { Variant, VariantRow } from "../variants/variant.types.js";
import { PRODUCT_COLUMNS, PRODUCT_ROW, Product, type ProductRow, type ProductStatus } from "./product.types.js";

/** How a product list is ordered. */
export enum ProductSort {
  RELEVANCE = "RELEVANCE",
  NEWEST = "NEWEST",
  PRICE_ASC = "PRICE_ASC",
  PRICE_DESC = "PRICE_DESC",
  TITLE_ASC = "TITLE_ASC",
  TITLE_DESC = "TITLE_DESC",
}

/** Validated filters, in database terms. */
export interface ProductCriteria {
  /** Products in this collection or any collection below it. */
  collectionId?: string;
  /** Bounds in minor units on the price of a matching variant. */
  priceMin?: number;
  priceMax?: number;
  /** Only products with a variant that can be bought now. */
  inStock?: boolean;
  /** A matching variant has, for every entry, one of the values of the option with that name (case-insensitive). */
  options?: { name: string; values: string[] }[];
  /** Honoured for catalog staff only; everyone else sees active products whatever they ask for. */
  statuses?: ProductStatus[];
  /** Search text: full-text (title weighted over description); when that finds little, also title substrings and near spellings. */
  text?: string;
}

/** Whether a variant (alias `v`) can be bought now, stock-wise. */
export const VARIANT_AVAILABLE_SQL = "(v.archived_at IS NULL AND (NOT v.track_inventory OR v.allow_backorder OR v.stock_on_hand > v.stock_allocated))";

/** The products matching `criteria` as the source's viewer sees them: the relation to read them from (alias `p`) and the conditions on it. */
export interface ProductMatch {
  from: string;
  conditions: string[];
}

/** The relation and conditions of the products matching `criteria`, as seen by the source's viewer. */
export function productMatch(source: DbSource, params: SqlParams, criteria: ProductCriteria): ProductMatch {
  const conditions = [visibleProductsSql(source.viewer)];
  if (criteria.statuses?.length && seesWholeCatalog(source.viewer)) conditions.push(`p.status = ANY(${params.add(criteria.statuses, '"ProductStatus"[]')})`);
  if (criteria.collectionId) {
    conditions.push(`EXISTS (SELECT 1 FROM collection_product cp WHERE cp.product_id = p.id AND cp.collection_id IN (
      WITH RECURSIVE tree AS (SELECT ${params.add(criteria.collectionId, "uuid")} AS id
        UNION SELECT c.id FROM collection c JOIN tree ON c.parent_id = tree.id)
      SELECT id FROM tree))`);
  }
  const variantConditions: string[] = [];
  if (criteria.priceMin !== undefined) variantConditions.push(`v.price >= ${params.add(criteria.priceMin, "bigint")}`);
  if (criteria.priceMax !== undefined) variantConditions.push(`v.price <= ${params.add(criteria.priceMax, "bigint")}`);
  if (criteria.inStock) variantConditions.push(VARIANT_AVAILABLE_SQL);
  for (const option of criteria.options ?? []) {
    variantConditions.push(`EXISTS (SELECT 1 FROM variant_option_value vov
      JOIN product_option o ON o.id = vov.option_id JOIN option_value ov ON ov.id = vov.value_id
      WHERE vov.variant_id = v.id AND lower(o.name) = lower(${params.add(option.name, "text")})
        AND lower(ov.name) = ANY(${params.add(option.values.map((value) => value.toLowerCase()), "text[]")}))`);
  }
  if (variantConditions.length > 0) {
    conditions.push(`EXISTS (SELECT 1 FROM variant v WHERE v.product_id = p.id AND ${visibleVariantsSql(source.viewer)} AND ${variantConditions.join(" AND ")})`);
  }
  return { from: criteria.text ? `(${textMatchSql(params, criteria.text)}) p` : "product p", conditions };
}

/** Title substring and typo matches are added when full-text search matches fewer products than this. */
export const FUZZY_BELOW = 20;

/**
 * The products matching search text, each with its relevance: full-text matches ranked by weight
 * (title over description) above 1; when full-text finds fewer than FUZZY_BELOW products (of any
 * status), also title substrings and near spellings, by how closely the title resembles the text
 * (pg_trgm's word similarity, at least its threshold: `title %> text`).
 *
 * Branches of one UNION ALL, disjoint, which PostgreSQL flattens into an append of scans: the
 * caller's conditions reach each branch, so a common word is one bitmap scan of the full-text
 * index over the matching rows, and the other branches are one-time filters that do not run. (A
 * join of the products with a set of matching ids made the planner hash the whole table.) The
 * capped count reads the full-text index lazily, stopping at FUZZY_BELOW rows.
 *
 * Near spellings are looked up in the vocabulary first (`v`): the words of all titles
 * (search_word, kept by triggers) that resemble the text. When some product holds one of them
 * (title_words), the candidates are those products and the title substrings, and each candidate's
 * similarity is computed once, as its relevance, then compared with the threshold. Otherwise (no
 * word resembles the text alone: "bluesweater", or a text of several words) the titles' trigram
 * index finds the near spellings, whose recheck computes the similarity once more. The vocabulary
 * is a few thousand words where the titles are tens of thousands, and a word's product list is
 * exact, where the trigram index returned candidates sharing half the text's trigrams, each
 * rechecked: a typo search does a third less work (docs/performance.md). What the vocabulary
 * leaves out: a title that resembles the text only across two of its words ("eater" in "Winter
 * Enamel") while another title has a word like it.
 *
 * The text reaches the plan only through sub-selects (the tsquery and the title tests' operands),
 * evaluated once when the statement runs. So the plan is the same for every text, and a prepared
 * statement soon runs on one plan instead of being planned for each search (a fifth of a search's
 * time); and the planner no longer estimates the trigram test by running word similarity on a
 * couple of hundred sampled titles, half a millisecond on every search. The indexes serve the
 * sub-selects' values as they would constants. The similarity's OFFSET 0 keeps PostgreSQL from
 * copying it into the comparison, which would compute it twice.
 */
function textMatchSql(params: SqlParams, text: string): string {
  const words = params.add(text, "text");
  const query = `(SELECT websearch_to_tsquery('english', ${words}))`;
  const similarity = `word_similarity(${words}, p.title)::float8`;
  const substring = `p.title ILIKE (SELECT ${params.add(likePattern(text), "text")})`;
  const fuzzy = `(p.search_vector @@ ${query}) IS NOT TRUE AND (SELECT f.few FROM f)`;
  return `WITH f AS MATERIALIZED (SELECT (WITH found AS MATERIALIZED (SELECT FROM product WHERE search_vector @@ ${query})
          SELECT count(*) FROM (SELECT FROM found LIMIT ${FUZZY_BELOW}) few) < ${FUZZY_BELOW} AS few),
    v AS MATERIALIZED (SELECT w.words, EXISTS (SELECT FROM product p WHERE p.title_words && w.words) AS held
      FROM (SELECT array_agg(w.word) AS words FROM search_word w WHERE w.word %> (SELECT ${words})) w)
    SELECT p.*, (1 + ts_rank(p.search_vector, ${query}))::float8 AS relevance FROM product p WHERE p.search_vector @@ ${query}
    UNION ALL
    SELECT * FROM (SELECT p.*, ${similarity} AS relevance FROM product p
      WHERE (p.title_words && (SELECT v.words FROM v) OR ${substring}) AND ${fuzzy} AND (SELECT v.held FROM v) OFFSET 0) p
     WHERE p.relevance >= (SELECT current_setting('pg_trgm.word_similarity_threshold')::float8) OR ${substring}
    UNION ALL
    SELECT p.*, ${similarity} FROM product p
     WHERE (p.title %> (SELECT ${words}) OR ${substring}) AND ${fuzzy} AND NOT (SELECT v.held FROM v)`;
}

/** How a list is ordered. */
export interface Ordering {
  /** Names the ordering inside cursors. */
  name: string;
  /** The sort key's SQL, and the type it is compared (and its cursor value cast) as. */
  sql: string;
  cast: CursorKey;
  descending: boolean;
  keyOf: (row: ListedRow) => CursorValue;
}

/** A product row with its sort key. */
export type ListedRow = ProductRow & { sort_key: string | number | Date };

const byTimestamp = (row: ListedRow) => (row.sort_key as Date).toISOString();
const NEWEST: Ordering = { name: "newest", sql: "p.created_at", cast: "timestamp", descending: true, keyOf: byTimestamp };

function ordering(sort: ProductSort, text: string | undefined): Ordering {
  switch (sort) {
    case ProductSort.RELEVANCE:
      // Without search text every product is equally relevant: newest first.
      // The relevance column comes with the search text's match (textMatchSql).
      if (!text) return NEWEST;
      return { name: "relevance", sql: "p.relevance", cast: "float8", descending: true, keyOf: (row) => row.sort_key as number };
    case ProductSort.NEWEST:
      return NEWEST;
    // A product without variants has no price: last in both directions.
    case ProductSort.PRICE_ASC:
      return { name: "price-asc", sql: `coalesce(p.price_min, ${Number.MAX_SAFE_INTEGER})`, cast: "bigint", descending: false, keyOf: (row) => row.sort_key as number };
    case ProductSort.PRICE_DESC:
      return { name: "price-desc", sql: "coalesce(p.price_min, -1)", cast: "bigint", descending: true, keyOf: (row) => row.sort_key as number };
    case ProductSort.TITLE_ASC:
      return { name: "title-asc", sql: "p.title", cast: "text", descending: false, keyOf: (row) => row.sort_key as string };
    case ProductSort.TITLE_DESC:
      return { name: "title-desc", sql: "p.title", cast: "text", descending: true, keyOf: (row) => row.sort_key as string };
  }
}

/** A page statement's parts: the matching products (alias `p`) and their sort key, and the keyset window over them (alias `x`). */
export interface PageQuery {
  params: SqlParams;
  match: ProductMatch;
  keyset: { where: string | null; orderBy: string; limit: string };
  order: Ordering;
  window: PageWindow;
}

/** The parts of the statement for one page of the products matching `criteria` in `sort` order. */
export function pageQuery(source: DbSource, criteria: ProductCriteria, sort: ProductSort, args: ConnectionArgs): PageQuery {
  const order = ordering(sort, criteria.text);
  const window = pageWindow(args, order.name, [order.cast, "uuid"]);
  const params = new SqlParams();
  const match = productMatch(source, params, criteria);
  const keyset = keysetClauses(params, window, [{ sql: "x.sort_key", cast: order.cast }, { sql: "x.id", cast: "uuid" }], order.descending);
  return { params, match, keyset, order, window };
}

/** The page of Products a page statement's rows make. */
export function toProductPage(source: DbSource, query: PageQuery, rows: ListedRow[]): Page<Product> {
  const page = toPage(rows, query.window, query.order.name, (row) => [query.order.keyOf(row), row.id]);
  return { ...page, nodes: page.nodes.map((row) => new Product(row, source.services.currency)) };
}

/** The page statement of `query`. */
function pageSql(query: PageQuery): string {
  const { keyset } = query;
  // The sort key is computed once in the inner select; PostgreSQL flattens the subquery, so plain
  // column keys still walk their indexes.
  return `SELECT * FROM (SELECT ${PRODUCT_COLUMNS}, ${query.order.sql} AS sort_key FROM ${query.match.from} WHERE ${query.match.conditions.join(" AND ")}) x
    ${keyset.where ? `WHERE ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`;
}

/**
 * Reads a page statement: planned once per connection (`queryStable`) when only the window's values
 * vary; planned for its values when a search text, collection, price or option narrows it, since how
 * many products those match decides the best plan.
 */
function readPage<T>(source: DbSource, criteria: ProductCriteria, text: string, values: readonly unknown[]): Promise<T[]> {
  const narrowed = criteria.text || criteria.collectionId !== undefined || criteria.priceMin !== undefined || criteria.priceMax !== undefined || criteria.options?.length;
  return narrowed ? source.sql.query<T>(text, values) : source.sql.queryStable<T>(text, values);
}

/** One page of the products matching `criteria` in `sort` order. */
export async function listProducts(source: DbSource, criteria: ProductCriteria, sort: ProductSort, args: ConnectionArgs): Promise<Page<Product>> {
  const query = pageQuery(source, criteria, sort, args);
  return toProductPage(source, query, await readPage<ListedRow>(source, criteria, pageSql(query), query.params.values));
}

/** The fields that show a cursor, made from a row's sort key (a product's, a variant's position). */
const CURSOR_FIELDS = ["cursor", "startCursor", "endCursor"];

/**
 * Columns a product list with variants, and a search's page, read only when a field of one of
 * their names is selected somewhere in the operation (fieldNamesOfOperation): the others do not
 * travel (RowShape.without) and are null in the rows. These are the dear ones to turn into JSON
 * (timestamps, ids of featured images, sort keys) that a list page rarely shows; every other
 * column is always read, whatever is selected, since resolvers and loaders use them beyond their
 * own field. A featured image id is read by the `featuredImage` fields; sort keys and positions
 * make cursors only when asked for (toPage).
 */
const PRODUCT_FIELDS_OF_COLUMN: Readonly<Partial<Record<keyof ListedRow & string, readonly string[]>>> = {
  description: ["description"],
  version: ["version"],
  created_at: ["createdAt"],
  updated_at: ["updatedAt"],
  featured_image_id: ["featuredImage"],
  sort_key: CURSOR_FIELDS,
};
const VARIANT_FIELDS_OF_COLUMN: Readonly<Partial<Record<keyof VariantRow & string, readonly string[]>>> = {
  compare_at_price: ["compareAtPrice"],
  weight_grams: ["weightGrams"],
  version: ["version"],
  created_at: ["createdAt"],
  updated_at: ["updatedAt"],
  featured_image_id: ["featuredImage"],
  position: ["position", ...CURSOR_FIELDS],
};

/**
 * Variant fields that read nothing but their own columns. When these are all the variants of an
 * operation show and it asks for no cursor, the variants' ids need not travel: an id makes the
 * global id, the cursor and every relation (options, images, stock, product) of a variant.
 */
const VARIANT_FIELDS_WITHOUT_ID: ReadonlySet<string> = new Set([
  "__typename",
  "sku",
  "position",
  "price",
  "compareAtPrice",
  "availableForSale",
  "weightGrams",
  "trackInventory",
  "allowBackorder",
  "archivedAt",
  "version",
  "createdAt",
  "updatedAt",
]);

/** What an operation selects, as far as the columns of a list with variants go. */
export interface ListSelection {
  /** Every field name selected anywhere in the operation (fieldNamesOfOperation). */
  names: ReadonlySet<string>;
  /** The fields selected on Variant anywhere in the operation (fieldsOfTypeInOperation). */
  variantFields: ReadonlySet<string>;
}

/** The product columns a page leaves out when no field of the operation (`names`) reads them. */
export function unreadProductColumns(names: ReadonlySet<string>): (keyof ListedRow & string)[] {
  return unreadColumns(PRODUCT_FIELDS_OF_COLUMN, names);
}

/** The columns of `fieldsOf` none of whose fields `selected` names. */
function unreadColumns<C extends string>(fieldsOf: Readonly<Partial<Record<C, readonly string[]>>>, selected: ReadonlySet<string>): C[] {
  return (Object.entries(fieldsOf) as [C, readonly string[]][]).flatMap(([column, fields]) => (fields.some((field) => selected.has(field)) ? [] : [column]));
}

/**
 * The variant columns a list with variants leaves out for `selection`: as above, the id when no
 * field needs it, and the archive time for viewers who see no archived variant (always null).
 */
function unreadVariantColumns(source: DbSource, selection: ListSelection): (keyof VariantRow & string)[] {
  const unread = unreadColumns(VARIANT_FIELDS_OF_COLUMN, selection.names);
  if (!CURSOR_FIELDS.some((name) => selection.names.has(name)) && [...selection.variantFields].every((field) => VARIANT_FIELDS_WITHOUT_ID.has(field))) unread.push("id");
  if (!seesWholeCatalog(source.viewer)) unread.push("archived_at");
  return unread;
}

/**
 * The same page, with a page of each product's variants read along in the same statement: a list
 * that shows variants costs one statement instead of two. The page comes back as one JSON value of
 * compact rows (json-rows.ts), each product's variants page inside its row (variant-pages.ts): one
 * protocol row instead of one per product, timestamps as numbers; the products in page order,
 * ordered explicitly by the aggregate (the rows come sorted already: no second sort).
 */
export async function listProductsWithVariants(
  source: DbSource,
  criteria: ProductCriteria,
  sort: ProductSort,
  args: ConnectionArgs,
  variantArgs: ConnectionArgs,
  selection: ListSelection,
): Promise<{ page: Page<Product>; variantPages: Page<Variant>[] }> {
  const query = pageQuery(source, criteria, sort, args);
  const window = variantWindow(variantArgs);
  const variantShape = VARIANT_OF_PRODUCT.without(unreadVariantColumns(source, selection));
  const variants = variantPageJsonSql(source, query.params, window, "x.id", variantShape);
  const shape = listedShape<{ variants: unknown[][] }>(query.order.cast, ["variants"]).without(unreadProductColumns(selection.names));
  const [json] = await readPage<{ page: unknown[][] }>(
    source,
    criteria,
    `SELECT coalesce(json_agg(${shape.jsonArray("x")} ORDER BY ${query.keyset.orderBy}), '[]') AS page FROM (SELECT x.*, ${variants} AS variants FROM (${pageSql(query)}) x) x`,
    query.params.values,
  );
  const rows = shape.decode(json!.page);
  const page = toProductPage(source, query, rows);
  // The probe row (one past the page) is no product of the page: its variants are left undecoded.
  const variantsOf = new Map(rows.map((row) => [row.id, row.variants]));
  const variantPages = page.nodes.map((product) => toVariantPage(source, window, variantShape.decode(variantsOf.get(product.rowId)!, [product.rowId, product.status])));
  return { page, variantPages };
}

const COUNT_ROW = new RowShape<{ n: number }>({ n: "value" });

/** How a sort key travels in JSON, by the type it is compared as. */
const SORT_KEY_KIND: Record<CursorKey, ColumnKind> = { timestamp: "timestamp", bigint: "int8", int: "value", float8: "value", text: "value", uuid: "value" };
const LISTED_SHAPES = new Map<string, RowShape<ListedRow>>();

/**
 * Product rows with their sort key as they travel in JSON, followed by `along`: columns read along
 * with each product (JSON values, e.g. arrays of another shape's rows). One shape per sort key
 * type and `along`, made once (a shape compiles its row builder).
 */
export function listedShape<A extends object = object>(cast: CursorKey, along: readonly (keyof A & string)[] = []): RowShape<ListedRow & A> {
  const key = `${cast} ${along.join(" ")}`;
  let shape = LISTED_SHAPES.get(key);
  if (!shape) {
    const columns = { ...PRODUCT_ROW.columns, sort_key: SORT_KEY_KIND[cast], ...Object.fromEntries(along.map((name) => [name, "value"])) };
    LISTED_SHAPES.set(key, (shape = new RowShape<ListedRow>(columns)));
  }
  return shape as RowShape<ListedRow & A>;
}

/** How many products match `criteria`. */
export async function countProducts(source: DbSource, criteria: ProductCriteria): Promise<number> {
  const params = new SqlParams();
  const { from, conditions } = productMatch(source, params, criteria);
  const rows = await source.sql.batched(`SELECT count(*)::int AS n FROM ${from} WHERE ${conditions.join(" AND ")}`, params.values, COUNT_ROW);
  return rows[0]!.n;
}
