/** Queries sent by GET tell browsers and CDNs what they may keep: anonymous catalog reads only. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffHeaders } from "./helpers/auth.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { signedInCustomer } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const CATALOG = "query Shelf { products(first: 2) { nodes { slug } } collections(first: 1) { nodes { title } } }";

let server: TestServer;
let off: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CATALOG_CACHE_SECONDS: "90", CORS_ORIGINS: "https://shop.example" });
  await seedTestCatalog(server, 3);
  off = await startTestServer({ CATALOG_CACHE_SECONDS: "0" });
});
afterAll(async () => {
  await server.stop();
  await off.stop();
});

/** A GET of `query` with the header that lets it past CSRF prevention (and any others). */
function get(target: TestServer, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${target.url}?query=${encodeURIComponent(query)}`, { headers: { "apollo-require-preflight": "1", ...headers } });
}

describe("Cache-Control of GET queries", () => {
  it("lets anyone keep an anonymous catalog read for CATALOG_CACHE_SECONDS, varying by what carries a session", async () => {
    const response = await get(server, CATALOG, { origin: "https://shop.example", cookie: "larder_cart=x" });
    const body = (await response.json()) as { data: { products: { nodes: unknown[] } } };
    expect(body.data.products.nodes).toHaveLength(2);
    expect(response.headers.get("cache-control")).toBe("public, max-age=90");
    expect(response.headers.get("vary")).toBe("Origin, Accept, Authorization, Cookie");
  });

  it("keeps answers private for signed-in callers, dead tokens, errors and anything but the catalog", async () => {
    const customer = await signedInCustomer(server);
    const staff = await staffHeaders(server, []);
    const privately = [
      await get(server, CATALOG, customer.authorization),
      await get(server, CATALOG, { authorization: staff.authorization }),
      await get(server, CATALOG, { authorization: `Bearer ${"A".repeat(43)}` }),
      await get(server, "query Broken { products(first: 2, after: \"not-a-cursor\") { nodes { slug } } }"),
      await get(server, "query Nope { products { nope } }"),
      await get(server, "query Mixed { products(first: 1) { nodes { slug } } me { email } }"),
      await get(server, "query Hello { hello }"),
    ];
    for (const response of privately) {
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("vary") ?? "").not.toContain("Cookie");
    }
  });

  it("leaves POST answers alone, and makes every GET private with CATALOG_CACHE_SECONDS=0", async () => {
    expect((await server.post({ query: CATALOG })).headers.get("cache-control")).toBeNull();
    expect((await get(off, CATALOG)).headers.get("cache-control")).toBe("private, no-store");
  });
});
