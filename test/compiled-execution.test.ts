/**
 * Compiled execution answers exactly as graphql-js does. The server here keeps the default
 * (GRAPHQL_COMPILE_AFTER=1): an operation's first execution is interpreted, the next ones are
 * compiled, so each document below is sent three times and the answers compared.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestCatalog } from "./helpers/catalog.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GRAPHQL_COMPILE_AFTER: "1" });
  await seedTestCatalog(server, 6);
});
afterAll(async () => {
  await server.stop();
});

/** Sends the same request three times; returns the answers and how each one was executed. */
async function thrice(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const answers: { status: number; body: unknown; execution: unknown }[] = [];
  for (let i = 0; i < 3; i++) {
    const requestId = `compiled-${Math.random().toString(36).slice(2)}`;
    const response = await server.post(body, { "x-request-id": requestId, ...headers });
    const line = server.logs.find((l) => l.requestId === requestId && l.msg === "request");
    answers.push({ status: response.status, body: await bodyOf(response), execution: line?.execution });
  }
  return answers;
}

const CATALOG_PAGE = `
  query Page($first: Int = 3, $withVariants: Boolean!, $skipImages: Boolean = true) {
    products(first: $first, sort: TITLE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...Card variants(first: 2) @include(if: $withVariants) { nodes { sku price { amount currencyCode } availableForSale } } }
    }
    cheapest: products(first: 1, sort: PRICE_ASC) { nodes { __typename slug images @skip(if: $skipImages) { url } } }
  }
  fragment Card on Product { id title slug status priceRange { min { amount } max { amount } } featuredImage { url width height } }`;

describe("compiled execution", () => {
  it("interprets an operation once, then answers identically compiled", async () => {
    const answers = await thrice({ query: CATALOG_PAGE, variables: { withVariants: true } });
    expect(answers.map((a) => a.execution)).toEqual(["interpreted", "compiled", "compiled"]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((answers[0]!.body as { data: { products: { nodes: unknown[] } } }).data.products.nodes).toHaveLength(3);
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    expect(answers[2]!.body).toEqual(answers[0]!.body);
  });

  it("compiles per operation name and honours each request's variables", async () => {
    const without = await bodyOf(await server.post({ query: CATALOG_PAGE, variables: { withVariants: false, first: 1, skipImages: false } }));
    expect(without.errors).toBeUndefined();
    const data = without.data as { products: { nodes: object[] }; cheapest: { nodes: { images?: unknown }[] } };
    expect(data.products.nodes).toHaveLength(1);
    expect(data.products.nodes[0]).not.toHaveProperty("variants");
    expect(data.cheapest.nodes[0]!.images).toEqual(expect.any(Array));

    const named = `query A { hello } query B { hello greeting(name: "nobody") { name } }`;
    for (const operationName of ["A", "B"]) {
      const answers = await thrice({ query: named, operationName });
      expect(answers.map((a) => a.execution)).toEqual(["interpreted", "compiled", "compiled"]);
      expect(answers[2]!.body).toEqual(answers[0]!.body);
    }
  });

  it("answers abstract types, unions and typed user errors the same way", async () => {
    const listed = await bodyOf(await server.post({ query: "{ products(first: 1) { nodes { id } } }" }));
    const [first] = (listed.data as { products: { nodes: { id: string }[] } }).products.nodes;
    const nodeQuery = `query ($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename id ... on Product { title } } nodes(ids: $ids) { __typename } }`;
    const nodeAnswers = await thrice({ query: nodeQuery, variables: { id: first!.id, ids: [first!.id, "garbage-id"] } });
    expect(nodeAnswers[2]!.body).toEqual(nodeAnswers[0]!.body);

    const mutation = `mutation ($input: HelloInput!) { hello(input: $input) { __typename ... on InvalidInput { code message path } ... on HelloSuccess { message } } }`;
    const invalid = await thrice({ query: mutation, variables: { input: { name: "   " } } });
    expect(invalid.map((a) => a.execution)).toEqual(["interpreted", "compiled", "compiled"]);
    expect((invalid[0]!.body as { data: { hello: { __typename: string } } }).data.hello.__typename).toBe("InvalidInput");
    expect(invalid[2]!.body).toEqual(invalid[0]!.body);
  });

  it("reports field errors with their path and code, and bad variables as BAD_USER_INPUT", async () => {
    const badId = await thrice({ query: `query ($id: ID!) { node(id: $id) { id } }`, variables: { id: "garbage" } });
    expect(badId.map((a) => a.execution)).toEqual(["interpreted", "compiled", "compiled"]);
    expect((badId[2]!.body as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: ["node"], locations: expect.any(Array), extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
    expect(badId[2]!.body).toEqual(badId[0]!.body);

    const badVariable = await thrice({ query: `query ($first: Int) { products(first: $first) { totalCount } }`, variables: { first: "many" } });
    for (const answer of badVariable) {
      expect(answer.status).toBe(400);
      expect((answer.body as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    }
    expect(badVariable[2]!.body).toEqual(badVariable[0]!.body);
  });
});
