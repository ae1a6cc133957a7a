/**
 * Typo search through the vocabulary of title words (search_word): the words the triggers keep,
 * the same matches and order as the titles' own trigram test, the trigram index where no word
 * resembles the text, and what the vocabulary leaves out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { likePattern } from "../../src/shared/sql.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { createTestProduct, seedTestCatalog } from "../helpers/catalog.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const Search = graphql(`
  query SearchWords($query: String!) {
    search(query: $query, first: 100) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);

const Retitle = graphql(`
  mutation RetitleProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      __typename
    }
  }
`);

let server: TestServer;
let writer: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  writer = { authorization: (await staffHeaders(server, [Permission.CATALOG_WRITE])).authorization };
  await seedTestCatalog(server, 400);
});
afterAll(async () => {
  await server.stop();
});

const search = async (query: string) => {
  const { body } = await server.gql(Search, { query });
  expect(body.errors).toBeUndefined();
  return { total: body.data!.search.totalCount, titles: body.data!.search.nodes.map((n) => n.title), ids: body.data!.search.nodes.map((n) => n.id) };
};

/** The words of every title that the vocabulary does not hold. */
const missingWords = async () =>
  (await server.database.pool.query<{ word: string }>("SELECT DISTINCT unnest(title_words) AS word FROM product EXCEPT SELECT word FROM search_word")).rows;

const vocabulary = async (words: string[]) =>
  (await server.database.pool.query<{ word: string }>("SELECT word FROM search_word WHERE word = ANY($1) ORDER BY word", [words])).rows.map((r) => r.word);

describe("search: near spellings through the vocabulary of title words", () => {
  it("keeps every title's words, lowercased and unstemmed, for products seeded in bulk and created one by one", async () => {
    const product = await createTestProduct(server, writer, { title: "Quillfeather T-Shirt", status: "ACTIVE" });
    const { rows } = await server.database.pool.query<{ title_words: string[] }>("SELECT title_words FROM product WHERE slug = $1", [product.slug]);
    expect(rows).toEqual([{ title_words: ["quillfeather", "shirt", "t", "t-shirt"] }]);
    expect(await missingWords()).toEqual([]);
    expect((await server.database.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM search_word")).rows[0]!.n).toBeGreaterThan(50);
  });

  it("matches and orders the near spellings as the titles' own trigram test does", async () => {
    // Typos of seeded words, none of them a full-text match; "tshirt" reads across "T-Shirt".
    for (const text of ["sweter", "cardgan", "leathr", "mrino", "tshirt", "weekendr", "crossbdy", "sweaterr"]) {
      const { rows } = await server.database.pool.query<{ id: string }>(
        `SELECT id FROM product WHERE status = 'ACTIVE' AND (title %> $1 OR title ILIKE $2)
          ORDER BY word_similarity($1, title) DESC, id DESC`,
        [text, likePattern(text)],
      );
      const found = await search(text);
      expect(rows.length, text).toBeGreaterThan(0);
      expect(found.total, text).toBe(rows.length);
      expect(found.ids, text).toEqual(rows.slice(0, 100).map((r) => toGlobalId("Product", r.id)));
    }
  });

  it("learns a product's new title, and finds it by its new words only", async () => {
    const product = await createTestProduct(server, writer, { title: "Zephyrine Lamp", status: "ACTIVE" });
    expect((await search("zephyrin")).titles).toEqual(["Zephyrine Lamp"]);

    const { body } = await server.gql(Retitle, { input: { id: product.id, version: product.version, title: "Moonpetal Lamp" } }, { headers: writer });
    expect(body.data!.updateProduct.__typename).toBe("ProductUpdated");

    expect(await vocabulary(["moonpetal", "zephyrine"])).toEqual(["moonpetal", "zephyrine"]);
    expect((await search("monpetal")).titles).toEqual(["Moonpetal Lamp"]);
    // The old word stays in the vocabulary, but no title holds it: nothing resembles the text.
    expect((await search("zephyrin")).total).toBe(0);
    expect(await missingWords()).toEqual([]);
  });

  it("falls back to the titles' trigram index when no single word resembles the text", async () => {
    await createTestProduct(server, writer, { title: "Harbor Lantern", status: "ACTIVE" });
    const { rows } = await server.database.pool.query<{ word: string }>("SELECT word FROM search_word WHERE word %> 'harborlantern'");
    expect(rows).toEqual([]);
    expect((await search("harborlantern")).titles).toEqual(["Harbor Lantern"]);
  });

  it("leaves out a title that resembles the text only across two words while another title has a word like it", async () => {
    await createTestProduct(server, writer, { title: "Winter Enamel Kettle", status: "ACTIVE" });
    // "eater" resembles the seeded "sweater"; "Winter Enamel" shares half its trigrams across "ter en".
    const { rows } = await server.database.pool.query<{ title: string }>("SELECT title FROM product WHERE title %> 'eater' AND title ILIKE 'Winter Enamel Kettle'");
    expect(rows).toEqual([{ title: "Winter Enamel Kettle" }]);
    const found = await search("eater");
    expect(found.total).toBeGreaterThan(0);
    expect(found.titles.every((title) => /sweater/i.test(title))).toBe(true);
    expect(found.titles).not.toContain("Winter Enamel Kettle");
  });

  it("takes new words from concurrent creations without a conflict or a duplicate", async () => {
    const titles = Array.from({ length: 8 }, (_, i) => (i % 2 ? `Gribble Vornak ${i}` : `Vornak Gribble ${i}`));
    await Promise.all(titles.map((title) => createTestProduct(server, writer, { title, status: "ACTIVE" })));
    expect(await vocabulary(["gribble", "vornak"])).toEqual(["gribble", "vornak"]);
    expect((await search("vornakk")).total).toBe(8);
  });

  it("answers hostile texts with a result, never an error", async () => {
    for (const text of ["%", "_", "\\", "' OR 1=1 --", "ß".repeat(200), "  ", "t-", "😀"]) {
      const { body } = await server.gql(Search, { query: text });
      expect(body.errors, text).toBeUndefined();
    }
  });
});
