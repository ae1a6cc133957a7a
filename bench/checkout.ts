/**
 * Cart and checkout under load, against the production configuration (manual payment):
 * S4a add-to-cart, 50 clients each on their own cart; S4b 50 clients on one cart;
 * S5 checkout, 50 clients racing to place carts for a variant with too little stock.
 * The server runs pinned to core 0, the load generator to core 1; scenarios are interleaved per
 * round and medians reported. After every S5 round the database is checked for overselling.
 * Usage: npm run bench:checkout -- [rounds=3] [seconds=5] [cartsPerClient=10]
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { toGlobalId } from "../src/shared/global-id.js";
import type { GraphqlLoadResult, LoadJob } from "./graphql-load.js";
import { cpuSeconds, median, printTable, startPinned } from "./harness.js";
import { body, gql, pooled, readyCart, runJob, seedVariants } from "./shop-load.js";

const [rounds = 3, seconds = 5, cartsPerClient = 10] = process.argv.slice(2).map(Number);
const CLIENTS = 50;
const CART_VARIANTS = 200;

const ADD = "mutation($input: AddCartLinesInput!) { addCartLines(input: $input) { __typename ... on CartUpdated { cartToken cart { totalQuantity totals { total { amount } } } } } }";
const PLACE = "mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on OrderPlaced { order { code totals { total { amount } } } } } }";

/** Oversold units across the shop (must be 0) and whether the ledger matches the stock columns. */
async function oversellCheck(db: pg.Pool, variantId: string, stock: number): Promise<{ oversold: number; placedUnits: number; ledgerBalanced: boolean }> {
  const [row] = (
    await db.query<{ oversold: number; placed: number; unbalanced: number }>(
      `SELECT (SELECT coalesce(sum(greatest(0, stock_allocated - stock_on_hand)), 0)::int FROM variant WHERE NOT allow_backorder) AS oversold,
              (SELECT coalesce(sum(quantity), 0)::int FROM order_line WHERE variant_id = $1) AS placed,
              (SELECT count(*)::int FROM (SELECT v.id FROM variant v LEFT JOIN stock_movement m ON m.variant_id = v.id GROUP BY v.id
                 HAVING v.stock_on_hand <> coalesce(sum(m.on_hand_delta), 0) OR v.stock_allocated <> coalesce(sum(m.allocated_delta), 0)) u) AS unbalanced`,
      [variantId],
    )
  ).rows;
  return { oversold: row!.oversold + Math.max(0, row!.placed - stock), placedUnits: row!.placed, ledgerBalanced: row!.unbalanced === 0 };
}

async function databaseStats(db: pg.Pool): Promise<{ deadlocks: number; rollbacks: number }> {
  const { rows } = await db.query<{ deadlocks: string; xact_rollback: string }>("SELECT deadlocks, xact_rollback FROM pg_stat_database WHERE datname = current_database()");
  return { deadlocks: Number(rows[0]!.deadlocks), rollbacks: Number(rows[0]!.xact_rollback) };
}

type Sample = GraphqlLoadResult & { cpuUs: number; deadlocks: number; rollbacks: number };

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
const db = new pg.Pool({ connectionString: cluster.url, max: 4 });
let failed = false;
try {
  await applyMigrations(cluster.url);
  // The load generator is one client address: without this, S5 measures the limit on orders awaiting
  // payment per address (4 by default) instead of the race for the stock.
  const server = await startPinned("servers/larder.js", 0, { DATABASE_URL: cluster.url, LOG_LEVEL: "warn", UNPAID_ORDERS_PER_ADDRESS: "1000" });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const cartVariants = (await seedVariants(db, CART_VARIANTS, 1_000_000, "cart")).map((id) => toGlobalId("Variant", id));
  // Client i walks the variants from its own offset, so concurrent adds hit different lines as well as the same cart.
  const adds = (headers: Record<string, string>, offset: number) => cartVariants.map((_, v) => ({ headers, body: body(ADD, { lines: [{ variantId: cartVariants[(v + offset) % CART_VARIANTS]!, quantity: 1 }] }) }));
  const newCart = async (i: number) => (await gql(url, ADD, { lines: [{ variantId: cartVariants[i % CART_VARIANTS]!, quantity: 1 }] })).cartToken as string;
  const ownCarts = await pooled(Array.from({ length: CLIENTS }, (_, i) => i), 10, newCart);
  const sharedCart = await newCart(0);

  const stock = (CLIENTS * cartsPerClient) / 2;
  const scenarios: { name: string; prepare: (round: number) => Promise<{ job: LoadJob; after?: () => Promise<string> }> }[] = [
    {
      name: "S4 add-to-cart, 50 clients on 50 carts",
      prepare: async () => ({ job: { url, seconds, clients: ownCarts.map((token, i) => ({ requests: adds({ "x-cart-token": token }, i * 4) })) } }),
    },
    {
      name: "S4 add-to-cart, 50 clients on 1 cart",
      prepare: async () => ({ job: { url, seconds, clients: ownCarts.map((_, i) => ({ requests: adds({ "x-cart-token": sharedCart }, i * 4) })) } }),
    },
    {
      name: `S5 checkout, 50 clients, ${CLIENTS * cartsPerClient} carts for ${stock} units`,
      prepare: async (round) => {
        const [variantId] = await seedVariants(db, 1, stock, `checkout-${round}`);
        const tokens = await pooled(Array.from({ length: CLIENTS * cartsPerClient }, (_, i) => i), 20, (i) => readyCart(url, variantId!, i));
        // Each client places its own carts one after another; all 50 race for the same variant.
        const clients = Array.from({ length: CLIENTS }, (_, c) => ({
          requests: tokens.slice(c * cartsPerClient, (c + 1) * cartsPerClient).map((token, k) => ({
            headers: { "x-cart-token": token },
            body: body(PLACE, { idempotencyKey: `bench-${round}-${c}-${k}`, paymentMethod: "manual" }),
          })),
        }));
        return {
          job: { url, clients },
          after: async () => {
            const check = await oversellCheck(db, variantId!, stock);
            if (check.oversold !== 0 || !check.ledgerBalanced) failed = true;
            return `placed ${check.placedUnits}/${stock} units, oversold ${check.oversold}, ledger ${check.ledgerBalanced ? "balanced" : "UNBALANCED"}`;
          },
        };
      },
    },
  ];

  const samples = new Map<string, Sample[]>(scenarios.map((s) => [s.name, []]));
  const checks: string[] = [];
  // Warm-up: parse/validation caches, Prisma's query plans, the pool.
  runJob({ url, seconds: 1, clients: ownCarts.slice(0, 10).map((token, i) => ({ requests: adds({ "x-cart-token": token }, i) })) });
  for (let round = 0; round < rounds; round++) {
    for (const scenario of scenarios) {
      const { job, after } = await scenario.prepare(round);
      const stats = await databaseStats(db);
      const before = cpuSeconds(server.child.pid!);
      const result = runJob(job);
      const cpuUs = ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests;
      const statsAfter = await databaseStats(db);
      samples.get(scenario.name)!.push({ ...result, cpuUs, deadlocks: statsAfter.deadlocks - stats.deadlocks, rollbacks: statsAfter.rollbacks - stats.rollbacks });
      if (after) checks.push(`round ${round + 1}: ${await after()}; outcomes ${JSON.stringify(result.outcomes)}`);
    }
  }
  server.child.kill("SIGKILL");
  console.log(`\nCart and checkout: ${rounds} interleaved rounds (S4 ${seconds}s each); server on core 0, load on core 1; medians\n`);
  printTable(
    ["scenario", "requests", "req/s", "p50 ms", "p99 ms", "CPU µs/req", "errors", "deadlocks", "rolled back"],
    scenarios.map(({ name }) => {
      const s = samples.get(name)!;
      const sum = (f: (x: Sample) => number) => s.reduce((n, x) => n + f(x), 0);
      return [name, Math.round(median(s.map((x) => x.requests))), Math.round(median(s.map((x) => x.rps))), median(s.map((x) => x.p50)), median(s.map((x) => x.p99)), median(s.map((x) => x.cpuUs)).toFixed(0), sum((x) => x.errors), sum((x) => x.deadlocks), sum((x) => x.rollbacks)];
    }),
  );
  console.log(`\nS5 oversell check (must be 0):\n${checks.map((c) => `- ${c}`).join("\n")}`);
} finally {
  await db.end();
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
