/** The response cache over HTTP: GET requests never come from it, and its answers expire. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestCatalog } from "./helpers/catalog.js";
import { query } from "./helpers/database.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE_MB: "16", RESPONSE_CACHE_TTL_SECONDS: "1" });
  await seedTestCatalog(server, 3);
});
afterAll(async () => {
  await server.stop();
});

const PRODUCT = `query ($slug: String!) { product(slug: $slug) { title } }`;

async function slug(index: number): Promise<string> {
  return (await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM product ORDER BY slug"))[index]!.slug;
}

/** How the request was answered, from its access log line. */
async function execution(request: Promise<Response>, requestId: string): Promise<unknown> {
  const response = await request;
  expect(response.status).toBe(200);
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  return (await server.accessLine(requestId)).execution;
}

let sent = 0;
function post(body: Record<string, unknown>): Promise<unknown> {
  const requestId = `post-${++sent}`;
  return execution(server.post(body, { "x-request-id": requestId }), requestId);
}

function get(body: { query: string; variables: Record<string, unknown> }): Promise<unknown> {
  const requestId = `get-${++sent}`;
  const search = new URLSearchParams({ query: body.query, variables: JSON.stringify(body.variables) });
  return execution(fetch(`${server.url}?${search}`, { headers: { "apollo-require-preflight": "1", "x-request-id": requestId } }), requestId);
}

describe("response cache", () => {
  it("never answers a GET from memory, even when a POST of the same query is cached", async () => {
    const body = { query: PRODUCT, variables: { slug: await slug(0) } };
    expect([await get(body), await get(body)]).not.toContain("cached");
    expect(await post(body)).not.toBe("cached");
    expect(await post(body)).toBe("cached");
    expect(await get(body)).not.toBe("cached");
  });

  it("answers from memory for RESPONSE_CACHE_TTL_SECONDS, then runs the query again", async () => {
    const body = { query: PRODUCT, variables: { slug: await slug(1) } };
    const before = Date.now();
    expect(await post(body)).not.toBe("cached");
    expect(await post(body)).toBe("cached");
    const deadline = before + 5000;
    let answered = await post(body);
    while (answered === "cached" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answered = await post(body);
    }
    const expiredAfter = Date.now() - before;
    expect(answered).not.toBe("cached");
    expect(expiredAfter).toBeGreaterThanOrEqual(1000);
    expect(expiredAfter).toBeLessThan(3000);
    // The new answer is kept again.
    expect(await post(body)).toBe("cached");
  });
});
