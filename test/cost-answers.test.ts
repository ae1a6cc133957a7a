/**
 * Every answer carries `extensions.cost`, whatever refused the request: each way a request can be
 * answered over HTTP and over WebSocket, each from a bucket of its own, so the exact figures show
 * what was charged (a refused request: the minimum, 1) and that nothing ran.
 */
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffHeaders } from "./helpers/auth.js";
import { greets, SEVEN_BY_SEVEN, type Cost } from "./helpers/cost.js";
import { query } from "./helpers/database.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const LIMITS = {
  TRUST_PROXY: "1", BODY_LIMIT_BYTES: "8192", MAX_QUERY_TOKENS: "1000", MAX_QUERY_DEPTH: "9", MAX_QUERY_COST: "100",
  COST_BUCKET_SIZE: "100", COST_RESTORE_RATE: "1", STAFF_COST_BUCKET_SIZE: "1000", STAFF_COST_RESTORE_RATE: "1",
};

type Payload = { query: string; variables?: Record<string, unknown>; operationName?: string };
type Answer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: { cost?: Cost; sqlStatements?: number } };
/** "priced": a number the test does not spell out (a document that is valid but refused). */
type Requested = number | null | "priced";

/** What a request from a fresh bucket of `size` reports after it ran, or was refused, and was charged 1. */
const chargedOne = (requested: Requested, size = 100): Cost => ({
  requestedQueryCost: requested === "priced" ? (expect.any(Number) as unknown as number) : requested,
  actualQueryCost: 1,
  throttleStatus: { maximumAvailable: size, currentlyAvailable: size - 1, restoreRate: 1 },
});

let nextAddress = 0;
/** A client address no request used before: a full bucket. */
const freshAddress = () => `198.18.${Math.floor(++nextAddress / 250)}.${nextAddress % 250}`;

/** 11 levels deep (the 1.5 kB query has 9), and cheap. */
const deep = "{ products(first: 1) { nodes { variants(first: 1) { nodes { product { variants(first: 1) { nodes { product { variants(first: 1) { nodes { sku } } } } } } } } } } }";

/** Operations, each refused or answered on either transport the same way: [name, payload, HTTP status, error code, requested cost]. */
const OPERATIONS: [string, Payload, number, string | undefined, Requested][] = [
  ["an operation that runs", { query: "{ hello }" }, 200, undefined, 1],
  ["a syntax error", { query: "{ hello" }, 400, "GRAPHQL_PARSE_FAILED", null],
  ["too many tokens", { query: `{ ${"hello ".repeat(1000)}}` }, 400, "GRAPHQL_PARSE_FAILED", null],
  ["an unknown field", { query: "{ noSuchField }" }, 400, "GRAPHQL_VALIDATION_FAILED", null],
  ["a subscription", { query: "subscription { hello }" }, 400, "GRAPHQL_VALIDATION_FAILED", null],
  ["too deep (priced: valid but for the depth)", { query: deep }, 400, "GRAPHQL_VALIDATION_FAILED", "priced"],
  ["too many aliases (priced: valid but for the aliases)", { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: hello`).join(" ")} }` }, 400, "GRAPHQL_VALIDATION_FAILED", 1],
  ["the 1.5 kB query (over the maximum and the alias limit)", { query: SEVEN_BY_SEVEN }, 400, "MAX_COST_EXCEEDED", "priced"],
  ["over the maximum cost", { query: "{ products(first: 100) { nodes { title } } }" }, 400, "MAX_COST_EXCEEDED", 101],
  ["a variable of the wrong type", { query: "query ($n: Int) { products(first: $n) { nodes { title } } }", variables: { n: "many" } }, 400, "BAD_USER_INPUT", 1],
  ["U+0000 in a variable", { query: "query ($s: String!) { search(query: $s, first: 50) { nodes { title } } }", variables: { s: "a\u0000b" } }, 400, "BAD_USER_INPUT", 51],
  ["U+0000 in a literal", { query: '{ search(query: "a\\u0000b", first: 50) { nodes { title } } }' }, 400, "BAD_USER_INPUT", 51],
  ["two operations and no name", { query: "query A { hello } query B { hello }" }, 400, "OPERATION_RESOLUTION_FAILURE", null],
  ["an unknown operation name", { query: "query A { hello }", operationName: "B" }, 400, "OPERATION_RESOLUTION_FAILURE", null],
];

type Send = (server: TestServer, headers: Record<string, string>) => Promise<Response>;
const post = (body: string, type = "application/json"): Send => (server, headers) => fetch(server.url, { method: "POST", headers: { "content-type": type, ...headers }, body });
const get = (search: string): Send => (server, headers) => fetch(`${server.url}${search}`, { headers: { "apollo-require-preflight": "1", ...headers } });
const streamed: Send = (server, headers) => {
  const chunk = new TextEncoder().encode(JSON.stringify({ query: "{ hello }", pad: "x".repeat(10_000) }));
  const body = new ReadableStream({ start: (controller) => (controller.enqueue(chunk), controller.close()) });
  return fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);
};
const nested = (depth: number) => `{"query":"{ hello }","variables":{"v":${"[".repeat(depth)}${"]".repeat(depth)}}}`;

/** Requests HTTP refuses before or around GraphQL: [name, request, status, error code, requested cost]. */
const HTTP_ONLY: [string, Send, number, string, Requested][] = [
  ["a body over BODY_LIMIT_BYTES", post(JSON.stringify({ query: "{ hello }", pad: "x".repeat(10_000) })), 413, "PAYLOAD_TOO_LARGE", null],
  ["a streamed body over BODY_LIMIT_BYTES", streamed, 413, "PAYLOAD_TOO_LARGE", null],
  ["a body that is not JSON", post("{ not json"), 400, "BAD_REQUEST", null],
  ["JSON nested 40 levels deep", post(nested(40)), 400, "BAD_REQUEST", null],
  ["a method other than GET and POST", (server, headers) => fetch(server.url, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: "{}" }), 405, "BAD_REQUEST", null],
  ["a content type a form can send (CSRF)", post(JSON.stringify({ query: "{ hello }" }), "text/plain"), 400, "BAD_REQUEST", null],
  ["a content type that is not JSON", post("<query/>", "application/xml"), 400, "BAD_REQUEST", null],
  ["a batch", post(JSON.stringify([{ query: "{ hello }" }])), 400, "BAD_REQUEST", null],
  ["a body without a query", post("{}"), 400, "BAD_REQUEST", null],
  ["a query that is not a string", post(JSON.stringify({ query: 1 })), 400, "BAD_REQUEST", null],
  ["an unknown persisted query", post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } })), 200, "PERSISTED_QUERY_NOT_FOUND", null],
  ["GET without a query", get(""), 400, "BAD_REQUEST", null],
  ["a mutation over GET", get(`?query=${encodeURIComponent("mutation { __typename }")}`), 405, "BAD_REQUEST", null],
];

/** Opens a socket as the client at `address`, sends one operation, and records the messages it gets back. */
async function overWs(server: TestServer, payload: Payload, options: { address: string; connectionParams?: Record<string, unknown> }): Promise<{ messages: string[]; result?: Answer }> {
  class FromAddress extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { "x-forwarded-for": options.address } });
    }
  }
  const client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: FromAddress, connectionParams: options.connectionParams, retryAttempts: 0 });
  try {
    return await new Promise((resolve, reject) => {
      const outcome: { messages: string[]; result?: Answer } = { messages: [] };
      client.subscribe(payload, {
        next: (value) => (outcome.messages.push("next"), (outcome.result = value as Answer)),
        error: () => (outcome.messages.push("error"), resolve(outcome)),
        complete: () => (outcome.messages.push("complete"), resolve(outcome)),
      });
      setTimeout(() => reject(new Error("timeout")), 5000);
    });
  } finally {
    await client.dispose();
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(LIMITS);
});
afterAll(async () => {
  await server.stop();
});

describe("over HTTP", () => {
  it.each(OPERATIONS)("%s: the cost, and nothing ran", async (_name, payload, status, code, requested) => {
    const response = await post(JSON.stringify(payload))(server, { "x-forwarded-for": freshAddress(), "x-debug-sql": "1" });
    const body = (await response.json()) as Answer;
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([status, code]);
    expect(body.extensions?.cost).toEqual(chargedOne(requested));
    expect(body.extensions?.sqlStatements).toBe(0);
  });

  it.each(HTTP_ONLY)("%s: the cost all the same", async (_name, send, status, code, requested) => {
    const response = await send(server, { "x-forwarded-for": freshAddress() });
    const body = (await response.json()) as Answer;
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([status, code]);
    expect(body.extensions?.cost).toEqual(chargedOne(requested));
  });

  it("reports the caller's own bucket when the request never reached GraphQL", async () => {
    const staff = await staffHeaders(server, []);
    const response = await post(JSON.stringify({ query: "{ hello }", pad: "x".repeat(10_000) }))(server, { authorization: staff.authorization });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Answer).extensions?.cost).toEqual(chargedOne(null, 1000));
  });

  it("gives back what an operation refused for a string input did not use", async () => {
    const address = freshAddress();
    const [, nul] = OPERATIONS.find(([name]) => name === "U+0000 in a variable")!;
    const response = await post(JSON.stringify(nul))(server, { "x-forwarded-for": address });
    expect(((await response.json()) as Answer).extensions?.cost).toEqual(chargedOne(51));
    // Charged 51 before it was refused; 50 come back after the answer, to the server's lease, which
    // goes back to the shared bucket once idle (COST_LEASE_MS).
    const level = async () => (await query<{ level: number }>(server.databaseUrl, "SELECT level FROM cost_bucket WHERE key = $1", [`address:${address}`]))[0]?.level;
    await expect.poll(level, { timeout: 5000 }).toBeGreaterThanOrEqual(99);
  });

  it("throttles with 429, Retry-After and the cost", async () => {
    const headers = { "x-forwarded-for": freshAddress() };
    const first = await post(JSON.stringify({ query: greets(9) }))(server, headers);
    expect(((await first.json()) as Answer).extensions?.cost).toMatchObject({ requestedQueryCost: 99, actualQueryCost: 99 });
    const throttled = await post(JSON.stringify({ query: greets(9) }))(server, headers);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(90);
    const body = (await throttled.json()) as Answer;
    expect(body.errors?.[0]?.extensions?.code).toBe("THROTTLED");
    expect(body.extensions?.cost).toEqual({ requestedQueryCost: 99, actualQueryCost: 0, throttleStatus: { maximumAvailable: 100, currentlyAvailable: expect.any(Number), restoreRate: 1 } });
  });
});

describe("over WebSocket", () => {
  it.each(OPERATIONS)("%s: a result with the cost, then complete", async (_name, payload, _status, code, requested) => {
    const { messages, result } = await overWs(server, payload, { address: freshAddress() });
    expect(messages).toEqual(["next", "complete"]);
    expect(result?.errors?.[0]?.extensions?.code).toBe(code);
    expect(result?.extensions?.cost).toEqual(chargedOne(requested));
  });

  it("names the cost of the 1.5 kB query and the maximum, before the alias limit", async () => {
    const { result } = await overWs(server, { query: SEVEN_BY_SEVEN }, { address: freshAddress() });
    const cost = result!.extensions!.cost!.requestedQueryCost!;
    expect(cost).toBeGreaterThan(1_000_000);
    expect(result!.errors).toEqual([
      { message: `Query cost ${cost} exceeds the maximum of 100.`, extensions: { code: "MAX_COST_EXCEEDED", cost, maximumCost: 100 } },
      expect.objectContaining({ message: "Too many aliases: the limit is 30.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases" } }),
    ]);
  });

  it("reports the session's own bucket", async () => {
    const staff = await staffHeaders(server, []);
    const { result } = await overWs(server, { query: "{ hello" }, { address: freshAddress(), connectionParams: { authorization: staff.authorization } });
    expect(result?.extensions?.cost).toEqual(chargedOne(null, 1000));
  });

  it("throttles with the cost", async () => {
    const address = freshAddress();
    expect((await overWs(server, { query: greets(9) }, { address })).result?.extensions?.cost).toMatchObject({ requestedQueryCost: 99, actualQueryCost: 99 });
    const { messages, result } = await overWs(server, { query: greets(9) }, { address });
    expect(messages).toEqual(["next", "complete"]);
    expect(result?.errors?.[0]?.extensions?.code).toBe("THROTTLED");
    expect(result?.extensions?.cost).toEqual({ requestedQueryCost: 99, actualQueryCost: 0, throttleStatus: { maximumAvailable: 100, currentlyAvailable: expect.any(Number), restoreRate: 1 } });
  });
});
