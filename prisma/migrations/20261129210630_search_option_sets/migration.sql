-- Each product's option pairs also as one text, the pairs in order joined by chr(30) (empty without
-- options): search groups its matches by their option set, and grouping by one text hashes and
-- compares one value where the array hashed and compared each element (docs/performance.md).
-- facet_options stays as it was, so servers of earlier versions keep working during a rolling deploy.
-- AlterTable
ALTER TABLE "product" ADD COLUMN     "facet_option_set" TEXT NOT NULL DEFAULT '';

-- Below: what the Prisma schema cannot express.

-- The rollups as in the search_collection_ids migration, with the pairs' text too.
CREATE OR REPLACE FUNCTION refresh_product_rollups(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "product" p SET price_min = r.lo, price_max = r.hi, facet_options = r.pairs, facet_option_set = array_to_string(r.pairs, chr(30)),
                         collection_ids = r.collections
    FROM (SELECT c.id,
                 (SELECT min(v.price) FROM "variant" v WHERE v.product_id = c.id AND v.archived_at IS NULL) AS lo,
                 (SELECT max(v.price) FROM "variant" v WHERE v.product_id = c.id AND v.archived_at IS NULL) AS hi,
                 coalesce((SELECT array_agg(x.pair ORDER BY x.option_position, x.value_position)
                             FROM (SELECT DISTINCT o.name || chr(31) || ov.name AS pair, o.position AS option_position, ov.position AS value_position
                                     FROM "variant" v JOIN "variant_option_value" vov ON vov.variant_id = v.id
                                     JOIN "product_option" o ON o.id = vov.option_id JOIN "option_value" ov ON ov.id = vov.value_id
                                    WHERE v.product_id = c.id AND v.archived_at IS NULL) x), ARRAY[]::text[]) AS pairs,
                 coalesce((SELECT array_agg(cp.collection_id ORDER BY cp.collection_id) FROM "collection_product" cp WHERE cp.product_id = c.id), ARRAY[]::uuid[]) AS collections
            FROM unnest(ids) AS c(id)) r
   WHERE p.id = r.id
     AND (p.price_min IS DISTINCT FROM r.lo OR p.price_max IS DISTINCT FROM r.hi OR p.facet_options IS DISTINCT FROM r.pairs OR p.collection_ids IS DISTINCT FROM r.collections)
$$;

-- The products that already have option pairs.
UPDATE "product" SET facet_option_set = array_to_string(facet_options, chr(30)) WHERE cardinality(facet_options) > 0;
