/** Search: ranking, typos, substrings, facets, visibility, and hostile input that must never become a 500. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../helpers/server.js";
import type { SearchQuery } from "../gql/graphql.js";

const Search = graphql(`
  query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        title
      }
      facets {
        options {
          name
          values {
            value
            count
          }
        }
        collections {
          count
          collection {
            slug
          }
        }
        prices {
          min {
            amount
          }
          max {
            amount
          }
          count
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation SearchFixture($input: CreateProductInput!) {
    createProduct(input: $input) {
      ... on ProductCreated {
        product {
          id
        }
      }
    }
  }
`);

const AddVariant = graphql(`
  mutation SearchFixtureVariant($input: CreateVariantInput!) {
    createVariant(input: $input) {
      __typename
    }
  }
`);

const FIXTURES: { title: string; description: string; status?: "DRAFT"; variants: [string, string, string][] }[] = [
  { title: "Merino Wool Sweater", description: "A warm knit for cold days.", variants: [["M", "Grey", "120.00"], ["L", "Navy", "125.00"]] },
  { title: "Linen Shirt", description: "Wear it under a sweater when it gets cold.", variants: [["M", "White", "45.00"]] },
  { title: "Flannel Overshirt", description: "Brushed cotton.", variants: [["L", "Grey", "79.00"]] },
  { title: "100% Cotton Tee", description: "Plain and simple.", variants: [["S", "White", "15.00"]] },
  { title: "Under_score Mug", description: "For programmers.", variants: [["M", "White", "12.00"]] },
  { title: "Spicy 🌶️ Hot Sauce", description: "Handle with care.", variants: [["S", "Red", "8.50"]] },
  { title: "Secret Sweater Prototype", description: "Not launched yet.", status: "DRAFT", variants: [["M", "Grey", "999.00"]] },
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const headers = { authorization: (await staffHeaders(server, [Permission.CATALOG_WRITE])).authorization };
  for (const fixture of FIXTURES) {
    const options = [{ name: "Size", values: [...new Set(fixture.variants.map((v) => v[0]))] }, { name: "Color", values: [...new Set(fixture.variants.map((v) => v[1]))] }];
    const { body } = await server.gql(Create, { input: { title: fixture.title, description: fixture.description, status: fixture.status ?? "ACTIVE", options } }, { headers });
    const productId = (body.data!.createProduct as { product: { id: string } }).product.id;
    for (const [i, [size, color, price]] of fixture.variants.entries()) {
      const added = await server.gql(AddVariant, { input: { productId, sku: `${fixture.title.replace(/[^A-Za-z]/g, "").slice(0, 12)}-${i}`, price, onHand: 5, options: [{ name: "Size", value: size }, { name: "Color", value: color }] } }, { headers });
      expect(added.body.data!.createVariant.__typename).toBe("VariantCreated");
    }
  }
});
afterAll(async () => {
  await server.stop();
});

const titles = async (query: string, filter?: object) => {
  const { status, body } = await server.gql(Search, { query, first: 20, filter: filter as never });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.search.nodes.map((n) => n.title);
};

describe("search", () => {
  it("ranks a title match above a description match and hides drafts", async () => {
    expect(await titles("sweater")).toEqual(["Merino Wool Sweater", "Linen Shirt"]);
  });

  it("tolerates typos and finds substrings of titles", async () => {
    expect((await titles("sweter"))[0]).toBe("Merino Wool Sweater");
    expect((await titles("merino wol"))[0]).toBe("Merino Wool Sweater");
    expect(await titles("vershir")).toEqual(["Flannel Overshirt"]);
  });

  it("uses stemming: shirts finds shirt", async () => {
    expect(await titles("shirts")).toContain("Linen Shirt");
  });

  it.each([
    ["%", ["100% Cotton Tee"]],
    ["_", ["Under_score Mug"]],
    ["' OR 1=1--", []],
    ["'); DROP TABLE product; --", []],
    ["\\", []],
    ["🌶️", ["Spicy 🌶️ Hot Sauce"]],
    ["<script>alert(1)</script>", []],
    ["a & b | !c <-> d", []],
    ['"unclosed', []],
  ])("matches %j literally", async (query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });

  it.each([
    // U+0000 is refused before execution, like in every string input.
    ["a NUL byte", "sweater\u0000", 400, '"$query" must not contain the character U+0000'],
    ["a C1 control character", "sweater\u0085", 200, "query must not contain control characters"],
    ["a 10 kB string", "x".repeat(10_000), 200, "query must be at most 200 characters"],
    ["201 emoji", "😀".repeat(201), 200, "query must be at most 200 characters"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, query, expectedStatus, message) => {
    const { status, body } = await server.gql(Search, { query });
    expect(status).toBe(expectedStatus);
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
  });

  it("matches everything visible for blank text, with facets over all matches", async () => {
    const { body } = await server.gql(Search, { query: "  ", first: 2 });
    const search = body.data!.search;
    expect(search.totalCount).toBe(6);
    expect(search.nodes).toHaveLength(2);
    // Options in product option order; values ordered by their usual position within products.
    const byValue = (values: { value: string; count: number }[]) => [...values].sort((a, b) => a.value.localeCompare(b.value));
    expect(search.facets.options.map((o) => ({ name: o.name, values: byValue(o.values) }))).toEqual([
      { name: "Size", values: [{ value: "L", count: 2 }, { value: "M", count: 3 }, { value: "S", count: 2 }] },
      { name: "Color", values: [{ value: "Grey", count: 2 }, { value: "Navy", count: 1 }, { value: "Red", count: 1 }, { value: "White", count: 3 }] },
    ]);
    expect(search.facets.prices).toEqual([
      { min: { amount: "0.00" }, max: { amount: "10.00" }, count: 1 },
      { min: { amount: "10.00" }, max: { amount: "25.00" }, count: 2 },
      { min: { amount: "25.00" }, max: { amount: "50.00" }, count: 1 },
      { min: { amount: "50.00" }, max: { amount: "100.00" }, count: 1 },
      { min: { amount: "100.00" }, max: { amount: "250.00" }, count: 1 },
    ]);
  });

  it("narrows with filters, and facets follow the filter", async () => {
    const { body } = await server.gql(Search, { query: "", first: 10, filter: { options: [{ name: "Color", values: ["grey"] }] } });
    expect(body.data!.search.nodes.map((n) => n.title).sort()).toEqual(["Flannel Overshirt", "Merino Wool Sweater"]);
    expect(body.data!.search.facets.options.find((o) => o.name === "Size")!.values).toEqual(expect.arrayContaining([{ value: "M", count: 1 }, { value: "L", count: 2 }]));
    expect((await titles("", { priceMax: "14.99" })).sort()).toEqual(["Spicy 🌶️ Hot Sauce", "Under_score Mug"]);
  });

  it("pages through ranked results with cursors", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body }: GraphQLResponse<SearchQuery> = await server.gql(Search, { query: "e", first: 2, after });
      seen.push(...body.data!.search.nodes.map((n) => n.title));
      after = body.data!.search.pageInfo.hasNextPage ? body.data!.search.pageInfo.endCursor! : null;
    } while (after);
    const { body } = await server.gql(Search, { query: "e", first: 50 });
    expect(seen).toEqual(body.data!.search.nodes.map((n) => n.title));
    expect(seen.length).toBeGreaterThan(3);
  });
});
