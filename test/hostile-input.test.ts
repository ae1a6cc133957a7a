/**
 * Nothing a client sends reaches an internal error: every string input of the schema with hostile
 * values, forged cursors, absurd nesting, malformed URLs, subscriptions and bad variables over both
 * transports. Run against a production server and a default one, since masking differs; each
 * refusal is a 4xx or a typed error, changes nothing and logs nothing as an error.
 */
import { randomUUID } from "node:crypto";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../src/modules/identity/permission.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { createCoupon, createVariant, placeOrder, readyCart } from "./helpers/commerce.js";
import { query } from "./helpers/database.js";
import { operationFor, stringInputs, type Fixtures } from "./helpers/schema-walk.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

/** Refused before execution, whatever field they are sent to. */
const UNSTORABLE = { nul: "a\u0000b", surrogate: "a\ud800b" };
/** Each field takes them or answers a typed error. */
const HOSTILE_STRINGS = ["x".repeat(100_000), "\u202eevil\u202c.exe", "%_\\'\"; DROP TABLE product; --", "\u0001\u007f\u0085", "ẞ😀\u0301\ufeff"];
const HOSTILE_DATES = ["275760-09-13T00:00:00.000Z", "0000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "9999-12-31T23:59:59.999Z", "yesterday"];

type Callers = Record<"anonymous" | "customer" | "staff", Record<string, string>>;

/** Every table's row count, to show that refused requests changed nothing. */
async function rowCounts(server: TestServer): Promise<Record<string, unknown>[]> {
  // Cost buckets left out: a refused request is still charged to its caller's bucket.
  const tables = await query<{ name: string }>(server.databaseUrl, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'cost_bucket' ORDER BY 1");
  return query(server.databaseUrl, tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM "${t.name}"`).join(" UNION ALL "));
}

async function fixturesOf(server: TestServer, callers: Callers): Promise<Fixtures> {
  const variant = await createVariant(server, { onHand: 50 });
  await readyCart(server, [{ variant, quantity: 1 }], callers.customer);
  const placed = await placeOrder(server, callers.customer, { paymentMethod: "manual" });
  expect(placed.body.data?.placeOrder.__typename).toBe("OrderPlaced");
  await readyCart(server, [{ variant, quantity: 1 }], callers.customer);
  await createCoupon(server, { kind: "PERCENTAGE", percentBps: 1000 });
  const address = await server.post({ query: `mutation { createAddress(input: { firstName: "A", lastName: "B", line1: "1 Way", city: "Berlin", postalCode: "10115", countryCode: "DE" }) { __typename } }` }, callers.customer);
  expect((await bodyOf(address)).data?.createAddress).toEqual({ __typename: "AddressCreated" });
  const tables: Record<string, string> = {
    Product: "product", Variant: "variant", Collection: "collection", Order: "shop_order", Coupon: "coupon", Role: "role",
    Staff: "staff", Customer: "customer", Address: "address", CartLine: "cart_line",
  };
  const ids: Record<string, string> = { Image: toGlobalId("Image", randomUUID()) };
  for (const [type, table] of Object.entries(tables)) {
    const [row] = await query<{ id: string }>(server.databaseUrl, `SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    ids[type] = toGlobalId(type, row!.id);
  }
  const [product] = await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM product WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1");
  const [collection] = await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM collection ORDER BY slug LIMIT 1");
  const [order] = await query<{ code: string }>(server.databaseUrl, "SELECT code FROM shop_order LIMIT 1");
  return {
    ids,
    strings: { slug: product!.slug, code: order!.code, email: "someone@example.test", password: "a long enough password", paymentMethod: "test", countryCode: "DE", query: "shirt" },
    wayIn: { Product: `product(slug: "${product!.slug}")`, Collection: `collection(slug: "${collection!.slug}")`, Customer: "me" },
  };
}

const errorLogs = (server: TestServer) => server.logs.filter((line) => (line.level as number) >= 50);

function wsRun(client: Client, payload: { query: string; variables?: Record<string, unknown> }): Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe(payload, { next: (value) => (result = value), error: (errors) => resolve({ errors: errors as never }), complete: () => resolve(result as never) });
    setTimeout(() => reject(new Error("timeout")), 5000);
  });
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
const decoded = (value: string) => JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];

describe.each(["production", "test"])("hostile input (NODE_ENV=%s)", (nodeEnv) => {
  let server: TestServer;
  let callers: Callers;
  let fixtures: Fixtures;
  beforeAll(async () => {
    // A body limit above the longest hostile string, so that it reaches the fields.
    server = await startTestServer({ NODE_ENV: nodeEnv, BODY_LIMIT_BYTES: String(1024 * 1024) });
    await seedTestCatalog(server, 4);
    callers = { anonymous: {}, customer: { authorization: (await customerHeaders(server)).authorization }, staff: { authorization: (await staffHeaders(server, Object.values(Permission))).authorization } };
    fixtures = await fixturesOf(server, callers);
  });
  afterAll(async () => {
    expect(errorLogs(server)).toEqual([]);
    await server.stop();
  });

  it("finds the string inputs of the schema", () => {
    const owners = new Set(stringInputs().map((input) => input.owner));
    for (const owner of ["Query.greeting", "Mutation.login", "Mutation.applyCoupon", "Query.orders", "Product.variants", "Mutation.setCartShippingAddress"]) expect(owners).toContain(owner);
    // Every field with string inputs can be reached (a new nested one needs a way in above).
    for (const input of stringInputs()) expect(operationFor(input, ["x"], fixtures), input.owner).toBeDefined();
  });

  it("refuses U+0000 and unpaired surrogates in every string input before anything runs", async () => {
    const before = await rowCounts(server);
    for (const input of stringInputs().filter((i) => i.scalar !== "DateTimeISO")) {
      for (const value of Object.values(UNSTORABLE)) {
        const operation = operationFor(input, [value], fixtures)!;
        const response = await server.post(operation, callers.staff);
        const body = await bodyOf(response);
        expect([response.status, body.errors[0]?.extensions], `${input.owner} ${input.path.join(".")}`).toEqual([400, { code: "BAD_USER_INPUT", argument: `$v0_${input.path.join(".")}` }]);
      }
    }
    expect(await rowCounts(server)).toEqual(before);
  });

  it("refuses them in literals too, naming the argument", async () => {
    const literal = await bodyOf(await server.post({ query: `{ greeting(name: "a\\u0000b") { timesGreeted } }` }));
    expect(literal.errors[0]!.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "name" });
    const nested = await server.post({ query: `mutation { login(input: { email: "x@example.test\\u0000", password: "whatever it is" }) { __typename } }` });
    expect(nested.status).toBe(400);
    expect((await bodyOf(nested)).errors[0]!.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.email" });
  });

  it("answers every other hostile string, for every caller, with data or a typed error", { timeout: 180_000 }, async () => {
    for (const input of stringInputs()) {
      const operation = operationFor(input, input.scalar === "DateTimeISO" ? HOSTILE_DATES : HOSTILE_STRINGS, fixtures)!;
      for (const [caller, headers] of Object.entries(callers)) {
        const response = await server.post(operation, headers);
        const body = await bodyOf(response);
        const internal = (body.errors ?? []).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
        expect({ status: response.status < 500, internal }, `${caller}: ${input.owner} ${input.path.join(".")}`).toEqual({ status: true, internal: [] });
      }
    }
  });

  it("refuses forged cursors of every list as BAD_USER_INPUT", async () => {
    const [movement] = await query<{ variant_id: string }>(server.databaseUrl, "SELECT variant_id FROM stock_movement LIMIT 1");
    const lists = [
      ["products(first: 1, sort: NEWEST, $arg)", "products", callers.anonymous],
      ["products(first: 1, sort: TITLE_ASC, $arg)", "products", callers.anonymous],
      ["products(first: 1, sort: PRICE_DESC, $arg)", "products", callers.anonymous],
      ["search(query: \"a\", first: 1, sort: RELEVANCE, $arg)", "search", callers.anonymous],
      ["collections(first: 1, $arg)", "collections", callers.anonymous],
      ["orders(first: 1, $arg)", "orders", callers.staff],
      ["coupons(first: 1, $arg)", "coupons", callers.staff],
      [`stockMovements(variantId: "${toGlobalId("Variant", movement!.variant_id)}", first: 1, $arg)`, "stockMovements", callers.staff],
    ] as const;
    const forgeries = ["not-a-date", "2026-13-45T99:00:00.000Z", "00000000-0000-0000-0000-00000000000g", 1e300, 2 ** 53, -(2 ** 31) - 1, 1.5, "a\u0000b", null, {}];
    for (const [field, name, headers] of lists) {
      const first = await bodyOf(await server.post({ query: `{ ${field.replace(", $arg", "")} { pageInfo { endCursor } } }` }, headers));
      const real = (first.data![name] as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
      expect(real, field).toBeTruthy();
      const [ordering, ...keys] = decoded(real!);
      for (const [position] of keys.entries()) {
        for (const forged of forgeries) {
          const key = keys.map((k, i) => (i === position ? forged : k));
          for (const argument of ["after", "before"]) {
            const text = `{ ${field.replace("$arg", `${argument}: "${cursor([ordering, ...key])}"`)} { nodes { __typename } } }`;
            const body = await bodyOf(await server.post({ query: text.replace(/first: 1, (.*before)/, "last: 1, $1") }, headers));
            expect(body.errors?.[0]?.extensions?.code ?? "ok", `${field} ${argument} key ${position} = ${JSON.stringify(forged)}`).toMatch(/^(BAD_USER_INPUT|ok)$/);
          }
        }
      }
    }
  });

  it("refuses variables nested 10,000 deep with 400, over POST and GET", async () => {
    const nested = `${"[".repeat(10_000)}"x"${"]".repeat(10_000)}`;
    const post = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"query Deep($v: [ID!]!) { nodes(ids: $v) { __typename } }","variables":{"v":${nested}}}`,
    });
    expect(post.status).toBe(400);
    expect((await bodyOf(post)).errors[0]!.extensions?.code).toBe("BAD_REQUEST");
    // As deep as a URL within Node's header size limit goes.
    const shallower = `${"[".repeat(1_500)}"x"${"]".repeat(1_500)}`;
    const get = await fetch(`${server.url}?query=${encodeURIComponent("query Deep($v: [ID!]!) { nodes(ids: $v) { __typename } }")}&variables=${encodeURIComponent(`{"v":${shallower}}`)}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(400);
    expect((await bodyOf(get)).errors[0]!.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a malformed percent-encoding in an image URL with 400", async () => {
    const response = await fetch(`${server.origin}/images/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0]!.extensions?.code).toBe("BAD_REQUEST");
  });

  it("refuses a subscription over HTTP before it runs", async () => {
    for (const query of ["subscription { orderPlaced { code } }", "subscription { hello }"]) {
      const response = await server.post({ query });
      expect(response.status).toBe(400);
      expect((await bodyOf(response)).errors).toContainEqual(
        expect.objectContaining({ message: "Subscriptions run over WebSocket (graphql-ws on /graphql), not over HTTP.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
      );
    }
  });

  describe("over WebSocket", () => {
    let client: Client;
    beforeAll(() => {
      client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
    });
    afterAll(async () => {
      await client.dispose();
    });

    it("refuses a subscription to an unknown field, or to two fields at once, before it starts", async () => {
      const unknown = await wsRun(client, { query: "subscription { hello }" });
      expect(unknown.errors?.[0]).toMatchObject({ message: 'Cannot query field "hello" on type "Subscription".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
      const two = await wsRun(client, { query: "subscription { orderPlaced { code } cartUpdated { id } }" });
      expect(two.errors?.[0]).toMatchObject({ message: "Anonymous Subscription must select only one top level field.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    });

    it("answers bad subscription variables with BAD_USER_INPUT before anything starts", async () => {
      const watch = "subscription Watch($orderId: ID) { orderUpdated(orderId: $orderId) { code } }";
      for (const variables of [{ orderId: 5.5 }, { orderId: ["a"] }, { orderId: { deep: "x".repeat(500_000) } }]) {
        const result = await wsRun(client, { query: watch, variables });
        expect(result.errors?.[0]?.extensions, JSON.stringify(variables).slice(0, 50)).toEqual({ code: "BAD_USER_INPUT" });
      }
    });

    it("answers bad variables with BAD_USER_INPUT", async () => {
      const greeting = "query Greeting($name: String!) { greeting(name: $name) { timesGreeted } }";
      for (const variables of [{ name: 5 }, {}, { name: ["a"] }, { name: { deep: [[["x"]]] } }]) {
        const result = await wsRun(client, { query: greeting, variables });
        expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toEqual({ code: "BAD_USER_INPUT" });
      }
    });

    it("refuses U+0000 in variables and literals", async () => {
      const variable = await wsRun(client, { query: "query Greeting($name: String!) { greeting(name: $name) { timesGreeted } }", variables: { name: UNSTORABLE.nul } });
      expect(variable.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$name" });
      const literal = await wsRun(client, { query: `{ greeting(name: "a\\u0000") { timesGreeted } }` });
      expect(literal.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "name" });
    });
  });
});
