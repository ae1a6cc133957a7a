/**
 * Compiled execution answers exactly as graphql-js does, and the router sends only repeated,
 * large operations to it. Two servers share one database: `compiledServer` compiles every
 * operation (GRAPHQL_COMPILE_AFTER=0), `server` keeps the default (compile an operation after one
 * interpreted run, if its answer was large).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../src/modules/identity/permission.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { staffHeaders } from "./helpers/auth.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { query } from "./helpers/database.js";
import { bodyOf, splitCost, startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
let compiledServer: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GRAPHQL_COMPILE_AFTER: "1" });
  compiledServer = await startTestServer({ GRAPHQL_COMPILE_AFTER: "0" }, { sharedDatabaseUrl: server.databaseUrl });
  await seedTestCatalog(server, 12);
});
afterAll(async () => {
  await compiledServer.stop();
  await server.stop();
});

async function send(target: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const requestId = `compiled-${Math.random().toString(36).slice(2)}`;
  const response = await target.post(body, { ...headers, "x-request-id": requestId });
  const json = splitCost(await bodyOf(response)).body;
  return { status: response.status, body: json, execution: (await target.accessLine(requestId)).execution };
}

/** The answer of the default server (graphql-js for a first run) and of the compiling one. */
async function both(body: Record<string, unknown>) {
  const interpreted = await send(server, body);
  const compiled = await send(compiledServer, body);
  expect(interpreted.execution).toBe("interpreted");
  expect(compiled.execution).toBe("compiled");
  return [interpreted, compiled] as const;
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
  it("answers a nested catalog page with fragments, aliases and directives exactly as graphql-js", async () => {
    for (const variables of [{ withVariants: true }, { withVariants: false, first: 1, skipImages: false }]) {
      const [interpreted, compiled] = await both({ query: CATALOG_PAGE, variables });
      expect(interpreted.status).toBe(200);
      expect(interpreted.body.errors).toBeUndefined();
      expect(compiled).toEqual({ ...interpreted, execution: "compiled" });
    }
    const data = (await send(compiledServer, { query: CATALOG_PAGE, variables: { withVariants: false, first: 1, skipImages: false } })).body.data as {
      products: { nodes: object[] };
      cheapest: { nodes: { images?: unknown }[] };
    };
    expect(data.products.nodes).toHaveLength(1);
    expect(data.products.nodes[0]).not.toHaveProperty("variants");
    expect(data.cheapest.nodes[0]!.images).toEqual(expect.any(Array));
  });

  it("answers abstract types, unions and typed user errors the same way", async () => {
    const listed = await bodyOf(await server.post({ query: "{ products(first: 1) { nodes { id } } }" }));
    const [first] = (listed.data as { products: { nodes: { id: string }[] } }).products.nodes;
    const nodeQuery = `query ($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename id ... on Product { title } } nodes(ids: $ids) { __typename } }`;
    const [interpreted, compiled] = await both({ query: nodeQuery, variables: { id: first!.id, ids: [first!.id, "garbage-id"] } });
    expect(compiled.body).toEqual(interpreted.body);

    const mutation = `mutation ($input: GreetInput!) { greet(input: $input) { __typename ... on InvalidInput { code message path } ... on Greeted { message } } }`;
    const [invalid, invalidCompiled] = await both({ query: mutation, variables: { input: { name: "   " } } });
    expect((invalid.body.data as { greet: { __typename: string } }).greet.__typename).toBe("InvalidInput");
    expect(invalidCompiled.body).toEqual(invalid.body);
  });

  it("reports field errors with their path and code, and bad variables as BAD_USER_INPUT", async () => {
    const [badId, badIdCompiled] = await both({ query: `query ($id: ID!) { node(id: $id) { id } }`, variables: { id: "garbage" } });
    expect(badIdCompiled.body.errors).toEqual([expect.objectContaining({ path: ["node"], locations: expect.any(Array), extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
    expect(badIdCompiled.body).toEqual(badId.body);

    const body = { query: `query ($first: Int) { products(first: $first) { totalCount } }`, variables: { first: "many" } };
    const [badVariable, badVariableCompiled] = [await send(server, body), await send(compiledServer, body)];
    for (const answer of [badVariable, badVariableCompiled]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(badVariableCompiled.body).toEqual(badVariable.body);
  });

  it("leaves out an input field whose variable the request leaves out, as graphql-js does", async () => {
    const staff = await staffHeaders(compiledServer, [Permission.CATALOG_READ, Permission.CATALOG_WRITE]);
    const [row] = await query<{ id: string; version: number }>(server.databaseUrl, "UPDATE variant SET compare_at_price = price * 2 WHERE id = (SELECT id FROM variant ORDER BY sku LIMIT 1) RETURNING id, version");
    const [before] = await query(server.databaseUrl, "SELECT price, compare_at_price FROM variant WHERE id = $1", [row!.id]);
    // An explicit null clears compareAtPrice; a variable the request leaves out must leave it alone.
    const partial = `mutation ($id: ID!, $version: Int!, $weightGrams: Int, $compareAtPrice: String) {
      updateVariant(input: { id: $id, version: $version, weightGrams: $weightGrams, compareAtPrice: $compareAtPrice }) { __typename } }`;
    const answer = await send(compiledServer, { query: partial, variables: { id: toGlobalId("Variant", row!.id), version: row!.version, weightGrams: 250 } }, { authorization: staff.authorization });
    expect(answer.body.data).toEqual({ updateVariant: { __typename: "VariantUpdated" } });
    expect(await query(server.databaseUrl, "SELECT price, compare_at_price FROM variant WHERE id = $1", [row!.id])).toEqual([before]);
  });

  it("answers a field aliased __proto__ as graphql-js does, on every run", async () => {
    const body = { query: `{ products(first: 2, sort: TITLE_ASC) { nodes { __proto__: title slug } } first: products(first: 1) { __proto__: totalCount } }` };
    const interpreted = await send(server, body);
    const nodes = (interpreted.body.data as { products: { nodes: Record<string, unknown>[] } }).products.nodes;
    expect(Object.keys(nodes[0]!)).toEqual(["__proto__", "slug"]);
    for (let run = 0; run < 3; run++) {
      const compiledRun = await send(compiledServer, body);
      const defaultRun = await send(server, body);
      expect(JSON.stringify(compiledRun.body)).toBe(JSON.stringify(interpreted.body));
      expect(JSON.stringify(defaultRun.body)).toBe(JSON.stringify(interpreted.body));
    }
  });
});

describe("execution router", () => {
  it("compiles an operation with a large answer from its second run, and leaves small ones interpreted", async () => {
    // An operation of its own: the other tests' runs of CATALOG_PAGE must not count here.
    const large = { query: CATALOG_PAGE.replace("query Page(", "query RouterPage("), variables: { withVariants: true, first: 12 } };
    const runs = [await send(server, large), await send(server, large), await send(server, large)];
    expect(JSON.stringify(runs[0]!.body).length).toBeGreaterThan(4096);
    expect(runs.map((r) => r.execution)).toEqual(["interpreted", "compiled", "compiled"]);
    expect(runs[2]!.body).toEqual(runs[0]!.body);

    const small = { query: `query Small { hello products(first: 1) { totalCount } }`, operationName: "Small" };
    const smallRuns = [await send(server, small), await send(server, small), await send(server, small)];
    expect(smallRuns.map((r) => r.execution)).toEqual(["interpreted", "interpreted", "interpreted"]);
  });
});
