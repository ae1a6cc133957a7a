/**
 * The outbox under load.
 * 1. What writing the event adds to placeOrder: 20 clients place guest carts (manual payment, as
 *    in production; each order records order.placed), in rounds that alternate between the outbox
 *    as it is and the outbox switched off for the bench by a trigger that drops event rows before
 *    they are written (the statement still runs; its insert and its dispatch job do not). Server
 *    on core 0, load on core 1, PostgreSQL unpinned; medians of the rounds.
 * 2. Events per second through the outbox to a local consumer: events recorded beforehand, one per
 *    transaction, then a job runner in this process (JOB_CONCURRENCY, default 4) dispatches and
 *    delivers them to a consumer that counts; timed from the runner's start to the last delivery.
 * 3. Events per second through the outbox to a local webhook receiver: the same, with the webhooks
 *    consumer and one endpoint on an HTTP server in this process that answers 204; each event is
 *    three jobs (dispatch, the consumer's delivery, the signed POST), timed to the last request.
 * Usage: npm run bench:events -- [rounds=4] [ordersPerRound=1000] [events=5000] [webhookEvents=2000]
 */
import "reflect-metadata";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { createMailer } from "../src/mail/mailer.js";
import type { EventConsumer } from "../src/modules/events/dispatch.js";
import { recordEvent } from "../src/modules/events/outbox.js";
import { createLogger } from "../src/shared/logger.js";
import { webhookConsumer } from "../src/modules/webhooks/webhook-consumer.js";
import { startJobRunner } from "../src/worker/job-runner.js";
import type { GraphqlLoadResult } from "./graphql-load.js";
import { cpuSeconds, median, printTable, startPinned } from "./harness.js";
import { body, pooled, readyCart, runJob, seedVariants } from "./shop-load.js";

const [rounds = 4, ordersPerRound = 1000, eventCount = 5000, webhookEvents = 2000] = process.argv.slice(2).map(Number);
const CLIENTS = 20;

const PLACE = "mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename } }";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
const db = new pg.Pool({ connectionString: cluster.url, max: 4 });
try {
  await applyMigrations(cluster.url);
  // The bench's switch: a trigger that drops event rows, so neither the row nor its dispatch job is written.
  await db.query(`CREATE FUNCTION bench_skip_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
                  CREATE TRIGGER bench_skip_event BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION bench_skip_event();
                  ALTER TABLE event DISABLE TRIGGER bench_skip_event`);
  const server = await startPinned("servers/larder.js", 0, { DATABASE_URL: cluster.url, LOG_LEVEL: "warn", UNPAID_ORDERS_PER_ADDRESS: "1000", UNPAID_ORDERS_PER_BUYER: "100" });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const variants = await seedVariants(db, CLIENTS, 1_000_000_000, "events");
  const modes = {
    with: { label: "placeOrder, event written (order.placed)", trigger: "DISABLE" },
    without: { label: "placeOrder, event write switched off", trigger: "ENABLE" },
  };
  const samples: Record<keyof typeof modes, (GraphqlLoadResult & { cpuUs: number })[]> = { with: [], without: [] };
  const perClient = Math.ceil(ordersPerRound / CLIENTS);
  const place = async (round: number, warm = false) => {
    const tokens = await pooled(Array.from({ length: CLIENTS * perClient }, (_, i) => i), 20, (i) => readyCart(url, variants[i % CLIENTS]!, i));
    return {
      url,
      clients: Array.from({ length: CLIENTS }, (_, c) => ({
        requests: tokens.slice(c * perClient, (c + 1) * perClient).map((token, k) => ({ headers: { "x-cart-token": token }, body: body(PLACE, { idempotencyKey: `bench-${warm ? "warm" : round}-${c}-${k}`, paymentMethod: "manual" }) })),
      })),
    };
  };
  runJob(await place(-1, true));
  await db.query("UPDATE shop_order SET state = 'CANCELLED', expires_at = NULL WHERE state = 'PLACED'");
  for (let round = 0; round < rounds; round++) {
    // Alternate which variant goes first, so neither always follows the other.
    const order = round % 2 === 0 ? (["with", "without"] as const) : (["without", "with"] as const);
    for (const variant of order) {
      const job = await place(round * 2 + (variant === "with" ? 0 : 1));
      await db.query(`ALTER TABLE event ${modes[variant].trigger} TRIGGER bench_skip_event`);
      const before = cpuSeconds(server.child.pid!);
      const result = runJob(job);
      samples[variant].push({ ...result, cpuUs: ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests });
      // Orders awaiting payment count against the client address's limit: settle the books between rounds.
      await db.query("UPDATE shop_order SET state = 'CANCELLED', expires_at = NULL WHERE state = 'PLACED'");
    }
  }
  await db.query("ALTER TABLE event DISABLE TRIGGER bench_skip_event");
  server.child.kill("SIGKILL");
  const { rows: [written] } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM event");
  console.log(`\nplaceOrder with and without the event write: ${rounds} interleaved rounds of ${CLIENTS * perClient} orders by ${CLIENTS} clients; server on core 0, load on core 1; medians\n`);
  printTable(
    ["variant", "orders/s", "p50 ms", "p99 ms", "server CPU µs/order", "outcomes"],
    (["with", "without"] as const).map((v) => {
      const s = samples[v];
      return [modes[v].label, Math.round(median(s.map((x) => x.rps))), median(s.map((x) => x.p50)), median(s.map((x) => x.p99)), median(s.map((x) => x.cpuUs)).toFixed(0), JSON.stringify(s[0]!.outcomes)];
    }),
  );
  console.log(`(${written!.n} events written in the rounds with the outbox on, none in the others)`);

  // 2. Throughput through the outbox to a local consumer.
  await db.query("DELETE FROM event; DELETE FROM graphile_worker._private_jobs");
  const database = openDatabase(cluster.url, { max: 8 });
  const ids = Array.from({ length: eventCount }, () => crypto.randomUUID());
  await pooled(ids, 8, (id) =>
    database.sql.transaction((tx) => recordEvent(tx, { type: "product.archived", aggregateId: id, payload: { productId: id, version: 1 } })),
  );
  let delivered = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const consumer: EventConsumer = {
    name: "bench-counter",
    types: "*",
    async handle() {
      if (++delivered === eventCount) done();
    },
  };
  const config = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" });
  const log = createLogger("silent").log;
  const started = performance.now();
  const runner = await startJobRunner({ config, databaseUrl: cluster.url, db: database.sql, log, mailer: createMailer(config, database.sql, log), consumers: [consumer] });
  await all;
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  await database.close();
  console.log(`\nEvents through the outbox to a local consumer: ${eventCount} events recorded beforehand, one job runner (JOB_CONCURRENCY ${config.jobs.concurrency}) in the bench process\n`);
  printTable(["events", "jobs run", "seconds", "events/s"], [[eventCount, eventCount * 2, seconds.toFixed(2), Math.round(eventCount / seconds)]]);

  // 3. Throughput through the outbox to a local webhook receiver.
  await db.query("DELETE FROM event; DELETE FROM graphile_worker._private_jobs");
  let received = 0;
  let allReceived: () => void = () => undefined;
  const receivedAll = new Promise<void>((resolve) => (allReceived = resolve));
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.statusCode = 204;
      res.end();
      if (++received === webhookEvents) allReceived();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  await db.query("INSERT INTO webhook_endpoint (id, url, event_types, secret, updated_at) VALUES (gen_random_uuid(), $1, '{product.archived}', $2, now())", [
    `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
    `whsec_${Buffer.alloc(32, 1).toString("base64")}`,
  ]);
  const hooksDb = openDatabase(cluster.url, { max: 8 });
  const hookIds = Array.from({ length: webhookEvents }, () => crypto.randomUUID());
  await pooled(hookIds, 8, (id) => hooksDb.sql.transaction((tx) => recordEvent(tx, { type: "product.archived", aggregateId: id, payload: { productId: id, version: 1 } })));
  const hooksConfig = loadConfig({ ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent", WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" });
  const hooksStarted = performance.now();
  const hooksRunner = await startJobRunner({ config: hooksConfig, databaseUrl: cluster.url, db: hooksDb.sql, log, mailer: createMailer(hooksConfig, hooksDb.sql, log), consumers: [webhookConsumer(hooksDb.sql)] });
  await receivedAll;
  const hooksSeconds = (performance.now() - hooksStarted) / 1000;
  await hooksRunner.stop();
  const { rows: [succeeded] } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM webhook_delivery WHERE status = 'SUCCEEDED'");
  await hooksDb.close();
  receiver.close();
  console.log(`\nEvents through the outbox to a local webhook receiver: ${webhookEvents} events recorded beforehand, one endpoint, one job runner (JOB_CONCURRENCY ${hooksConfig.jobs.concurrency}) and the receiver in the bench process\n`);
  printTable(["events", "jobs run", "seconds", "events/s", "deliveries succeeded"], [[webhookEvents, webhookEvents * 3, hooksSeconds.toFixed(2), Math.round(webhookEvents / hooksSeconds), succeeded!.n]]);
} finally {
  await db.end();
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
