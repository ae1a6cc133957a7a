/**
 * Search adds title substrings and near spellings only while full-text finds fewer than 20
 * products, and ranks them after every full-text match; product lists filtered by the same text
 * match the same products.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { createTestProduct } from "../helpers/catalog.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const Matches = graphql(`
  query FuzzyMatches($query: String!) {
    search(query: $query, first: 50) {
      totalCount
      nodes {
        title
      }
    }
    products(first: 50, filter: { query: $query }) {
      totalCount
      nodes {
        title
      }
    }
  }
`);

let server: TestServer;
let writer: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  writer = { authorization: (await staffHeaders(server, [Permission.CATALOG_WRITE])).authorization };
  // "Lanternfish" is no full-text match for "lantern" (another word), only a title substring.
  await createTestProduct(server, writer, { title: "Lanternfish Poster", status: "ACTIVE" });
  for (let i = 1; i <= 19; i++) await createTestProduct(server, writer, { title: `Glass Lantern ${i}`, status: "ACTIVE" });
});
afterAll(async () => {
  await server.stop();
});

const matches = async (query: string) => {
  const { body } = await server.gql(Matches, { query });
  expect(body.errors).toBeUndefined();
  const { search, products } = body.data!;
  // A product list filtered by the text holds the same products (in its own order).
  expect(products.totalCount).toBe(search.totalCount);
  expect(products.nodes.map((n) => n.title).sort()).toEqual(search.nodes.map((n) => n.title).sort());
  return { total: search.totalCount, titles: search.nodes.map((n) => n.title) };
};

describe("search: substrings and typos join in below 20 full-text matches", () => {
  it("adds them after the full-text matches while full-text finds 19, and not once it finds 20", async () => {
    const nineteen = await matches("lantern");
    expect(nineteen.total).toBe(20);
    expect(nineteen.titles.at(-1)).toBe("Lanternfish Poster");
    expect(nineteen.titles.slice(0, -1).every((title) => title.startsWith("Glass Lantern "))).toBe(true);
    expect((await matches("lanturn")).titles[0]).toMatch(/Lantern/);

    await createTestProduct(server, writer, { title: "Candle Holder", description: "Fits any lantern.", status: "ACTIVE" });
    const twenty = await matches("lantern");
    expect(twenty.total).toBe(20);
    expect(twenty.titles).not.toContain("Lanternfish Poster");
    expect(twenty.titles.at(-1)).toBe("Candle Holder");
  });
});
