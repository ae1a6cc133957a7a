import { once } from "node:events";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { freePort } from "./helpers/ports.js";
import { spawnServer } from "./helpers/process.js";
import { splitCost, startTestServer, waitFor, type TestServer } from "./helpers/server.js";

const HelloOverWs = graphql(`
  query HelloOverWs {
    hello
  }
`);

const GreetOverWs = graphql(`
  mutation GreetOverWs($name: String) {
    greet(input: { name: $name }) {
      ... on Greeted {
        message
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

function run(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query, variables }, { next: (value) => (result = splitCost(value as Record<string, unknown>).body), error: (errors) => resolve({ errors: errors as never }), complete: () => resolve(result as never) });
    setTimeout(() => reject(new Error("timeout")), 5000);
  });
}

const BODY_LIMIT = 2048;

let server: TestServer;
let client: Client;
beforeAll(async () => {
  server = await startTestServer({ MAX_QUERY_ALIASES: "2", MAX_QUERY_DEPTH: "2", MAX_QUERY_TOKENS: "60", BODY_LIMIT_BYTES: String(BODY_LIMIT), CORS_ORIGINS: "https://shop.example" });
  client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
});
afterAll(async () => {
  await client.dispose();
  await server.stop();
});

/** A client of its own whose subscribe messages have a known length (ids of 8 characters). */
function sizedClient(onClose: (code: number) => void): Client {
  let next = 0;
  return createClient({
    url: server.url.replace("http", "ws"),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    generateID: () => String(++next).padStart(8, "0"),
    on: { closed: (event) => onClose((event as { code: number }).code) },
  });
}

/** The `{ hello }` subscribe message padded with a variable to exactly `bytes` bytes, as the client sends it. */
function helloOfSize(bytes: number): { query: string; variables: { pad: string } } {
  const payload = { query: "{ hello }", variables: { pad: "" } };
  const empty = JSON.stringify({ id: "00000001", type: "subscribe", payload }).length;
  return { ...payload, variables: { pad: "x".repeat(bytes - empty) } };
}

describe("GraphQL over WebSocket", () => {
  it("runs queries and mutations with the same schema", async () => {
    expect(await run(client, HelloOverWs.toString())).toEqual({ data: { hello: "Hello, World!" } });
    expect(await run(client, GreetOverWs.toString(), { name: "Socket" })).toEqual({ data: { greet: { message: "Hello, Socket!" } } });
    expect(await run(client, GreetOverWs.toString(), { name: " " })).toEqual({ data: { greet: { code: "INVALID_INPUT", path: ["input", "name"] } } });
  });

  it("applies the same validation limits", async () => {
    const result = await run(client, "{ a: hello b: hello c: hello }");
    expect(result.errors?.[0]).toMatchObject({ message: "Too many aliases: the limit is 2." });
    const unknown = await run(client, "{ noSuchField }");
    expect(unknown.errors?.[0].message).toBe('Cannot query field "noSuchField" on type "Query".');
  });

  it("takes a message of BODY_LIMIT_BYTES and closes the socket on a larger one, with 1009", async () => {
    const closes: number[] = [];
    const sized = sizedClient((code) => closes.push(code));
    try {
      const atLimit = helloOfSize(BODY_LIMIT);
      expect(JSON.stringify({ id: "00000001", type: "subscribe", payload: atLimit })).toHaveLength(BODY_LIMIT);
      expect(await run(sized, atLimit.query, atLimit.variables)).toEqual({ data: { hello: "Hello, World!" } });
      const over = helloOfSize(BODY_LIMIT + 1);
      const refused = await run(sized, over.query, over.variables);
      expect(refused.errors).toMatchObject({ code: 1009 });
      // The client closes an idle socket itself (1000) and opens another for the next operation.
      expect(closes).toEqual([1000, 1009]);
    } finally {
      await sized.dispose();
    }
    // Other sockets are unaffected.
    expect(await run(client, HelloOverWs.toString())).toEqual({ data: { hello: "Hello, World!" } });
  });

  it("logs a message over the limit as a JSON line and prints nothing on stderr", { timeout: 60_000 }, async () => {
    const port = await freePort();
    const spawned = spawnServer({ DATABASE_URL: server.databaseUrl, PORT: String(port), BODY_LIMIT_BYTES: String(BODY_LIMIT) });
    try {
      await spawned.ready;
      const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
      await once(socket, "open");
      socket.send("x".repeat(BODY_LIMIT + 1));
      const [code] = (await once(socket, "close")) as [number];
      expect(code).toBe(1009);
      // The server's log is flushed every 250 ms.
      const line = await waitFor(() => spawned.logs.find((l) => l.msg === "WebSocket peer refused"), "the log line");
      expect(line).toMatchObject({ level: 40, code: "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", reason: "Max payload size exceeded" });
    } finally {
      spawned.child.kill("SIGTERM");
    }
    expect(await spawned.exited).toBe(0);
    expect(spawned.stderr).toBe("");
  });

  it("limits depth and tokens as over HTTP, at the limit and one past it", async () => {
    expect(await run(client, '{ greeting(name: "x") { name } }')).toEqual({ data: { greeting: null } });
    const deep = (await run(client, "{ products(first: 1) { nodes { title } } }")).errors;
    expect(deep).toHaveLength(1);
    expect(deep?.[0]).toMatchObject({ message: "Query is nested too deeply: depth exceeds the limit of 2.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    // "{", "}" and 58 names make 60 tokens; one more name makes 61.
    const names = (n: number) => `{ ${Array.from({ length: n }, () => "hello").join(" ")} }`;
    expect(await run(client, names(58))).toEqual({ data: { hello: "Hello, World!" } });
    const long = (await run(client, names(59))).errors;
    expect(long).toHaveLength(1);
    expect(long?.[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 60 tokens/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });

  it("refuses an upgrade from an origin that is not allowed", async () => {
    const socket = new WebSocket(server.url.replace("http", "ws"), "graphql-transport-ws", { headers: { origin: "https://evil.example" } });
    const status = await new Promise((resolve) => socket.once("unexpected-response", (_req, res) => resolve(res.statusCode)).once("open", () => resolve("open")));
    expect(status).toBe(401);
    const allowed = new WebSocket(server.url.replace("http", "ws"), "graphql-transport-ws", { headers: { origin: "https://shop.example" } });
    expect(await new Promise((resolve) => allowed.once("open", () => resolve("open")).once("unexpected-response", () => resolve("refused")))).toBe("open");
    allowed.close();
  });
});
