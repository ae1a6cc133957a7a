/**
 * Cost buckets in Redis (REDIS_URL). The suite never depends on a Redis that happens to run on the
 * machine: this file runs only when TEST_REDIS_URL names one, e.g.
 * `TEST_REDIS_URL=redis://127.0.0.1:6379 npx vitest run test/cost-redis.test.ts`.
 */
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("cost buckets in Redis", () => {
  const env = { REDIS_URL: redisUrl!, TRUST_PROXY: "1", MAX_QUERY_COST: "100", COST_BUCKET_SIZE: "100", COST_RESTORE_RATE: "1" };
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
    await expect.poll(async () => ((await bodyOf(await second.post({ query: "{ hello }" }, client))).extensions?.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(95);
  });
});
