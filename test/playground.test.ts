import { afterAll, beforeAll, expect, it } from "vitest";
import { splitCost, startTestServer, type TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: "development" });
});
afterAll(async () => {
  await server.stop();
});

it("serves GraphiQL in development from the server's own assets, with no outside URL", async () => {
  const page = await fetch(server.url, { headers: { accept: "text/html" } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<div id="graphiql">');
  expect(html).not.toMatch(/https?:\/\//);
  const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts).toEqual(["/playground/graphiql.css", "/playground/react.js", "/playground/react-dom.js", "/playground/graphiql.js", "/playground/start.js"]);
  for (const asset of scripts) {
    const response = await fetch(`${server.origin}${asset}`);
    expect(response.status, asset).toBe(200);
    expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
  }
  // The page's own Content-Security-Policy allows only same-origin scripts.
  expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
});

it("answers introspection in development, as GraphiQL needs", async () => {
  const response = await server.post({ query: "{ __schema { queryType { name } } }" });
  expect(splitCost((await response.json()) as Record<string, unknown>).body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
});
