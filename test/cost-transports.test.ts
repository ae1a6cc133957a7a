/** The same cost budget over WebSocket and for answers from the response cache. */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestCatalog } from "./helpers/catalog.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const SMALL = { MAX_QUERY_COST: "100", COST_BUCKET_SIZE: "100", COST_RESTORE_RATE: "1" };
type Cost = { requestedQueryCost: number | null; actualQueryCost: number; throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } };
type Result = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: { cost?: Cost } };

function run(client: Client, query: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query }, { next: (value) => (result = value), error: (errors) => resolve({ errors: errors as never }), complete: () => resolve(result as never) });
    setTimeout(() => reject(new Error("timeout")), 5000);
  });
}

describe("over WebSocket", () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer(SMALL);
    client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client.dispose();
    await server.stop();
  });

  it("reports the cost of every operation and throttles from the bucket HTTP requests of the same client use", async () => {
    const greets = `mutation { ${Array.from({ length: 3 }, (_, i) => `g${i}: greet(input: { name: "w${i}" }) { __typename }`).join(" ")} }`;
    const first = await run(client, greets);
    expect(first.extensions?.cost).toEqual({ requestedQueryCost: 33, actualQueryCost: 33, throttleStatus: { maximumAvailable: 100, currentlyAvailable: 67, restoreRate: 1 } });
    // The same client address over HTTP: one bucket.
    const http = await bodyOf(await server.post({ query: greets }));
    expect((http.extensions?.cost as Cost).throttleStatus.currentlyAvailable).toBe(34);
    expect((await run(client, greets)).extensions?.cost?.throttleStatus.currentlyAvailable).toBe(1);
    const throttled = await run(client, greets);
    expect(throttled.data).toBeUndefined();
    expect(throttled.errors?.[0]).toMatchObject({ extensions: { code: "THROTTLED" } });
    expect(throttled.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(throttled.extensions?.cost).toMatchObject({ requestedQueryCost: 33, actualQueryCost: 0 });
    const over = await run(client, `{ ${Array.from({ length: 2 }, (_, i) => `p${i}: products(first: 100) { nodes { title } }`).join(" ")} }`);
    expect(over.errors?.[0]).toMatchObject({ message: "Query cost 202 exceeds the maximum of 100.", extensions: { code: "MAX_COST_EXCEEDED", cost: 202, maximumCost: 100 } });
  });
});

describe("answers from the response cache", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...SMALL, TRUST_PROXY: "1", RESPONSE_CACHE_MB: "64" });
    await seedTestCatalog(server, 12);
  });
  afterAll(async () => {
    await server.stop();
  });

  it("cost the caller what they cost when they ran, each caller seeing its own bucket, and are throttled like the rest", async () => {
    const page = { query: "query Page { products(first: 10) { nodes { title } } }" };
    const ask = async (address: string) => {
      const response = await server.post(page, { "x-forwarded-for": address });
      return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await bodyOf(response) };
    };
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await ask("203.0.113.50"));
    const served = answers.filter((a) => a.status === 200);
    expect(served.map((a) => (a.body.extensions?.cost as Cost).throttleStatus.currentlyAvailable)).toEqual([89, 78, 67, 56, 45, 34, 23, 12, 1]);
    expect(new Set(served.map((a) => JSON.stringify(a.body.data))).size).toBe(1);
    expect(answers.slice(9).map((a) => a.status)).toEqual([429, 429]);
    expect(answers[10]!.body.errors[0].extensions).toMatchObject({ code: "THROTTLED", retryAfterSeconds: expect.any(Number) });
    expect(Number(answers[10]!.retryAfter)).toBe(answers[10]!.body.errors[0].extensions!.retryAfterSeconds);
    expect(answers[10]!.body.extensions?.cost).toMatchObject({ requestedQueryCost: 11, actualQueryCost: 0 });

    const other = await ask("203.0.113.51");
    expect(other.body.extensions?.cost).toEqual({ requestedQueryCost: 11, actualQueryCost: 11, throttleStatus: { maximumAvailable: 100, currentlyAvailable: 89, restoreRate: 1 } });
    const executions = server.logs.filter((line) => line.operationName === "Page").map((line) => line.execution);
    expect(executions.filter((e) => e === "cached").length).toBeGreaterThanOrEqual(9);
  });
});
