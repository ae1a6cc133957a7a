/** CORS and security headers over real HTTP, on the GraphQL route and on the express routes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, splitCost, startTestServer, type TestServer } from "./helpers/server.js";

const SHOP = "https://shop.example";
const STRANGER = "https://evil.example";

function preflight(server: TestServer, origin: string): Promise<Response> {
  return fetch(server.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
}

function hello(server: TestServer, origin: string): Promise<Response> {
  return fetch(server.url, { method: "POST", headers: { origin, "content-type": "application/json" }, body: '{"query":"{ hello }"}' });
}

/** Starts a server for the enclosing describe block. */
function serverWith(env: Record<string, string>): () => TestServer {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(env);
  });
  afterAll(async () => {
    await server.stop();
  });
  return () => server;
}

describe("CORS in development: any origin, never with credentials", () => {
  const server = serverWith({ NODE_ENV: "development" });

  it("allows a preflight and a request from any origin, without Access-Control-Allow-Credentials", async () => {
    for (const origin of [SHOP, STRANGER]) {
      const allowed = await preflight(server(), origin);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin")).toBe(origin);
      expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
      expect(allowed.headers.get("access-control-allow-headers")).toBe("content-type,authorization");
      expect(allowed.headers.get("access-control-max-age")).toBe("600");
      expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
      const answer = await hello(server(), origin);
      expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
      expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
      expect(splitCost(await bodyOf(answer)).body).toEqual({ data: { hello: "Hello, World!" } });
    }
  });
});

describe("CORS in production with CORS_ORIGINS", () => {
  const server = serverWith({ NODE_ENV: "production", CORS_ORIGINS: `${SHOP},https://admin.shop.example` });

  it("allows a listed origin, with credentials", async () => {
    for (const response of [await preflight(server(), SHOP), await hello(server(), SHOP)]) {
      expect(response.headers.get("access-control-allow-origin")).toBe(SHOP);
      expect(response.headers.get("access-control-allow-credentials")).toBe("true");
      expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
    }
  });

  it("gives an unlisted origin no Access-Control-Allow-Origin, so browsers keep the answer from its page", async () => {
    const refused = await preflight(server(), STRANGER);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect((await hello(server(), STRANGER)).headers.get("access-control-allow-origin")).toBeNull();
    expect((await hello(server(), "https://admin.shop.example")).headers.get("access-control-allow-origin")).toBe("https://admin.shop.example");
  });
});

describe("CORS in production without CORS_ORIGINS", () => {
  const server = serverWith({ NODE_ENV: "production" });

  it("allows no origin", async () => {
    for (const origin of [SHOP, STRANGER]) {
      expect((await preflight(server(), origin)).headers.get("access-control-allow-origin")).toBeNull();
      expect((await hello(server(), origin)).headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});

describe("security headers", () => {
  const server = serverWith({ NODE_ENV: "production" });

  it("are set on the GraphQL route, its errors, and the other routes alike", async () => {
    const responses = {
      graphql: await hello(server(), SHOP),
      "graphql 413": await fetch(server().url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "x".repeat(200_000) }) }),
      healthz: await fetch(`${server().origin}/healthz`),
      "not found": await fetch(`${server().origin}/nope`),
    };
    expect(responses["graphql 413"].status).toBe(413);
    for (const [route, response] of Object.entries(responses)) {
      const headers = Object.fromEntries(response.headers);
      expect(headers, route).toMatchObject({
        "content-security-policy": expect.stringMatching(/^default-src 'self';.*frame-ancestors 'self';.*object-src 'none'/),
        "strict-transport-security": "max-age=31536000; includeSubDomains",
        "x-content-type-options": "nosniff",
        "x-frame-options": "SAMEORIGIN",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
      });
      expect(headers, route).not.toHaveProperty("x-powered-by");
    }
  });
});
