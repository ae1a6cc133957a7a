/**
 * Leases on the cost buckets (src/shared/bucket-leases.ts): an instance takes a share of a bucket
 * at once and spends it without a statement, throttles where the bucket alone would, never grants
 * more than it took however many instances share the bucket, and gives unused leases back once
 * idle and when it stops.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { greets, type Cost } from "./helpers/cost.js";
import { query } from "./helpers/database.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

// Buckets of 1000 restoring 1 point a second, leased 150 at a time (so the seventh lease is what
// is left, 100): a few seconds' restore is far from a lease.
const SIZE = 1000;
const LEASE = 150;
const BUCKETS = { TRUST_PROXY: "1", MAX_QUERY_COST: "1000", COST_BUCKET_SIZE: String(SIZE), COST_RESTORE_RATE: "1", COST_LEASE_PERCENT: "15", JOBS_IN_SERVER: "false" };
// The catalog is empty: 33 asked for, 1 charged, 32 given back.
const ASKS_FOR_MORE = "{ products(first: 32) { nodes { title } } }";

let owner: TestServer;
beforeAll(async () => {
  owner = await startTestServer();
});
afterAll(async () => {
  await owner.stop();
});

/** A server of its own on the owner's database, so that the bucket rows outlive it. */
const instance = (env: Record<string, string> = {}) => startTestServer({ ...BUCKETS, ...env }, { sharedDatabaseUrl: owner.databaseUrl });

async function ask(server: TestServer, query: string, address: string): Promise<{ status: number; cost: Cost; body: Awaited<ReturnType<typeof bodyOf>>; retryAfter: string | null }> {
  const response = await server.post({ query }, { "x-forwarded-for": address });
  const body = await bodyOf(response);
  return { status: response.status, cost: body.extensions?.cost as Cost, body, retryAfter: response.headers.get("retry-after") };
}

const available = (answer: { cost: Cost }) => answer.cost.throttleStatus!.currentlyAvailable;

async function level(address: string): Promise<number | undefined> {
  return (await query<{ level: number }>(owner.databaseUrl, "SELECT level FROM cost_bucket WHERE key = $1", [`address:${address}`]))[0]?.level;
}

const greetings = async () => (await query<{ n: number }>(owner.databaseUrl, "SELECT coalesce(sum(count), 0)::int AS n FROM greeting"))[0]!.n;

const times = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("leases on the cost buckets", () => {
  it("sends one bucket statement for a run of one client's requests, one after another or all at once", async () => {
    const server = await instance();
    try {
      let before = server.outsideRequests.statements;
      const levels = [];
      for (const _ of times(40)) levels.push(available(await ask(server, "{ hello }", "198.18.210.1")));
      // What the bucket would have reported without leases: each request took 1.
      expect(levels).toEqual(times(40).map((i) => SIZE - 1 - i));
      expect(server.outsideRequests.statements - before).toBe(1);
      // The lease left the shared bucket: 1000 - 150.
      expect(await level("198.18.210.1")).toBeCloseTo(SIZE - LEASE, 0);

      before = server.outsideRequests.statements;
      const together = await Promise.all(times(30).map(() => ask(server, "{ hello }", "198.18.210.2")));
      expect(together.every((answer) => answer.status === 200)).toBe(true);
      // One take went to the database; the others waited for it and spent its lease.
      expect(server.outsideRequests.statements - before).toBe(1);
      expect(Math.min(...together.map(available))).toBe(SIZE - 30);
    } finally {
      await server.stop();
    }

    const unleased = await instance({ COST_LEASE_PERCENT: "0" });
    try {
      const before = unleased.outsideRequests.statements;
      for (const _ of times(10)) await ask(unleased, "{ hello }", "198.18.210.3");
      expect(unleased.outsideRequests.statements - before).toBe(10);
    } finally {
      await unleased.stop();
    }
  });

  it("throttles a small bucket where it would be throttled without leases, reporting the same levels", async () => {
    // A bucket of 100 leased 50 at a time; each request is one greeting, 11 points.
    const server = await instance({ MAX_QUERY_COST: "100", COST_BUCKET_SIZE: "100", COST_LEASE_PERCENT: "50" });
    try {
      const [before, written] = [server.outsideRequests.statements, await greetings()];
      const answers = [];
      for (const _ of times(10)) answers.push(await ask(server, greets(1), "198.18.211.1"));
      expect(answers.map((a) => a.status)).toEqual([...times(9).map(() => 200), 429]);
      expect(answers.slice(0, 9).map(available)).toEqual([89, 78, 67, 56, 45, 34, 23, 12, 1]);
      const throttled = answers[9]!;
      expect(throttled.body.errors[0].extensions).toMatchObject({ code: "THROTTLED" });
      expect(throttled.body.errors[0].message).toMatch(/^Throttled: this operation costs 11, [12] of 100 points are available and 1 come back per second\.$/);
      expect(throttled.cost).toMatchObject({ requestedQueryCost: 11, actualQueryCost: 0, throttleStatus: { currentlyAvailable: expect.any(Number) } });
      expect(available(throttled)).toBeLessThan(11);
      const wait = throttled.body.errors[0].extensions!.retryAfterSeconds as number;
      expect(wait).toBeGreaterThanOrEqual(9);
      expect(wait).toBeLessThanOrEqual(10);
      expect(Number(throttled.retryAfter)).toBe(wait);
      // Nothing ran once throttled; two leases and the refusal were the statements.
      expect((await greetings()) - written).toBe(9);
      expect(server.outsideRequests.statements - before).toBe(3);
    } finally {
      await server.stop();
    }
  });

  it("never grants, across two instances sharing a client's bucket, more than the bucket holds", async () => {
    const [first, second] = await Promise.all([instance(), instance()]);
    const client = "198.18.212.1";
    const written = await greetings();
    const started = performance.now();
    const answers: { query: string; status: number; cost: Cost }[] = [];
    try {
      // Waves of six at once, three on each instance, greetings (33, all used) beside pages that
      // ask for 33 and use 1: about 60 × 33 asked of a bucket of 1000.
      for (const wave of times(10)) {
        const sent = times(6).map((i) => ({ server: i % 2 ? second : first, query: (wave + i) % 3 ? greets(3) : ASKS_FOR_MORE }));
        answers.push(...(await Promise.all(sent.map(async ({ server, query }) => ({ query, ...(await ask(server, query, client)) })))));
      }
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    const seconds = (performance.now() - started) / 1000;
    const spent = answers.reduce((sum, a) => sum + a.cost.actualQueryCost, 0);
    const greeted = answers.filter((a) => a.status === 200 && a.query !== ASKS_FOR_MORE).length;
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
    // The bucket, and what restored while the test ran: nothing more.
    expect(spent).toBeLessThanOrEqual(SIZE + seconds);
    // Throttled at most one lease early (the other instance's).
    expect(spent).toBeGreaterThanOrEqual(SIZE - LEASE);
    expect((await greetings()) - written).toBe(3 * greeted);
    // Both stopped and gave their leases back: the bucket holds exactly what was not spent, and
    // what restored.
    const left = (await level(client))!;
    expect(left).toBeGreaterThanOrEqual(SIZE - spent - 0.001);
    expect(left).toBeLessThanOrEqual(SIZE - spent + seconds);
  });

  it("gives back a lease unused for COST_LEASE_MS to the shared bucket", async () => {
    const server = await instance({ COST_LEASE_MS: "200" });
    try {
      const before = server.outsideRequests.statements;
      expect(available(await ask(server, "{ hello }", "198.18.213.1"))).toBe(SIZE - 1);
      expect(await level("198.18.213.1")).toBeCloseTo(SIZE - LEASE, 0);
      // 149 back: restoring 1 a second, the bucket could not get them otherwise.
      await expect.poll(() => level("198.18.213.1"), { timeout: 5000 }).toBeGreaterThanOrEqual(SIZE - 1);
      expect(await level("198.18.213.1")).toBeLessThanOrEqual(SIZE);
      expect(server.outsideRequests.statements - before).toBe(2);
    } finally {
      await server.stop();
    }
  });

  it("gives back every lease when the server stops, in one statement", async () => {
    const server = await instance({ COST_LEASE_MS: "60000" });
    const addresses = ["198.18.214.1", "198.18.214.2", "198.18.214.3"];
    const before = server.outsideRequests.statements;
    for (const address of addresses) expect(available(await ask(server, ASKS_FOR_MORE, address))).toBe(SIZE - 1);
    for (const address of addresses) expect(await level(address)).toBeCloseTo(SIZE - LEASE, 0);
    await server.stop();
    for (const address of addresses) {
      expect(await level(address)).toBeGreaterThanOrEqual(SIZE - 1);
      expect(await level(address)).toBeLessThanOrEqual(SIZE);
    }
    expect(server.outsideRequests.statements - before).toBe(addresses.length + 1);
  });
});
