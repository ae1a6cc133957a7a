/**
 * A search's page of products, its total and its facets, in one statement over one materialised
 * match; with, when the selection shows them, the page's images and the facets' collections.
 *
 * Why one statement and not a page statement plus a facets statement (as lists and loaders do):
 * the expensive part of a search is the match itself (full-text, and trigram scans when it finds
 * little). Two statements ran it twice and paid two round trips; here the CTE `m` evaluates it
 * once (id, lowest price, option pairs, collections and sort key of every match: narrow rows), and
 * the page, the count and each facet are read from it. The page comes back as one JSON value of
 * compact rows (json-rows.ts), the facets as small JSON arrays (the option sets as one text). The
 * bound: one statement per search, whatever the page size or the number of matches.
 *
 * Facets read per-product columns kept by triggers (price_min, facet_option_set, collection_ids), so
 * neither variants nor collection memberships are joined. The option and collection facets first
 * count the matches by their whole option set or collection array (a shop's products share a
 * handful of option sets): the work per element is done per distinct set rather than per match.
 * The collection facet then unnests each distinct array in the select list, weighted by its count.
 * The option facet's distinct sets (each one text: facet_option_set) come back as they are, each
 * with its count, in one text (OPTION_SETS), and the server adds up the pairs (optionFacets):
 * unnesting, grouping the pairs and building their JSON was two thirds of a typo search's option
 * facet in PostgreSQL, whose core is the one a search waits on, while adding up a hundred sets is
 * a few microseconds of the server's.
 *
 * The images of the page's products and the rows of the facets' collections, which the next
 * level of the query would read in a second statement, come along as JSON when asked for
 * (`along`): the caller primes the loaders with them. When the selection shows only the featured
 * image, only that image comes along, and it is handed to the product itself
 * (`Product.featuredImageAlong`): a search card rarely shows more, and the other images of each
 * product were half of the page's work. Page columns no field reads stay behind (`along.unread`).
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

/** What to read along with the page: each product's images (all, or only the featured one), and the facets' collections; and the page columns to leave out. */
export interface SearchAlong {
  images: "all" | "featured" | "none";
  collections: boolean;
  /** Columns no field of the operation reads (unreadProductColumns). */
  unread: readonly (keyof ListedRow & string)[];
}

interface SearchRow {
  /** Product rows with their sort key (and images: IMAGE_ROW arrays, or the featured one's), as `listedShape` arrays. */
  page: unknown[][];
  total: number;
  /** The matches' distinct option sets with their counts (OPTION_SETS), null without matches. */
  options: string | null;
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

/**
 * How the option facet's distinct sets travel: each set as its count, RS, and its facet_option_set
 * ("Option<US>Value" pairs in order, joined by RS: the rollup in the migrations), and the sets
 * joined by GS. Option names and values are single lines without control characters
 * (checkOptions), so these separators cannot occur in them.
 */
const OPTION_SETS = { set: "\u001d", item: "\u001e", pair: "\u001f" };

/** One page of the products matching `criteria` in `sort` order, with the total and facets of all of them. */
export async function searchPage(source: DbSource, criteria: ProductCriteria, sort: ProductSort, args: ConnectionArgs, along: SearchAlong): Promise<SearchPage> {
  const query = pageQuery(source, criteria, sort, args);
  const { keyset, params, match } = query;
  const { currency } = source.services;
  const edges = PRICE_BANDS.map((band) => band * 10 ** currency.digits);
  const shape = listedShape<{ images: unknown }>(query.order.cast, along.images === "none" ? [] : ["images"]).without(along.unread);
  // The featured image: the product's image chosen as featured, else its first (as Product.featuredImage picks it).
  const imagesSql = {
    none: "",
    all: `, (SELECT coalesce(json_agg(${IMAGE_ROW.jsonArray("i")}), '[]') FROM (SELECT ${IMAGE_COLUMNS} FROM product_image pi JOIN image i ON i.id = pi.image_id
         WHERE pi.product_id = p.id ORDER BY pi.position) i) AS images`,
    featured: `, (SELECT ${IMAGE_ROW.jsonArray("i")} FROM (SELECT pi.image_id FROM product_image pi WHERE pi.product_id = p.id
         ORDER BY pi.image_id IS DISTINCT FROM p.featured_image_id, pi.position LIMIT 1) f JOIN image i ON i.id = f.image_id) AS images`,
  }[along.images];
  const collection = along.collections ? `, (SELECT ${COLLECTION_ROW.jsonArray("c")} FROM collection c WHERE c.id = f.collection_id) AS collection` : "";
  const text = `WITH m AS MATERIALIZED (SELECT p.id, p.price_min, p.facet_option_set, p.collection_ids, ${query.order.sql} AS sort_key FROM ${match.from} WHERE ${match.conditions.join(" AND ")})
     SELECT
       (SELECT coalesce(json_agg(${shape.jsonArray("x")} ORDER BY ${keyset.orderBy}), '[]') FROM (
          SELECT ${PRODUCT_COLUMNS}, x.sort_key${imagesSql} FROM (SELECT * FROM m x ${keyset.where ? `WHERE ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) x
            JOIN product p ON p.id = x.id) x) AS page,
       (SELECT count(*)::int FROM m) AS total,
       (SELECT string_agg(g.n || chr(30) || g.facet_option_set, chr(29)) FROM (SELECT m.facet_option_set, count(*) AS n FROM m GROUP BY m.facet_option_set) g) AS options,
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
  const images = (rows: unknown[][]) => IMAGE_ROW.decode(rows).map((image) => toImage(image, source.services.images));
  if (along.images === "all") result.images = new Map(page.map((product) => [product.id, images(product.images as unknown[][])]));
  if (along.images === "featured") {
    // One image row, or null for a product without images.
    const featured = new Map(page.map((product) => [product.id, product.images === null ? null : images([product.images as unknown[]])[0]!]));
    for (const product of result.page.nodes) product.featuredImageAlong = featured.get(product.rowId)!;
  }
  if (along.collections) result.collections = COLLECTION_ROW.decode(collections.map((facet) => facet.collection!)).map(toCollection);
  return result;
}

/**
 * The option facet from the matches' distinct option sets (OPTION_SETS): each pair with the number
 * of matches that have it, options by the earliest average place of their pairs in the products'
 * option lists, each option's values by average place, then by value. A pair's average place is
 * its summed places over its count, whole numbers divided once, so equal averages are equal.
 */
function optionFacets(sets: string | null): OptionFacet[] {
  const pairs = new Map<string, { name: string; value: string; places: number; count: number }>();
  for (const set of sets === null ? [] : sets.split(OPTION_SETS.set)) {
    const [count, ...items] = set.split(OPTION_SETS.item);
    const n = Number(count);
    items.forEach((item, index) => {
      // A product without options has an empty set: its count and one empty item.
      if (item === "") return;
      let pair = pairs.get(item);
      if (!pair) {
        const cut = item.indexOf(OPTION_SETS.pair);
        pairs.set(item, (pair = { name: item.slice(0, cut), value: item.slice(cut + 1), places: 0, count: 0 }));
      }
      pair.places += (index + 1) * n;
      pair.count += n;
    });
  }
  const rows = [...pairs.values()].map((pair) => ({ ...pair, sort: pair.places / pair.count }));
  const options = new Map<string, OptionFacet & { order: number }>();
  for (const row of rows.sort((a, b) => a.sort - b.sort || a.value.localeCompare(b.value))) {
    let facet = options.get(row.name);
    // Rows come by place, so an option's first row carries its earliest place.
    if (!facet) options.set(row.name, (facet = { name: row.name, values: [], order: row.sort }));
    facet.values.push({ value: row.value, count: row.count });
  }
  return [...options.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).map(({ name, values }) => ({ name, values }));
}
