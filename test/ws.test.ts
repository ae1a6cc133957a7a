import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { splitCost, startTestServer, type TestServer } from "./helpers/server.js";

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

let server: TestServer;
let client: Client;
beforeAll(async () => {
  server = await startTestServer({ MAX_QUERY_ALIASES: "2", CORS_ORIGINS: "https://shop.example" });
  client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
});
afterAll(async () => {
  await client.dispose();
  await server.stop();
});

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

  it("refuses an upgrade from an origin that is not allowed", async () => {
    const socket = new WebSocket(server.url.replace("http", "ws"), "graphql-transport-ws", { headers: { origin: "https://evil.example" } });
    const status = await new Promise((resolve) => socket.once("unexpected-response", (_req, res) => resolve(res.statusCode)).once("open", () => resolve("open")));
    expect(status).toBe(401);
    const allowed = new WebSocket(server.url.replace("http", "ws"), "graphql-transport-ws", { headers: { origin: "https://shop.example" } });
    expect(await new Promise((resolve) => allowed.once("open", () => resolve("open")).once("unexpected-response", () => resolve("refused")))).toBe("open");
    allowed.close();
  });
});
