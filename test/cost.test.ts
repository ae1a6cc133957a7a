/** The cost budget over HTTP: priced before execution, refused above the maximum, throttled per bucket, shared by instances. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../src/modules/identity/permission.js";
import { graphql } from "./gql/index.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { aliases, greets, SEVEN_BY_SEVEN, type Cost } from "./helpers/cost.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { query } from "./helpers/database.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const StorefrontPage = graphql(`
  query StorefrontPage {
    products(first: 20) {
      nodes {
        title
        slug
        priceRange { min { amount currencyCode } }
        variants(first: 10) { nodes { sku price { amount } availableForSale } }
      }
    }
  }
`);

const AdminOrderList = graphql(`
  query AdminOrderList {
    orders(first: 50) {
      totalCount
      nodes { id code state email placedAt lines { sku quantity } totals { total { amount currencyCode } } }
    }
  }
`);

/** The 1.5 kB query's n × n × n cousin; at 10 (2.2 kB): 30 aliases in the document, 1,110 once its fragments expand. */
const cube = (n: number) => `query Cube { ${aliases(n, (i) => `p${i}: products(first: 100) { ...A }`)} }
fragment A on ProductConnection { nodes { title ${aliases(n, (i) => `c${i}: collections { ...B }`)} } }
fragment B on Collection { title ${aliases(n, (i) => `q${i}: products(first: 100) { nodes { title variants(first: 100) { nodes { sku price { amount } } } } }`)} }`;

const from = (address: string) => ({ "x-forwarded-for": address });
const costOf = (body: { extensions?: Record<string, unknown> }) => body.extensions?.cost as Cost;

/** The configured defaults rather than the test servers' big buckets (an empty variable is unset). */
const DEFAULT_BUCKETS = { COST_BUCKET_SIZE: "", COST_RESTORE_RATE: "", STAFF_COST_BUCKET_SIZE: "", STAFF_COST_RESTORE_RATE: "" };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ...DEFAULT_BUCKETS, TRUST_PROXY: "1" });
  await seedTestCatalog(server, 30);
});
afterAll(async () => {
  await server.stop();
});

describe("cost with the default limits", () => {
  it("lets a storefront page (20 products × 10 variants) and an admin order list run, each reporting its cost", async () => {
    const page = await server.gql(StorefrontPage, undefined, { headers: from("192.0.2.1") });
    expect(page.status).toBe(200);
    expect(page.body.data?.products.nodes).toHaveLength(20);
    expect((page.cost as Cost)).toMatchObject({ requestedQueryCost: 481, throttleStatus: { maximumAvailable: 2000, restoreRate: 100 } });
    // Fewer variants came back than the page sizes allow: the actual cost is lower, the difference given back.
    const { actualQueryCost, throttleStatus } = (page.cost as Cost);
    expect(actualQueryCost).toBeLessThan(481);
    expect(throttleStatus!.currentlyAvailable).toBe(2000 - actualQueryCost);

    const clerk = await staffHeaders(server, [Permission.ORDERS_READ]);
    const orders = await server.gql(AdminOrderList, undefined, { headers: clerk });
    expect(orders.status).toBe(200);
    expect(orders.body.errors).toBeUndefined();
    expect((orders.cost as Cost)).toMatchObject({ requestedQueryCost: 1 + 50 * 13, actualQueryCost: 1, throttleStatus: { maximumAvailable: 10_000, currentlyAvailable: 9999, restoreRate: 500 } });
  });

  it("reports the cost on every answer: customers, refusals by validation and syntax errors", async () => {
    const customer = await customerHeaders(server);
    const signedIn = await server.post({ query: "{ hello }" }, customer);
    expect(costOf(await bodyOf(signedIn))).toEqual({ requestedQueryCost: 1, actualQueryCost: 1, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1999, restoreRate: 100 } });
    const thirtyOneAliases = `{ ${aliases(31, (i) => `a${i}: hello`)} }`;
    // A document refused by the alias limit alone is otherwise valid, so it is priced (1) all the same.
    for (const [invalid, requested] of [["{ noSuchField }", null], ["{ hello", null], [thirtyOneAliases, 1]] as const) {
      const body = await bodyOf(await server.post({ query: invalid }, from("192.0.2.2")));
      expect(body.errors[0].extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
      expect(costOf(body)).toMatchObject({ requestedQueryCost: requested, actualQueryCost: 1 });
    }
  });

  it.each([
    ["the 1.5 kB query", SEVEN_BY_SEVEN, "192.0.2.3"],
    ["the 10 × 10 × 10 query", cube(10), "192.0.2.5"],
  ])("refuses %s before execution naming its cost and the maximum, its aliases counted per spread, while other clients are served", async (_name, heavy, address) => {
    expect(heavy.length).toBeGreaterThan(1000);
    const [refused, hello] = await Promise.all([server.post({ query: heavy }, { ...from(address), "x-debug-sql": "1" }), server.post({ query: "{ hello }" }, from("192.0.2.4"))]);
    expect(refused.status).toBe(400);
    const body = await bodyOf(refused);
    expect(body.data).toBeUndefined();
    const cost = costOf(body).requestedQueryCost!;
    expect(cost).toBeGreaterThan(1_000_000);
    expect(body.errors).toEqual([
      { message: `Query cost ${cost} exceeds the maximum of 2000.`, extensions: { code: "MAX_COST_EXCEEDED", cost, maximumCost: 2000 } },
      expect.objectContaining({ message: "Too many aliases: the limit is 30.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases" } }),
    ]);
    expect(body.extensions?.sqlStatements).toBe(0);
    // Charged what any refused request is: the minimum.
    expect(costOf(body)).toEqual({ requestedQueryCost: cost, actualQueryCost: 1, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1999, restoreRate: 100 } });
    expect((await bodyOf(hello)).data).toEqual({ hello: "Hello, World!" });
  });
});

describe("the maximum cost of one operation", () => {
  let lenient: TestServer;
  beforeAll(async () => {
    // Aliases unlimited: only the cost stands between these queries and the database.
    lenient = await startTestServer({ MAX_QUERY_ALIASES: "1000" }, { sharedDatabaseUrl: server.databaseUrl });
  });
  afterAll(async () => {
    await lenient.stop();
  });

  it.each([
    ["the 1.5 kB query", SEVEN_BY_SEVEN],
    // 819 aliases once expanded: under the largest alias limit there is.
    ["the 9 × 9 × 9 query", cube(9)],
  ])("refuses %s before execution with an error naming its cost and the limit", async (_name, heavy) => {
    const refused = await lenient.post({ query: heavy }, { "x-debug-sql": "1" });
    expect(refused.status).toBe(400);
    const body = await bodyOf(refused);
    expect(body.data).toBeUndefined();
    expect(body.extensions?.sqlStatements).toBe(0);
    const cost = costOf(body).requestedQueryCost!;
    expect(cost).toBeGreaterThan(1_000_000);
    expect(body.errors[0]).toEqual({ message: `Query cost ${cost} exceeds the maximum of 2000.`, extensions: { code: "MAX_COST_EXCEEDED", cost, maximumCost: 2000 } });
    expect(costOf(body).actualQueryCost).toBe(1);
  });

  it("runs what is just at the limit and refuses one more", async () => {
    // 19 × 101 + (1 + n): 2000 with n = 80.
    const query = `query ($n: Int) { ${aliases(19, (i) => `p${i}: products(first: 100) { nodes { title } }`)} last: products(first: $n) { nodes { title } } }`;
    const at = await bodyOf(await lenient.post({ query, variables: { n: 80 } }));
    expect(at.errors).toBeUndefined();
    expect(costOf(at)).toMatchObject({ requestedQueryCost: 2000 });
    const over = await bodyOf(await lenient.post({ query, variables: { n: 81 } }));
    expect(over.errors[0]).toMatchObject({ message: "Query cost 2001 exceeds the maximum of 2000.", extensions: { code: "MAX_COST_EXCEEDED" } });
  });
});

describe("buckets shared by two instances on one database", () => {
  const SMALL = { TRUST_PROXY: "1", MAX_QUERY_COST: "100", COST_BUCKET_SIZE: "100", COST_RESTORE_RATE: "1" };
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer(SMALL, { sharedDatabaseUrl: server.databaseUrl });
    second = await startTestServer(SMALL, { sharedDatabaseUrl: server.databaseUrl });
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });
  const greetings = async () => (await query<{ n: number }>(server.databaseUrl, "SELECT coalesce(sum(count), 0)::int AS n FROM greeting"))[0]!.n;

  it("throttles a client that keeps writing anonymously, whichever instance it asks, and nothing runs once throttled", async () => {
    const before = await greetings();
    const answers: { status: number; body: Awaited<ReturnType<typeof bodyOf>>; retryAfter: string | null }[] = [];
    // Each request is 3 greetings, 3 × (10 + 1) = 33 points; a bucket of 100 holds three.
    for (let i = 0; i < 6; i++) {
      const response = await (i % 2 ? second : first).post({ query: greets(3) }, from("198.51.100.7"));
      answers.push({ status: response.status, body: await bodyOf(response), retryAfter: response.headers.get("retry-after") });
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429, 429]);
    expect(answers.slice(0, 3).map((a) => costOf(a.body).throttleStatus!.currentlyAvailable)).toEqual([67, 34, 1]);
    for (const { body, retryAfter } of answers.slice(3)) {
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toMatchObject({ code: "THROTTLED" });
      const wait = body.errors[0].extensions!.retryAfterSeconds as number;
      // 33 needed, about 1 there, 1 point back per second.
      expect(wait).toBeGreaterThanOrEqual(29);
      expect(wait).toBeLessThanOrEqual(32);
      expect(Number(retryAfter)).toBe(wait);
      expect(body.errors[0].message).toMatch(/^Throttled: this operation costs 33, \d of 100 points are available and 1 come back per second\.$/);
      expect(costOf(body)).toMatchObject({ requestedQueryCost: 33, actualQueryCost: 0 });
    }
    expect((await greetings()) - before).toBe(9);

    // Another client, on either instance, has its own bucket.
    const other = await second.post({ query: greets(3) }, from("198.51.100.8"));
    expect(other.status).toBe(200);
    expect(costOf(await bodyOf(other)).throttleStatus!.currentlyAvailable).toBe(67);
  });

  it("gives back what an operation did not use, on the bucket every instance reads", async () => {
    const asked = await first.post({ query: "{ products(first: 99) { nodes { title } } }" }, from("198.51.100.9"));
    // 30 products came back of 99 asked for: 31 charged, 69 given back after the answer, to the
    // first instance's lease, which goes back to the shared bucket once idle (COST_LEASE_MS).
    expect(costOf(await bodyOf(asked))).toMatchObject({ requestedQueryCost: 100, actualQueryCost: 31, throttleStatus: { currentlyAvailable: 69 } });
    await expect
      .poll(async () => costOf(await bodyOf(await second.post({ query: "{ hello }" }, from("198.51.100.9")))).throttleStatus!.currentlyAvailable, { timeout: 5000 })
      .toBeGreaterThanOrEqual(60);
  });
});
