/** Facet counts and the total of a search, in one statement over the matching products. */
import type { DbSource } from "../../../db-source.js";
import { SqlParams } from "../../../shared/sql.js";
import { productConditions, type ProductCriteria } from "../products/product-listing.js";
import type { OptionFacet, SearchStats } from "./search.types.js";

/** Lower bounds of the price bands, in major units of the shop currency. */
const PRICE_BANDS = [0, 10, 25, 50, 100, 250, 500, 1000];

interface StatRow {
  kind: "total" | "option" | "collection" | "price";
  name: string | null;
  value: string | null;
  collection_id: string | null;
  bucket: number | null;
  /** Option facets: the pair's average place in the products' option lists. */
  sort: number | null;
  n: number;
}

/** The total and facets of the products matching `criteria`. */
export async function searchStats(source: DbSource, criteria: ProductCriteria): Promise<SearchStats> {
  const params = new SqlParams();
  const conditions = productConditions(source, params, criteria);
  const { currency } = source.services;
  const edges = PRICE_BANDS.map((band) => band * 10 ** currency.digits);
  // The CTE is referenced four times, so PostgreSQL evaluates the match once.
  // The CTE is referenced four times, so PostgreSQL evaluates the match once; option pairs and
  // prices come from per-product rollup columns (kept by triggers), so no variant is joined.
  const rows = await source.sql.query<StatRow>(
    `WITH m AS (SELECT p.id, p.price_min, p.facet_options FROM product p WHERE ${conditions.join(" AND ")})
     SELECT 'total' AS kind, NULL AS name, NULL AS value, NULL::uuid AS collection_id, NULL::int AS bucket, NULL::float8 AS sort, count(*)::int AS n FROM m
     UNION ALL
     SELECT 'option', split_part(f.pair, chr(31), 1), split_part(f.pair, chr(31), 2), NULL, NULL, avg(f.ordinality)::float8, count(*)::int
       FROM m, unnest(m.facet_options) WITH ORDINALITY AS f(pair, ordinality) GROUP BY f.pair
     UNION ALL
     SELECT 'collection', NULL, NULL, cp.collection_id, NULL, NULL, count(*)::int FROM m JOIN collection_product cp ON cp.product_id = m.id GROUP BY cp.collection_id
     UNION ALL
     SELECT 'price', NULL, NULL, NULL, width_bucket(m.price_min, ${params.add(edges, "bigint[]")}), NULL, count(*)::int FROM m WHERE m.price_min IS NOT NULL GROUP BY 5`,
    params.values,
  );
  const options = new Map<string, OptionFacet & { order: number }>();
  const optionRows = rows.filter((row) => row.kind === "option").sort((a, b) => a.sort! - b.sort! || a.value!.localeCompare(b.value!));
  for (const row of optionRows) {
    let facet = options.get(row.name!);
    // Rows come by place, so an option's first row carries its earliest place.
    if (!facet) options.set(row.name!, (facet = { name: row.name!, values: [], order: row.sort! }));
    facet.values.push({ value: row.value!, count: row.n });
  }
  return {
    total: rows.find((row) => row.kind === "total")!.n,
    facets: {
      options: [...options.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).map(({ name, values }) => ({ name, values })),
      collections: rows
        .filter((row) => row.kind === "collection")
        .sort((a, b) => b.n - a.n || a.collection_id!.localeCompare(b.collection_id!))
        .map((row) => ({ collectionId: row.collection_id!, count: row.n })),
      prices: rows
        .filter((row) => row.kind === "price")
        .sort((a, b) => a.bucket! - b.bucket!)
        .map((row) => ({ min: currency.money(edges[row.bucket! - 1]!), max: row.bucket! < edges.length ? currency.money(edges[row.bucket!]!) : null, count: row.n })),
    },
  };
}
