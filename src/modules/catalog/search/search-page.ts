/**
 * A search's page of products, its total and its facets, in one statement over one materialised
 * match; with, when the selection shows them, the page's images and the facets' collections.
 *
 * Why one statement and not a page statement plus a facets statement (as lists and loaders do):
 * the expensive part of a search is the match itself (full-text, and trigram scans when it finds
 * little). Two statements ran it twice and paid two round trips; here the CTE `m` evaluates it
 * once (id, lowest price, option pairs, collections and sort key of every match: narrow rows), and
 * the page, the count and each facet are read from it. The page comes back as one JSON value of
 * compact rows (json-rows.ts), the facets as small JSON arrays. The bound: one statement per
 * search, whatever the page size or the number of matches.
 *
 * Facets read per-product columns kept by triggers (price_min, facet_options, collection_ids), so
 * neither variants nor collection memberships are joined. The option and collection facets first
 * count the matches by their whole array (a shop's products share a handful of option sets), then
 * unnest each distinct array once, in the select list, weighted by its count: the work per element
 * is done per distinct array rather than per match. A pair's average place is then the weighted
 * sum over the count, in numeric as `avg` computes it, so the order is the same.
 *
 * The images of the page's products and the rows of the facets' collections, which the next
 * level of the query would read in a second statement, come along as JSON when asked for
 * (`along`): the caller primes the loaders with them. Page columns no field reads stay behind
 * (`along.unread`).
 */
import type { DbSource } from "../../../db-source.js";
import type { ConnectionArgs, Page } from "../../../shared/pagination.js";
import { COLLECTION_ROW, toCollection, type Collection } from "../collections/collection.types.js";
import { IMAGE_COLUMNS, IMAGE_ROW, toImage, type Image } from "../images/image.types.js";
import { listedShape, pageQuery, toProductPage, type ListedRow, type ProductCriteria, type ProductSort } from "../products/product-listing.js";
import { PRODUCT_COLUMNS, type Product } from "../products/product.types.js";
import type { OptionFacet, SearchStats } from "./search.types.js";

/** Lower bounds of the price bands, in major units of the shop currency. */
const PRICE_BANDS = [0, 10, 25, 50, 100, 250, 500, 1000];

/** What to read along with the page: each product's images, and the facets' collections; and the page columns to leave out. */
export interface SearchAlong {
  images: boolean;
  collections: boolean;
  /** Columns no field of the operation reads (unreadProductColumns). */
  unread: readonly (keyof ListedRow & string)[];
}

interface SearchRow {
  /** Product rows with their sort key (and images: IMAGE_ROW arrays), as `listedShape` arrays. */
  page: unknown[][];
  total: number;
  /** Option pairs: `sort` is the pair's average place in the products' option lists. */
  options: { name: string; value: string; sort: number; n: number }[];
  /** With the collection as a COLLECTION_ROW array when read along. */
  collections: { collection_id: string; n: number; collection?: unknown[] }[];
  prices: { bucket: number; n: number }[];
}

/** A search's page, total and facets, and what was read along: images by product id, and collections. */
export interface SearchPage {
  page: Page<Product>;
  stats: SearchStats;
  images?: Map<string, Image[]>;
  collections?: Collection[];
}

/** One page of the products matching `criteria` in `sort` order, with the total and facets of all of them. */
export async function searchPage(source: DbSource, criteria: ProductCriteria, sort: ProductSort, args: ConnectionArgs, along: SearchAlong): Promise<SearchPage> {
  const query = pageQuery(source, criteria, sort, args);
  const { keyset, params, match } = query;
  const { currency } = source.services;
  const edges = PRICE_BANDS.map((band) => band * 10 ** currency.digits);
  const shape = listedShape<{ images: unknown[][] }>(query.order.cast, along.images ? ["images"] : []).without(along.unread);
  const images = along.images
    ? `, (SELECT coalesce(json_agg(${IMAGE_ROW.jsonArray("i")}), '[]') FROM (SELECT ${IMAGE_COLUMNS} FROM product_image pi JOIN image i ON i.id = pi.image_id
         WHERE pi.product_id = p.id ORDER BY pi.position) i) AS images`
    : "";
  const collection = along.collections ? `, (SELECT ${COLLECTION_ROW.jsonArray("c")} FROM collection c WHERE c.id = f.collection_id) AS collection` : "";
  const text = `WITH m AS MATERIALIZED (SELECT p.id, p.price_min, p.facet_options, p.collection_ids, ${query.order.sql} AS sort_key FROM ${match.from} WHERE ${match.conditions.join(" AND ")})
     SELECT
       (SELECT coalesce(json_agg(${shape.jsonArray("x")} ORDER BY ${keyset.orderBy}), '[]') FROM (
          SELECT ${PRODUCT_COLUMNS}, x.sort_key${images} FROM (SELECT * FROM m x ${keyset.where ? `WHERE ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) x
            JOIN product p ON p.id = x.id) x) AS page,
       (SELECT count(*)::int FROM m) AS total,
       (SELECT coalesce(json_agg(o), '[]') FROM (
          SELECT split_part(f.pair, chr(31), 1) AS name, split_part(f.pair, chr(31), 2) AS value, (sum(f.place * f.n) / sum(f.n))::float8 AS sort, sum(f.n)::int AS n
            FROM (SELECT unnest(g.facet_options) AS pair, generate_series(1, cardinality(g.facet_options)) AS place, g.n
                    FROM (SELECT m.facet_options, count(*) AS n FROM m GROUP BY m.facet_options) g) f GROUP BY f.pair) o) AS options,
       (SELECT coalesce(json_agg(c), '[]') FROM (
          SELECT f.collection_id, sum(f.n)::int AS n${collection}
            FROM (SELECT unnest(g.collection_ids) AS collection_id, g.n FROM (SELECT m.collection_ids, count(*) AS n FROM m GROUP BY m.collection_ids) g) f GROUP BY f.collection_id) c) AS collections,
       (SELECT coalesce(json_agg(b), '[]') FROM (
          SELECT width_bucket(m.price_min, ${params.add(edges, "bigint[]")}) AS bucket, count(*)::int AS n FROM m WHERE m.price_min IS NOT NULL GROUP BY 1) b) AS prices`;
  const [row] = await source.sql.query<SearchRow>(text, params.values);
  const { total, options, collections, prices } = row!;
  const page = shape.decode(row!.page);
  const result: SearchPage = {
    page: toProductPage(source, query, page),
    stats: {
      total,
      facets: {
        options: optionFacets(options),
        collections: collections
          .sort((a, b) => b.n - a.n || a.collection_id.localeCompare(b.collection_id))
          .map((row) => ({ collectionId: row.collection_id, count: row.n })),
        prices: prices
          .sort((a, b) => a.bucket - b.bucket)
          .map((row) => ({ min: currency.money(edges[row.bucket - 1]!), max: row.bucket < edges.length ? currency.money(edges[row.bucket]!) : null, count: row.n })),
      },
    },
  };
  if (along.images) result.images = new Map(page.map((product) => [product.id, IMAGE_ROW.decode(product.images).map((image) => toImage(image, source.services.images))]));
  if (along.collections) result.collections = COLLECTION_ROW.decode(collections.map((facet) => facet.collection!)).map(toCollection);
  return result;
}

/** Options by their earliest place in the products' option lists, each with its values by place, then by value. */
function optionFacets(rows: SearchRow["options"]): OptionFacet[] {
  const options = new Map<string, OptionFacet & { order: number }>();
  for (const row of rows.sort((a, b) => a.sort - b.sort || a.value.localeCompare(b.value))) {
    let facet = options.get(row.name);
    // Rows come by place, so an option's first row carries its earliest place.
    if (!facet) options.set(row.name, (facet = { name: row.name, values: [], order: row.sort }));
    facet.values.push({ value: row.value, count: row.n });
  }
  return [...options.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).map(({ name, values }) => ({ name, values }));
}
