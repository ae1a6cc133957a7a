/**
 * Cost buckets in Redis (REDIS_URL). The suite never depends on a Redis that happens to run on the
 * machine: this file runs only when TEST_REDIS_URL names one, e.g.
 * `TEST_REDIS_URL=redis://127.0.0.1:6379 npx vitest run test/cost-redis.test.ts`.
 */
import { randomInt } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("cost buckets in Redis", () => {
  // Leases of 20 points, given back after 200 ms unused.
  const env = { REDIS_URL: redisUrl!, TRUST_PROXY: "1", MAX_QUERY_COST: "100", COST_BUCKET_SIZE: "100", COST_RESTORE_RATE: "1", COST_LEASE_PERCENT: "20", COST_LEASE_MS: "200" };
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    // Two instances on two databases: only Redis joins their buckets.
    [first, second] = await Promise.all([startTestServer(env), startTestServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
  });

  it("debits, throttles and gives back on one bucket for every instance", async () => {
    // A fresh address per run: buckets outlive the servers in Redis.
    const client = { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}, 10.0.${randomInt(0, 255)}.${randomInt(1, 255)}` };
    const greets = `mutation { ${Array.from({ length: 3 }, (_, i) => `g${i}: greet(input: { name: "r${i}" }) { __typename }`).join(" ")} }`;
    const levels = [];
    for (const server of [first, second, first]) {
      const body = await bodyOf(await server.post({ query: greets }, client));
      levels.push((body.extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable);
    }
    expect(levels).toEqual([67, 34, 1]);
    const throttled = await second.post({ query: greets }, client);
    expect(throttled.status).toBe(429);
    expect((await bodyOf(throttled)).errors[0].extensions?.code).toBe("THROTTLED");
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(29);
  });

  it("gives back the difference to the actual cost", async () => {
    const client = { "x-forwarded-for": `203.0.113.${randomInt(1, 255)}, 10.1.${randomInt(0, 255)}.${randomInt(1, 255)}` };
    const asked = await bodyOf(await first.post({ query: "{ products(first: 99) { nodes { title } } }" }, client));
    expect(asked.extensions?.cost).toMatchObject({ requestedQueryCost: 100, actualQueryCost: 1 });
    // Given back to the first instance's lease, which goes back to Redis once idle.
    await expect.poll(async () => ((await bodyOf(await second.post({ query: "{ hello }" }, client))).extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable, { timeout: 5000 }).toBeGreaterThanOrEqual(95);
  });

  it("leases from Redis: each instance takes one lease for a run of requests, and gives it back once idle", async () => {
    const address = `10.3.${randomInt(0, 255)}.${randomInt(1, 255)}`;
    const redis = new Redis(redisUrl!);
    const level = async () => Number(await redis.hget(`larder:cost-bucket:address:${address}`, "level"));
    try {
      const reported = [];
      for (const server of [first, first, first, first, first, second, second, second, second, second]) {
        const body = await bodyOf(await server.post({ query: "{ hello }" }, { "x-forwarded-for": address }));
        reported.push((body.extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable);
      }
      // Each instance: Redis's level at its take, and its own lease less what it spent.
      expect(reported).toEqual([99, 98, 97, 96, 95, 79, 78, 77, 76, 75]);
      expect(await level()).toBeCloseTo(60, 0);
      // 10 spent: both leases back, 30 points, where restoring 1 a second would take half a minute.
      await expect.poll(level, { timeout: 5000 }).toBeGreaterThanOrEqual(90);
      expect(await level()).toBeLessThan(95);
    } finally {
      redis.disconnect();
    }
  });
});
