-- Every server instance keeps anonymous catalog answers in memory and drops them when a catalog
-- table changes, whoever changed it (another instance, a background job, plain SQL): statement
-- triggers notify the channel; PostgreSQL delivers it after commit and folds repeats within one
-- transaction.
CREATE FUNCTION "catalog_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('larder_catalog_changed', '');
  RETURN NULL;
END $$;

CREATE TRIGGER "product_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "product" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "product_option_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "product_option" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "option_value_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "option_value" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "variant_option_value_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "variant_option_value" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "image_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "image" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "product_image_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "product_image" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "variant_image_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "variant_image" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "collection_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "collection_product_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collection_product" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();
CREATE TRIGGER "variant_catalog_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "variant" FOR EACH STATEMENT EXECUTE FUNCTION "catalog_changed"();

-- Checkout moves stock on every order. Stock levels are not part of any anonymous answer, only
-- whether a variant can be bought, so a stock move notifies only when it flips that.
CREATE TRIGGER "variant_update_catalog_changed" AFTER UPDATE ON "variant" FOR EACH ROW
  WHEN (to_jsonb(OLD) - '{stock_on_hand,stock_allocated}'::text[] IS DISTINCT FROM to_jsonb(NEW) - '{stock_on_hand,stock_allocated}'::text[]
     OR (NOT OLD.track_inventory OR OLD.allow_backorder OR OLD.stock_on_hand > OLD.stock_allocated)
        IS DISTINCT FROM (NOT NEW.track_inventory OR NEW.allow_backorder OR NEW.stock_on_hand > NEW.stock_allocated))
  EXECUTE FUNCTION "catalog_changed"();
