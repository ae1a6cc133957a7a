import { auditServer } from "graphql-http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server.js";

/** Audit notices and warnings we keep, with the reason; the README lists the same ones. */
const CSRF = "CSRF prevention refuses GET requests without a preflight-triggering header (the audit sends none)";
const STATUS_400 = "Apollo Server answers an unusable document with 400, which clients and monitoring read as a client error";
const ACCEPTED: Record<string, string> = {
  "MAY accept application/x-www-form-urlencoded formatted GET requests": CSRF,
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json": CSRF,
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json": CSRF,
  "SHOULD use 200 status code on document parsing failure when accepting application/json": STATUS_400,
  "SHOULD use 200 status code on document validation failure when accepting application/json": STATUS_400,
  "SHOULD use a status code of 200 on variable coercion failure when accepting application/json": STATUS_400,
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

it("passes the GraphQL-over-HTTP server audit with no error", async () => {
  const results = await auditServer({ url: server.url, fetchFn: fetch });
  const failures = results.filter((r) => r.status !== "ok").map((r) => ({ status: r.status, name: r.name, reason: "reason" in r ? r.reason : "" }));
  expect(failures.filter((f) => f.status === "error")).toEqual([]);
  expect(failures.map((f) => f.name).sort()).toEqual(Object.keys(ACCEPTED).sort());
  expect(results.length).toBeGreaterThan(30);
});
