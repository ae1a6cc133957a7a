/**
 * The response cache: which requests it answers, and that no change to the catalog, made through
 * the API or behind its back, leaves a stale answer behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { listenForChanges } from "../src/db/change-listener.js";
import { ResponseCache } from "../src/graphql/response-cache.js";
import { CATALOG_CHANGED_CHANNEL } from "../src/graphql/response-cache-policy.js";
import { createLogger } from "../src/shared/logger.js";
import { Permission } from "../src/modules/identity/permission.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { createVariant, placeOrder, readyCart } from "./helpers/commerce.js";
import { query } from "./helpers/database.js";
import { bodyOf, splitCost, startTestServer, waitFor, type TestServer } from "./helpers/server.js";

/** A change feed that is always connected and always caught up. */
const heard = { connected: true, caughtUp: async () => undefined };

describe("ResponseCache", () => {
  const answer = (body: string) => ({ status: 200, headers: [["content-type", "application/json"]] as [string, string][], body, operationName: undefined });

  it("drops everything on invalidate and refuses answers computed before it", () => {
    const cache = new ResponseCache(1 << 20, 60_000, heard);
    const before = cache.generation;
    cache.set("a", answer("A"), before);
    expect(cache.get("a")?.body).toBe("A");
    cache.invalidate();
    expect(cache.get("a")).toBeUndefined();
    cache.set("b", answer("B"), before);
    expect(cache.get("b")).toBeUndefined();
    cache.set("b", answer("B"), cache.generation);
    expect(cache.get("b")?.body).toBe("B");
  });

  it("stays within its size, evicting the least recently used first", () => {
    const cache = new ResponseCache(64 * 1024, 60_000, heard);
    const body = "x".repeat(2000);
    for (let i = 0; i < 40; i++) {
      cache.set(`key-${i}`, answer(body), cache.generation);
      // Key 0 stays in use, so it is never the least recently used.
      expect(cache.get("key-0")).toBeDefined();
    }
    expect(cache.size).toBeLessThan(40);
    expect(cache.size).toBeGreaterThan(5);
    expect(cache.get("key-1")).toBeUndefined();
    expect(cache.get("key-39")).toBeDefined();
    // One answer bigger than an eighth of the cache is not kept at all.
    cache.set("huge", answer("x".repeat(5000)), cache.generation);
    expect(cache.get("huge")).toBeUndefined();
  });

  it("serves nothing while untrusted, and nothing past its time to live", async () => {
    let trusted = true;
    const cache = new ResponseCache(1 << 20, 50, { get connected() { return trusted; }, caughtUp: heard.caughtUp });
    cache.set("a", answer("A"), cache.generation);
    trusted = false;
    expect(cache.get("a")).toBeUndefined();
    cache.set("a", answer("A"), cache.generation);
    trusted = true;
    expect(cache.get("a")).toBeUndefined();
    cache.set("a", answer("A"), cache.generation);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(cache.get("a")).toBeUndefined();
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE_MB: "16" });
  await seedTestCatalog(server, 8);
});
afterAll(async () => {
  await server.stop();
});

const PRODUCT = `query ($slug: String!) { product(slug: $slug) { title availableForSale variants(first: 10) { nodes { sku availableForSale } } } }`;

/** One request, with how it was answered and how many SQL statements it ran (from the access log). */
async function send(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const requestId = `cache-${Math.random().toString(36).slice(2)}`;
  const response = await server.post(body, { "x-request-id": requestId, ...headers });
  const json = splitCost(await bodyOf(response)).body;
  const line = await server.accessLine(requestId);
  return { status: response.status, type: response.headers.get("content-type"), json, execution: line.execution, sql: line.sqlStatements };
}

async function slugs(): Promise<string[]> {
  return (await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM product ORDER BY slug")).map((row) => row.slug);
}

/** Sends `body` until `done` holds for the answer (the database's notification is on its way), at most ~3 s. */
async function eventually(body: Record<string, unknown>, done: (answer: Awaited<ReturnType<typeof send>>) => boolean) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await send(body);
    if (done(answer)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the cache never caught up");
}

describe("response cache over HTTP", () => {
  it("answers a repeated anonymous catalog read from memory, without SQL", async () => {
    const body = { query: PRODUCT, variables: { slug: (await slugs())[0] } };
    const first = await send(body);
    const second = await send(body);
    expect(first.execution).not.toBe("cached");
    expect(first.sql).toBeGreaterThan(0);
    expect(second).toMatchObject({ status: 200, execution: "cached", sql: 0, type: first.type });
    expect(second.json).toEqual(first.json);
    // Another variable value, or another response format, is another entry.
    expect((await send({ query: PRODUCT, variables: { slug: (await slugs())[1] } })).execution).not.toBe("cached");
    expect((await send(body, { accept: "application/graphql-response+json" })).execution).not.toBe("cached");
  });

  it("never answers signed-in callers, other fields, or answers with errors from memory", async () => {
    const slug = (await slugs())[2];
    const { authorization } = await customerHeaders(server);
    const signedIn = [await send({ query: PRODUCT, variables: { slug } }, { authorization }), await send({ query: PRODUCT, variables: { slug } }, { authorization })];
    expect(signedIn.map((a) => a.execution)).not.toContain("cached");
    const others = [`{ hello }`, `{ hello products(first: 1) { totalCount } }`, `{ ... on Query { products(first: 1) { totalCount } } }`, `{ product(id: "garbage") { title } }`];
    for (const text of others) {
      const answers = [await send({ query: text }), await send({ query: text })];
      expect(answers.map((a) => a.execution), text).not.toContain("cached");
    }
    const debug = [await send({ query: PRODUCT, variables: { slug } }, { "x-debug-sql": "1" }), await send({ query: PRODUCT, variables: { slug } }, { "x-debug-sql": "1" })];
    expect(debug.map((a) => a.execution)).not.toContain("cached");
  });

  it("keeps its answers across mutations that commit no catalog change", async () => {
    const slug = (await slugs())[4]!;
    const body = { query: PRODUCT, variables: { slug } };
    const [row] = await query<{ id: string; version: number; title: string }>(server.databaseUrl, "SELECT id, version, title FROM product WHERE slug = $1", [slug]);
    const staff = await staffHeaders(server, [Permission.CATALOG_READ, Permission.CATALOG_WRITE]);
    const customer = await customerHeaders(server);
    const variant = await createVariant(server, { onHand: 5 });
    await eventually(body, (a) => a.execution === "cached");
    const mutations: [string, Record<string, unknown>, Record<string, string>, string][] = [
      [`mutation { __typename }`, {}, {}, "Mutation"],
      [`mutation { greet(input: { name: "cache" }) { __typename } }`, {}, {}, "Greeted"],
      // A refused update writes nothing, so nothing is dropped.
      [
        `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { __typename } }`,
        { input: { id: Buffer.from(`Product:${row!.id}`).toString("base64url"), version: row!.version + 7, title: "Never" } },
        staff,
        "VersionConflict",
      ],
      [`mutation { placeOrder(input: { idempotencyKey: "k1", paymentMethod: "test" }) { __typename } }`, {}, {}, "EmptyCart"],
      [`mutation { placeOrder(input: { idempotencyKey: "k2", paymentMethod: "test" }) { __typename } }`, {}, { authorization: customer.authorization }, "EmptyCart"],
      [`mutation ($id: ID!) { addCartLines(input: { lines: [{ variantId: $id, quantity: 1 }] }) { __typename } }`, { id: variant.globalId }, {}, "CartUpdated"],
    ];
    for (const [text, variables, headers, expected] of mutations) {
      const answer = await send({ query: text, variables }, headers);
      expect(JSON.stringify(answer.json.data), text).toContain(expected);
      expect((await send(body)).execution, text).toBe("cached");
    }
    const [after] = await query<{ version: number; title: string }>(server.databaseUrl, "SELECT version, title FROM product WHERE slug = $1", [slug]);
    expect(after).toEqual({ version: row!.version, title: row!.title });
  });

  it("shows a committed catalog change made on this instance to the very next read", async () => {
    const slug = (await slugs())[3]!;
    const body = { query: PRODUCT, variables: { slug } };
    const staff = await staffHeaders(server, [Permission.CATALOG_READ, Permission.CATALOG_WRITE]);
    const [row] = await query<{ id: string; version: number }>(server.databaseUrl, "SELECT id, version FROM product WHERE slug = $1", [slug]);
    const id = Buffer.from(`Product:${row!.id}`).toString("base64url");
    let version = row!.version;
    for (let round = 0; round < 10; round++) {
      await eventually(body, (a) => a.execution === "cached");
      const updated = await send(
        { query: `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { ... on ProductUpdated { product { version } } } }`, variables: { input: { id, version, title: `Renamed ${round}` } } },
        staff,
      );
      version = (updated.json.data as { updateProduct: { product: { version: number } } }).updateProduct.product.version;
      const after = await send(body);
      expect(after.execution).not.toBe("cached");
      expect((after.json.data as { product: { title: string } }).product.title).toBe(`Renamed ${round}`);
    }
  });

  it("shows a guest the variant their own order sold out at once", async () => {
    const variant = await createVariant(server, { onHand: 2 });
    const [product] = await query<{ slug: string }>(server.databaseUrl, "SELECT p.slug FROM product p JOIN variant v ON v.product_id = p.id WHERE v.id = $1", [variant.id]);
    const body = { query: PRODUCT, variables: { slug: product!.slug } };
    await eventually(body, (a) => a.execution === "cached");
    const guest = await readyCart(server, [{ variant, quantity: 2 }]);
    expect((await send(body)).execution).toBe("cached");
    expect((await placeOrder(server, guest)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
    const after = await send(body, guest);
    expect(after.execution).not.toBe("cached");
    expect((after.json.data as { product: { availableForSale: boolean } }).product.availableForSale).toBe(false);
  });

  it("has heard of every change committed before caughtUp returns", async () => {
    const pool = new pg.Pool({ connectionString: server.databaseUrl, max: 4 });
    let notified = 0;
    const listener = listenForChanges(pool, CATALOG_CHANGED_CHANNEL, createLogger("silent").log, () => notified++);
    try {
      while (!listener.connected) await new Promise((resolve) => setTimeout(resolve, 10));
      const slug = (await slugs())[7]!;
      for (let round = 0; round < 50; round++) {
        const before = notified;
        await pool.query("UPDATE product SET title = title WHERE slug = $1", [slug]);
        await listener.caughtUp();
        expect(notified).toBeGreaterThan(before);
      }
      // Callers at once share round trips, and each still hears of its own change.
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const before = notified;
          await pool.query("UPDATE product SET title = title WHERE slug = $1", [slug]);
          await listener.caughtUp();
          expect(notified).toBeGreaterThan(before);
        }),
      );
    } finally {
      await listener.close();
      await pool.end();
    }
  });

  it("learns of changes made behind the API's back from PostgreSQL", async () => {
    const slug = (await slugs())[5]!;
    const body = { query: PRODUCT, variables: { slug } };
    await send(body);
    expect((await send(body)).execution).toBe("cached");
    await query(server.databaseUrl, "UPDATE product SET title = 'Renamed by SQL' WHERE slug = $1", [slug]);
    await eventually(body, (a) => (a.json.data as { product: { title: string } }).product.title === "Renamed by SQL");
    // An unpublished product disappears for anonymous callers too.
    await query(server.databaseUrl, "UPDATE product SET status = 'DRAFT' WHERE slug = $1", [slug]);
    await eventually(body, (a) => (a.json.data as { product: unknown }).product === null);
  });

  it("ignores stock moves until one changes whether a variant can be bought", async () => {
    const [variant] = await query<{ id: string; slug: string; sku: string }>(
      server.databaseUrl,
      `SELECT v.id, p.slug, v.sku FROM variant v JOIN product p ON p.id = v.product_id
        WHERE p.status = 'ACTIVE' AND v.track_inventory AND NOT v.allow_backorder AND v.stock_on_hand - v.stock_allocated >= 3 ORDER BY v.sku LIMIT 1`,
    );
    const body = { query: PRODUCT, variables: { slug: variant!.slug } };
    await send(body);
    expect((await send(body)).execution).toBe("cached");
    // Notifications arrive in commit order: once one sent after the stock move is heard, any the
    // move sent would have been heard before it.
    const listener = new pg.Client({ connectionString: server.databaseUrl });
    await listener.connect();
    try {
      const channels: string[] = [];
      listener.on("notification", (notification) => channels.push(notification.channel));
      await listener.query(`LISTEN ${CATALOG_CHANGED_CHANNEL}; LISTEN test_barrier`);
      await query(server.databaseUrl, "UPDATE variant SET stock_allocated = stock_allocated + 1 WHERE id = $1", [variant!.id]);
      await query(server.databaseUrl, "NOTIFY test_barrier");
      await waitFor(() => (channels.includes("test_barrier") ? true : undefined), "the barrier notification");
      expect(channels).toEqual(["test_barrier"]);
    } finally {
      await listener.end();
    }
    expect((await send(body)).execution).toBe("cached");
    await query(server.databaseUrl, "UPDATE variant SET stock_allocated = stock_on_hand WHERE id = $1", [variant!.id]);
    const soldOut = await eventually(body, (a) => a.execution !== "cached");
    const nodes = (soldOut.json.data as { product: { variants: { nodes: { sku: string; availableForSale: boolean }[] } } }).product.variants.nodes;
    expect(nodes.find((n) => n.sku === variant!.sku)!.availableForSale).toBe(false);
  });

  it("answers nothing from memory while it cannot hear about changes, and resumes after reconnecting", async () => {
    const body = { query: PRODUCT, variables: { slug: (await slugs())[6] } };
    await send(body);
    expect((await send(body)).execution).toBe("cached");
    const [terminated] = await query<{ n: number }>(
      server.databaseUrl,
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'listen:${CATALOG_CHANGED_CHANNEL}'`,
    );
    expect(terminated!.n).toBe(1);
    await eventually(body, (a) => a.execution !== "cached");
    expect(server.logs.some((l) => l.msg === "change listener lost its connection; retrying")).toBe(true);
    await eventually(body, (a) => a.execution === "cached");
  });
});
