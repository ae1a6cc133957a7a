import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { query } from "./helpers/database.js";
import { TEST_EXECUTION } from "./helpers/execution.js";
import { bodyOf, splitCost, startTestServer, type TestServer } from "./helpers/server.js";

const Greet = graphql(`
  mutation GreetForHttp($name: String) {
    greet(input: { name: $name }) {
      __typename
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ BODY_LIMIT_BYTES: "2048", MAX_QUERY_DEPTH: "1", MAX_QUERY_ALIASES: "3", MAX_QUERY_TOKENS: "40" });
});
afterAll(async () => {
  await server.stop();
});

const greetingCount = async () => (await query<{ n: number }>(server.databaseUrl, "SELECT coalesce(sum(count), 0)::int AS n FROM greeting"))[0].n;

/** Checks the server is still serving after a bad request. */
async function expectHealthy(): Promise<void> {
  const response = await server.post({ query: "{ hello }" });
  expect(splitCost(await bodyOf(response)).body).toEqual({ data: { hello: "Hello, World!" } });
}

describe("bad requests get a clear 4xx or coded error and change nothing", () => {
  it("invalid JSON", async () => {
    const before = await greetingCount();
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "mutation { greet(input: {name: \\"x\\"}) { __typename } }"' });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("BAD_REQUEST");
    expect(await greetingCount()).toBe(before);
    await expectHealthy();
  });

  it("wrong content type", async () => {
    const before = await greetingCount();
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: 'mutation { greet(input: {name: "x"}) { __typename } }' }) });
    expect(response.status).toBe(400);
    expect(await greetingCount()).toBe(before);
    await expectHealthy();
  });

  it("a mutation over GET", async () => {
    const before = await greetingCount();
    const url = `${server.url}?query=${encodeURIComponent('mutation { greet(input: {name: "x"}) { __typename } }')}`;
    const response = await fetch(url, { headers: { "apollo-require-preflight": "1", accept: "application/json" } });
    expect(response.status).toBe(405);
    expect((await bodyOf(response)).errors[0].message).toMatch(/GET.*query/i);
    expect(await greetingCount()).toBe(before);
  });

  it("a body over the limit", async () => {
    const response = await server.post({ query: "{ hello }", variables: { pad: "x".repeat(4096) } });
    expect(response.status).toBe(413);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    await expectHealthy();
  });

  it("an unknown field", async () => {
    const response = await server.post({ query: "{ hello noSuchField }" });
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(body.errors[0]).toMatchObject({ message: 'Cannot query field "noSuchField" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("a syntax error", async () => {
    const response = await server.post({ query: "{ hello " });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("a variable of the wrong type", async () => {
    const before = await greetingCount();
    const response = await server.post({ query: Greet.toString(), variables: { name: 42 } });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await greetingCount()).toBe(before);
  });

  it("a batch of operations", async () => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ query: "{ hello }" }, { query: "{ hello }" }]) });
    expect(response.status).toBe(400);
  });

  it("a missing query", async () => {
    const response = await server.post({ variables: {} });
    expect(response.status).toBe(400);
  });

  it("an unknown route", async () => {
    const response = await fetch(`${server.origin}/nope`);
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("query limits, each at the limit and one past it", () => {
  it("depth", async () => {
    expect((await server.post({ query: "{ hello }" })).status).toBe(200);
    for (const deep of ['{ greeting(name: "x") { name } }', 'fragment F on Greeting { name } query { greeting(name: "x") { ...F } }', '{ ... on Query { greeting(name: "x") { name } } }']) {
      const response = await server.post({ query: deep });
      expect(response.status).toBe(400);
      expect((await bodyOf(response)).errors[0]).toMatchObject({ message: "Query is nested too deeply: depth exceeds the limit of 1.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    }
  });

  it("aliases", async () => {
    const three = await server.post({ query: "{ a: hello b: hello c: hello }" });
    expect(three.status).toBe(200);
    const four = await server.post({ query: "{ a: hello b: hello c: hello d: hello }" });
    expect(four.status).toBe(400);
    expect((await bodyOf(four)).errors[0]).toMatchObject({ message: "Too many aliases: the limit is 3.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("tokens", async () => {
    // "{", "}" and 38 names make 40 tokens; one more name makes 41.
    const names = (n: number) => `{ ${Array.from({ length: n }, () => "hello").join(" ")} }`;
    expect((await server.post({ query: names(38) })).status).toBe(200);
    const over = await server.post({ query: names(39) });
    expect(over.status).toBe(400);
    expect((await bodyOf(over)).errors[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 40 tokens/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });
});

describe("request ids", () => {
  it("echoes a sane x-request-id and replaces an unsafe one", async () => {
    const kept = await server.post({ query: "{ hello }" }, { "x-request-id": "abc-123" });
    expect(kept.headers.get("x-request-id")).toBe("abc-123");
    for (const unsafe of ["has space", "x".repeat(129), "quote\"s", "<script>"]) {
      const replaced = await server.post({ query: "{ hello }" }, { "x-request-id": unsafe });
      expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    const generated = await server.post({ query: "{ hello }" });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("access log", () => {
  it("writes one JSON line per request with id, operation, duration, outcome and SQL count", async () => {
    await server.post({ query: 'mutation Logged { greet(input: { name: "Log" }) { __typename } }' }, { "x-request-id": "log-test-1" });
    const line = await server.accessLine("log-test-1");
    expect(line).toMatchObject({ operationName: "Logged", outcome: "ok", status: 200, sqlStatements: expect.any(Number), durationMs: expect.any(Number), execution: TEST_EXECUTION });
    expect(line.sqlStatements).toBeGreaterThan(0);
    // The next request's line is written after this one's: no second line for it came in between.
    await server.post({ query: "{ hello }" }, { "x-request-id": "log-test-2" });
    await server.accessLine("log-test-2");
    expect(server.logs.filter((l) => l.requestId === "log-test-1" && l.msg === "request")).toHaveLength(1);
  });
});
