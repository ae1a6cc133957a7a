-- Trigram matching for typo-tolerant and substring search (ships with PostgreSQL contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "product" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "price_min" INTEGER,
    "price_max" INTEGER,
    "featured_image_id" UUID,
    "search_vector" tsvector,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_option" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "product_option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "option_value" (
    "id" UUID NOT NULL,
    "option_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "option_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "variant" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "price" INTEGER NOT NULL,
    "compare_at_price" INTEGER,
    "weight_grams" INTEGER,
    "track_inventory" BOOLEAN NOT NULL DEFAULT true,
    "allow_backorder" BOOLEAN NOT NULL DEFAULT false,
    "stock_on_hand" INTEGER NOT NULL DEFAULT 0,
    "stock_allocated" INTEGER NOT NULL DEFAULT 0,
    "featured_image_id" UUID,
    "archived_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "variant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "variant_option_value" (
    "variant_id" UUID NOT NULL,
    "option_id" UUID NOT NULL,
    "value_id" UUID NOT NULL,

    CONSTRAINT "variant_option_value_pkey" PRIMARY KEY ("variant_id","option_id")
);

-- CreateTable
CREATE TABLE "image" (
    "id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_image" (
    "product_id" UUID NOT NULL,
    "image_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "product_image_pkey" PRIMARY KEY ("product_id","image_id")
);

-- CreateTable
CREATE TABLE "variant_image" (
    "variant_id" UUID NOT NULL,
    "image_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "variant_image_pkey" PRIMARY KEY ("variant_id","image_id")
);

-- CreateTable
CREATE TABLE "collection" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parent_id" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collection_product" (
    "collection_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "collection_product_pkey" PRIMARY KEY ("collection_id","product_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "product_slug_key" ON "product"("slug");

-- CreateIndex
CREATE INDEX "product_created_at_id_idx" ON "product"("created_at", "id");

-- CreateIndex
CREATE INDEX "product_title_id_idx" ON "product"("title", "id");

-- CreateIndex
CREATE INDEX "product_title_trgm_idx" ON "product" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "product_search_vector_idx" ON "product" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "product_option_product_id_name_key" ON "product_option"("product_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "option_value_option_id_name_key" ON "option_value"("option_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "variant_sku_key" ON "variant"("sku");

-- CreateIndex
CREATE INDEX "variant_product_id_position_idx" ON "variant"("product_id", "position");

-- CreateIndex
CREATE INDEX "variant_option_value_value_id_idx" ON "variant_option_value"("value_id");

-- CreateIndex
CREATE INDEX "variant_option_value_option_id_idx" ON "variant_option_value"("option_id");

-- CreateIndex
CREATE INDEX "product_image_image_id_idx" ON "product_image"("image_id");

-- CreateIndex
CREATE INDEX "variant_image_image_id_idx" ON "variant_image"("image_id");

-- CreateIndex
CREATE UNIQUE INDEX "collection_slug_key" ON "collection"("slug");

-- CreateIndex
CREATE INDEX "collection_parent_id_position_idx" ON "collection"("parent_id", "position");

-- CreateIndex
CREATE INDEX "collection_product_product_id_idx" ON "collection_product"("product_id");

-- CreateIndex
CREATE INDEX "collection_product_collection_id_position_idx" ON "collection_product"("collection_id", "position");

-- AddForeignKey
ALTER TABLE "product" ADD CONSTRAINT "product_featured_image_id_fkey" FOREIGN KEY ("featured_image_id") REFERENCES "image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_option" ADD CONSTRAINT "product_option_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "option_value" ADD CONSTRAINT "option_value_option_id_fkey" FOREIGN KEY ("option_id") REFERENCES "product_option"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant" ADD CONSTRAINT "variant_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant" ADD CONSTRAINT "variant_featured_image_id_fkey" FOREIGN KEY ("featured_image_id") REFERENCES "image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_option_value" ADD CONSTRAINT "variant_option_value_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_option_value" ADD CONSTRAINT "variant_option_value_option_id_fkey" FOREIGN KEY ("option_id") REFERENCES "product_option"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_option_value" ADD CONSTRAINT "variant_option_value_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "option_value"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_image" ADD CONSTRAINT "product_image_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_image" ADD CONSTRAINT "product_image_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_image" ADD CONSTRAINT "variant_image_variant_id_fkey" FOREIGN KEY ("variant_id") REFERENCES "variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "variant_image" ADD CONSTRAINT "variant_image_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection" ADD CONSTRAINT "collection_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "collection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_product" ADD CONSTRAINT "collection_product_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_product" ADD CONSTRAINT "collection_product_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Below: what the Prisma schema cannot express.

-- Impossible stock states are unrepresentable; checkout's conditional updates rely on these.
ALTER TABLE "variant" ADD CONSTRAINT "variant_stock_non_negative" CHECK ("stock_on_hand" >= 0 AND "stock_allocated" >= 0);
ALTER TABLE "variant" ADD CONSTRAINT "variant_stock_allocated_covered" CHECK ("allow_backorder" OR "stock_allocated" <= "stock_on_hand");
ALTER TABLE "variant" ADD CONSTRAINT "variant_price_non_negative" CHECK ("price" >= 0 AND ("compare_at_price" IS NULL OR "compare_at_price" >= 0));
ALTER TABLE "variant" ADD CONSTRAINT "variant_weight_non_negative" CHECK ("weight_grams" IS NULL OR "weight_grams" >= 0);
ALTER TABLE "image" ADD CONSTRAINT "image_dimensions_positive" CHECK ("width" > 0 AND "height" > 0 AND "byte_size" > 0);
ALTER TABLE "collection" ADD CONSTRAINT "collection_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");

-- The search document: title weighs more than description. A trigger rather than a generated
-- column, because Prisma's schema diff does not know generated columns and would drop it.
CREATE FUNCTION product_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER product_search_vector BEFORE INSERT OR UPDATE OF title, description ON "product"
  FOR EACH ROW EXECUTE FUNCTION product_search_vector();

-- price_min/price_max of a product follow its live variants, so price sorting and price facets
-- read one column. Statement-level with transition tables: a bulk insert of thousands of
-- variants updates each product once.
CREATE FUNCTION product_price_range() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "product" p SET price_min = r.lo, price_max = r.hi
      FROM (SELECT c.product_id, min(v.price) AS lo, max(v.price) AS hi
              FROM (SELECT DISTINCT product_id FROM old_rows) c
              LEFT JOIN "variant" v ON v.product_id = c.product_id AND v.archived_at IS NULL
             GROUP BY c.product_id) r
     WHERE p.id = r.product_id AND (p.price_min IS DISTINCT FROM r.lo OR p.price_max IS DISTINCT FROM r.hi);
  ELSE
    UPDATE "product" p SET price_min = r.lo, price_max = r.hi
      FROM (SELECT c.product_id, min(v.price) AS lo, max(v.price) AS hi
              FROM (SELECT DISTINCT product_id FROM new_rows) c
              LEFT JOIN "variant" v ON v.product_id = c.product_id AND v.archived_at IS NULL
             GROUP BY c.product_id) r
     WHERE p.id = r.product_id AND (p.price_min IS DISTINCT FROM r.lo OR p.price_max IS DISTINCT FROM r.hi);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER variant_price_range_insert AFTER INSERT ON "variant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_price_range();
CREATE TRIGGER variant_price_range_update AFTER UPDATE ON "variant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_price_range();
CREATE TRIGGER variant_price_range_delete AFTER DELETE ON "variant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_price_range();
