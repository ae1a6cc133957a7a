-- AlterTable
ALTER TABLE "product" ADD COLUMN     "title_words" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "search_word" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "product_title_words_idx" ON "product" USING GIN ("title_words");

-- Below: what the Prisma schema cannot express.

-- The title's words, set with the search document (this trigger runs on INSERT and UPDATE OF title,
-- description): its lexemes in the 'simple' configuration, lowercased and not stemmed, so that
-- "T-Shirt" gives t-shirt, t and shirt. A server of the previous version, which does not know the
-- column, still gets it filled.
CREATE OR REPLACE FUNCTION product_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'B');
  NEW.title_words := tsvector_to_array(to_tsvector('simple', coalesce(NEW.title, '')));
  RETURN NEW;
END $$;

-- The vocabulary gains the words of new and retitled products, in word order, so that concurrent
-- statements take the new words' locks in one order. It never loses a word: deleting one when its
-- last title goes would race with a concurrent title that brings it back (whose insert found it
-- still there), and a word no title holds only costs its own lookup.
CREATE FUNCTION add_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_word" (word) SELECT DISTINCT unnest(n.title_words) FROM new_rows n ORDER BY 1 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER product_search_words AFTER INSERT ON "product" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION add_search_words();

-- Per row, since a trigger with transition tables cannot name columns, and every rollup update of
-- a product would otherwise look at its words.
CREATE FUNCTION add_title_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_word" (word) SELECT DISTINCT w FROM unnest(NEW.title_words) w ORDER BY 1 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER product_title_words AFTER UPDATE OF title ON "product"
  FOR EACH ROW WHEN (OLD.title_words IS DISTINCT FROM NEW.title_words) EXECUTE FUNCTION add_title_words();

-- The products already there, and their words.
UPDATE "product" SET title_words = tsvector_to_array(to_tsvector('simple', title));
INSERT INTO "search_word" (word) SELECT DISTINCT unnest(title_words) FROM "product" ORDER BY 1 ON CONFLICT DO NOTHING;
