/**
 * What an operation did not use of its charge goes back to its bucket without a statement of its
 * own: nothing when it cost what it asked for, and otherwise with other requests' give-backs, in
 * one statement for many buckets, a moment later or when the server stops.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cost } from "./helpers/cost.js";
import { query } from "./helpers/database.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

// Buckets of 1000 restoring 1 point a second: a give-back of 99 is far from what a test's few
// seconds restore. Without leases, the way give-backs go when no lease is held
// (test/cost-leases.test.ts covers leases, whose idle returns go the same way).
const BUCKETS = { TRUST_PROXY: "1", MAX_QUERY_COST: "1000", COST_BUCKET_SIZE: "1000", COST_RESTORE_RATE: "1", COST_LEASE_PERCENT: "0", JOBS_IN_SERVER: "false" };
// The catalog is empty: 100 asked for, 1 charged, 99 given back.
const ASKS_FOR_MORE = "{ products(first: 99) { nodes { title } } }";

let owner: TestServer;
beforeAll(async () => {
  owner = await startTestServer();
});
afterAll(async () => {
  await owner.stop();
});

/** A server of its own on the owner's database, so that the bucket rows outlive it. */
const instance = (env: Record<string, string> = {}) => startTestServer({ ...BUCKETS, ...env }, { sharedDatabaseUrl: owner.databaseUrl });

async function ask(server: TestServer, query: string, address: string): Promise<Cost> {
  const response = await server.post({ query }, { "x-forwarded-for": address });
  expect(response.status).toBe(200);
  return (await bodyOf(response)).extensions?.cost as Cost;
}

async function levels(addresses: string[]): Promise<number[]> {
  const rows = await query<{ key: string; level: number }>(owner.databaseUrl, "SELECT key, level FROM cost_bucket WHERE key = ANY($1)", [addresses.map((a) => `address:${a}`)]);
  return addresses.map((a) => rows.find((r) => r.key === `address:${a}`)?.level ?? Number.NaN);
}

const FOUR = Array.from({ length: 4 }, (_, i) => i);

describe("settling what an operation did not use", () => {
  it("sends one bucket statement per request, its debit, when the operation cost what it asked for", async () => {
    const server = await instance();
    const before = server.outsideRequests.statements;
    for (const i of FOUR) expect(await ask(server, "{ hello }", `198.18.200.${i}`)).toMatchObject({ requestedQueryCost: 1, actualQueryCost: 1 });
    // Stopping writes whatever settlement waits, so a settlement not sent by now never is.
    await server.stop();
    expect(server.outsideRequests.statements - before).toBe(FOUR.length);
    const debited = await levels(FOUR.map((i) => `198.18.200.${i}`));
    expect(Math.min(...debited)).toBeGreaterThanOrEqual(999);
    expect(Math.max(...debited)).toBeLessThanOrEqual(1000);
  });

  it("gives back what many requests did not use, a moment later, in fewer statements than requests", async () => {
    const server = await instance();
    try {
      const addresses = ["198.18.201.1", "198.18.201.2", "198.18.201.3"];
      const before = server.outsideRequests.statements;
      const costs = await Promise.all(addresses.flatMap((address) => FOUR.map(() => ask(server, ASKS_FOR_MORE, address))));
      expect(costs.every((c) => c.requestedQueryCost === 100 && c.actualQueryCost === 1)).toBe(true);
      // 4 × 1 charged of each bucket of 1000 (without the give-backs 4 × 100).
      await expect.poll(async () => Math.min(...(await levels(addresses))), { timeout: 5000 }).toBeGreaterThanOrEqual(996);
      expect(Math.max(...(await levels(addresses)))).toBeLessThanOrEqual(1000);
      const settlements = server.outsideRequests.statements - before - costs.length;
      expect(settlements).toBeGreaterThanOrEqual(1);
      expect(settlements).toBeLessThan(costs.length);
    } finally {
      await server.stop();
    }
  });

  it("writes the give-backs still waiting when the server stops, for every bucket in one statement", async () => {
    const server = await instance({ COST_SETTLE_MS: "10000" });
    const addresses = ["198.18.202.1", "198.18.202.2", "198.18.202.3"];
    const before = server.outsideRequests.statements;
    for (const address of addresses) {
      expect(await ask(server, ASKS_FOR_MORE, address)).toMatchObject({ requestedQueryCost: 100, actualQueryCost: 1, throttleStatus: { currentlyAvailable: 999 } });
      expect(await ask(server, ASKS_FOR_MORE, address)).toMatchObject({ actualQueryCost: 1, throttleStatus: { currentlyAvailable: expect.any(Number) } });
    }
    // Not given back yet: the second debit saw the first give-back still waiting.
    expect(Math.max(...(await levels(addresses)))).toBeLessThan(900);
    await server.stop();
    expect(Math.min(...(await levels(addresses)))).toBeGreaterThanOrEqual(998);
    expect(server.outsideRequests.statements - before).toBe(2 * addresses.length + 1);
  });

  it("never fills a bucket beyond its size when a give-back arrives after the bucket restored", async () => {
    const server = await instance({ COST_SETTLE_MS: "10000", COST_RESTORE_RATE: "1000000" });
    expect(await ask(server, ASKS_FOR_MORE, "198.18.203.1")).toMatchObject({ actualQueryCost: 1, throttleStatus: { currentlyAvailable: 999 } });
    // A millisecond restores the 100 points; the 99 given back at the stop find the bucket full.
    await server.stop();
    expect(await levels(["198.18.203.1"])).toEqual([1000]);
  });
});
