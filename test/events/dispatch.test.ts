/**
 * The relay: after the commit, a job runner hands each event to the consumers that want it, each
 * delivery a job of its own; a consumer that throws gets the event again later, the others once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELIVER_TASK, type EventConsumer } from "../../src/modules/events/dispatch.js";
import type { StoredEvent } from "../../src/modules/events/event-catalogue.js";
import { firstDelivery } from "../../src/modules/events/outbox.js";
import { addJob } from "../../src/shared/jobs.js";
import { createMailer } from "../../src/mail/mailer.js";
import { createLogger } from "../../src/shared/logger.js";
import { startJobRunner, type JobRunner } from "../../src/worker/job-runner.js";
import { createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

let server: TestServer;
let runner: JobRunner;
const received = { placed: [] as StoredEvent[], every: [] as StoredEvent[], flaky: [] as string[], applied: 0 };

const consumers: EventConsumer[] = [
  { name: "test-placed", types: ["order.placed"], handle: async (event) => void received.placed.push(event) },
  { name: "test-every", types: "*", handle: async (event) => void received.every.push(event) },
  {
    name: "test-flaky",
    types: ["order.paid"],
    async handle(event) {
      received.flaky.push(event.id);
      if (received.flaky.filter((id) => id === event.id).length === 1) throw new Error("receiver down");
    },
  },
  {
    name: "test-deduplicating",
    types: ["customer.registered"],
    async handle(event) {
      await server.database.sql.transaction(async (tx) => {
        if (await firstDelivery(tx, "test-deduplicating", event.id)) received.applied += 1;
      });
    },
  },
];

beforeAll(async () => {
  server = await startTestServer({ JOBS_IN_SERVER: "false" });
  const log = createLogger("silent").log;
  runner = await startJobRunner({ config: server.config, databaseUrl: server.databaseUrl, db: server.database.sql, log, mailer: createMailer(server.config, server.database.sql, log), consumers });
});

afterAll(async () => {
  await runner?.stop();
  await server?.stop();
});

async function placePaidOrder(): Promise<string> {
  const variant = await createVariant(server, { onHand: 100 });
  const { body } = await placeOrder(server, await readyCart(server, [{ variant, quantity: 1 }]));
  const placed = body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  const [row] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [placed.order.code]);
  return row!.id;
}

describe("dispatch to consumers", () => {
  it("delivers each event, as stored, to every consumer that wants its type, and marks it dispatched", async () => {
    const orderId = await placePaidOrder();
    const [placed, paid] = await query<{ id: string; dispatched_at: Date | null }>(server.databaseUrl, "SELECT id, dispatched_at FROM event WHERE aggregate_id = $1 ORDER BY id", [orderId]);
    const delivered = await waitFor(() => received.placed.find((e) => e.aggregateId === orderId), "order.placed at its consumer");
    expect(delivered).toMatchObject({ id: placed!.id, type: "order.placed", version: 1, aggregateType: "order", payload: { orderId } });
    await waitFor(() => (received.every.filter((e) => e.aggregateId === orderId).length === 2 ? true : undefined), "both events at the catch-all consumer");
    expect(received.every.filter((e) => e.aggregateId === orderId).map((e) => e.id)).toEqual(expect.arrayContaining([placed!.id, paid!.id]));
    expect(received.placed.filter((e) => e.type !== "order.placed")).toEqual([]);
    const rows = await query<{ dispatched_at: Date | null }>(server.databaseUrl, "SELECT dispatched_at FROM event WHERE aggregate_id = $1", [orderId]);
    expect(rows.every((r) => r.dispatched_at !== null)).toBe(true);
  });

  it("retries a consumer that failed without delivering to the others again", async () => {
    const orderId = await placePaidOrder();
    const [paid] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM event WHERE aggregate_id = $1 AND type = 'order.paid'", [orderId]);
    // graphile-worker's first retry comes after about e^1 seconds.
    await waitFor(() => (received.flaky.filter((id) => id === paid!.id).length === 2 ? true : undefined), "the retried delivery", 15_000);
    expect(received.every.filter((e) => e.id === paid!.id)).toHaveLength(1);
  }, 20_000);

  it("applies an event delivered twice once, when the consumer deduplicates by event id", async () => {
    const [event] = await query<{ id: string }>(
      server.databaseUrl,
      `INSERT INTO event (id, type, version, aggregate_type, aggregate_id, payload)
       VALUES (gen_random_uuid(), 'customer.registered', 1, 'customer', gen_random_uuid(), '{}') RETURNING id`,
    );
    const before = received.applied;
    for (let i = 0; i < 2; i++) await addJob(server.database.sql, DELIVER_TASK, { eventId: event!.id, consumer: "test-deduplicating" });
    await waitFor(async () => {
      const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = $1", [DELIVER_TASK]);
      return row!.n === 0 ? true : undefined;
    }, "both deliveries done");
    expect(received.applied - before).toBe(1);
  });
});
