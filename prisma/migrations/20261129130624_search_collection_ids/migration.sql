-- Search counts its collection facet from one product column, the ids of the collections that
-- hold the product directly, instead of joining collection_product for every match.
-- AlterTable
ALTER TABLE "product" ADD COLUMN     "collection_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- Below: what the Prisma schema cannot express.

-- collection_ids joins the per-product rollups (see the catalog migration), sorted by id.
CREATE OR REPLACE FUNCTION refresh_product_rollups(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "product" p SET price_min = r.lo, price_max = r.hi, facet_options = r.pairs, collection_ids = r.collections
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

CREATE OR REPLACE FUNCTION product_rollups_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  -- Which products the changed rows belong to, by table; only one transition table exists per event.
  IF TG_TABLE_NAME = 'variant' THEN
    IF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT product_id) INTO ids FROM old_rows;
    ELSIF TG_OP = 'INSERT' THEN SELECT array_agg(DISTINCT product_id) INTO ids FROM new_rows;
    -- Stock moves update variants constantly (checkout): only price and archiving change rollups.
    ELSE SELECT array_agg(DISTINCT n.product_id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE n.price IS DISTINCT FROM o.price OR n.archived_at IS DISTINCT FROM o.archived_at; END IF;
  ELSIF TG_TABLE_NAME = 'variant_option_value' THEN
    IF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT v.product_id) INTO ids FROM old_rows r JOIN "variant" v ON v.id = r.variant_id;
    ELSE SELECT array_agg(DISTINCT v.product_id) INTO ids FROM new_rows r JOIN "variant" v ON v.id = r.variant_id; END IF;
  ELSIF TG_TABLE_NAME = 'option_value' THEN
    SELECT array_agg(DISTINCT o.product_id) INTO ids FROM new_rows r JOIN "product_option" o ON o.id = r.option_id;
  ELSIF TG_TABLE_NAME = 'collection_product' THEN
    IF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT product_id) INTO ids FROM old_rows;
    ELSIF TG_OP = 'INSERT' THEN SELECT array_agg(DISTINCT product_id) INTO ids FROM new_rows;
    -- Reordering a collection changes positions only: the memberships that differ, either way.
    ELSE SELECT array_agg(DISTINCT d.product_id) INTO ids
           FROM ((SELECT collection_id, product_id FROM new_rows EXCEPT SELECT collection_id, product_id FROM old_rows)
                 UNION ALL (SELECT collection_id, product_id FROM old_rows EXCEPT SELECT collection_id, product_id FROM new_rows)) d; END IF;
  ELSE
    SELECT array_agg(DISTINCT product_id) INTO ids FROM new_rows;
  END IF;
  IF ids IS NOT NULL THEN PERFORM refresh_product_rollups(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER collection_product_rollups_insert AFTER INSERT ON "collection_product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rollups_trigger();
CREATE TRIGGER collection_product_rollups_update AFTER UPDATE ON "collection_product"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rollups_trigger();
CREATE TRIGGER collection_product_rollups_delete AFTER DELETE ON "collection_product"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rollups_trigger();

-- The products already in collections.
SELECT refresh_product_rollups(array_agg(cp.product_id)) FROM "collection_product" cp;
