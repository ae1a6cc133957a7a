/** Unpaid orders expire, releasing their stock once, however many runners race; the job runs in the real process. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { purgeAbandonedGuestCarts } from "../../src/modules/cart/cart-housekeeping.js";
import { addJob } from "../../src/shared/jobs.js";
import { HOUSEKEEPING_TASKS } from "../../src/worker/schedule.js";
import { expireUnpaidOrders } from "../../src/modules/orders/order-expiry.js";
import { parseGlobalId } from "../../src/shared/global-id.js";
import { customerHeaders } from "../helpers/auth.js";
import { createVariant, placeOrder, readyCart, stockOf, unbalancedVariants } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { uniqueEmail } from "../helpers/identity.js";
import { freePort } from "../helpers/ports.js";
import { spawnServer } from "../helpers/process.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let runners: Database[];
beforeAll(async () => {
  // No job runner beside this server: the spawned server's runner must be the one that takes the job.
  server = await startTestServer({ PAYMENT_METHODS: "manual,test", JOBS_IN_SERVER: "false" });
  // Separate pools stand in for separate server instances; each opens its connection now, so that
  // the racing runners below start their first batch at the same moment.
  runners = [openDatabase(server.databaseUrl), openDatabase(server.databaseUrl), openDatabase(server.databaseUrl)];
  await Promise.all(runners.map((r) => r.sql.query`SELECT 1`));
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.close()));
  await server.stop();
});

async function manualOrders(count: number, onHand: number): Promise<{ variantId: string; orderIds: string[] }> {
  const variant = await createVariant(server, { onHand });
  const carts = await Promise.all(Array.from({ length: count }, () => readyCart(server, [{ variant, quantity: 1 }])));
  const orderIds = await Promise.all(
    carts.map(async (cart) => {
      const placed = (await placeOrder(server, cart, { paymentMethod: "manual" })).body.data!.placeOrder;
      if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
      return parseGlobalId(placed.order.id)!.id;
    }),
  );
  return { variantId: variant.id, orderIds };
}

const pastDue = (ids: string[]) => query(server.databaseUrl, "UPDATE shop_order SET expires_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])", [ids]);

describe("unpaid order expiry", () => {
  it("cancels each overdue order exactly once when three runners race over several batches each, releasing its stock", { timeout: 60_000 }, async () => {
    // 130 overdue orders are three batches of at most 50: with SKIP LOCKED the runners claim
    // different batches at once instead of waiting on each other's locks.
    const { variantId, orderIds } = await manualOrders(132, 140);
    const [overdue, fresh] = [orderIds.slice(0, 130), orderIds.slice(130)];
    await pastDue(overdue);
    expect(await stockOf(server, variantId)).toEqual({ onHand: 140, allocated: 132 });
    const counts = await Promise.all(runners.map((r) => expireUnpaidOrders(r.sql)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(130);
    expect(counts.every((n) => n > 0), `each runner cancelled some orders: ${counts}`).toBe(true);
    const states = await query<{ state: string; n: number }>(server.databaseUrl, "SELECT state, count(*)::int AS n FROM shop_order WHERE id = ANY($1::uuid[]) GROUP BY state ORDER BY state", [orderIds]);
    expect(states).toEqual([
      { state: "PLACED", n: 2 },
      { state: "CANCELLED", n: 130 },
    ]);
    const transitions = await query<{ n: number; orders: number; notes: string[] }>(
      server.databaseUrl,
      "SELECT count(*)::int AS n, count(DISTINCT order_id)::int AS orders, array_agg(DISTINCT note) AS notes FROM order_transition WHERE order_id = ANY($1::uuid[]) AND to_state = 'CANCELLED' AND staff_id IS NULL",
      [overdue],
    );
    expect(transitions).toEqual([{ n: 130, orders: 130, notes: ["payment not received in time"] }]);
    const releases = await query<{ n: number }>(server.databaseUrl, "SELECT coalesce(-sum(allocated_delta), 0)::int AS n FROM stock_movement WHERE variant_id = $1 AND kind = 'RELEASE' AND reason = 'ORDER_EXPIRED'", [variantId]);
    expect(releases).toEqual([{ n: 130 }]);
    expect(await stockOf(server, variantId)).toEqual({ onHand: 140, allocated: fresh.length });
    expect(await unbalancedVariants(server)).toEqual([]);
    expect(await Promise.all(runners.map((r) => expireUnpaidOrders(r.sql)))).toEqual([0, 0, 0]);
  });

  it("leaves paid and not yet overdue orders alone", async () => {
    const { orderIds } = await manualOrders(2, 5);
    await query(server.databaseUrl, "UPDATE shop_order SET state = 'PAYMENT_SETTLED' WHERE id = $1", [orderIds[0]]);
    await query(server.databaseUrl, "UPDATE shop_order SET expires_at = now() - interval '1 minute' WHERE id = $1", [orderIds[0]]);
    expect(await expireUnpaidOrders(runners[0]!.sql)).toBe(0);
    const states = await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE id = ANY($1::uuid[]) ORDER BY state", [orderIds]);
    expect(states.map((s) => s.state).sort()).toEqual(["PAYMENT_SETTLED", "PLACED"]);
  });

  it("deletes guest carts untouched for 30 days, never younger ones or customers' carts", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const [old, young] = [uniqueEmail("old-guest"), uniqueEmail("young-guest")];
    await readyCart(server, [{ variant, quantity: 1 }], {}, { email: old });
    await readyCart(server, [{ variant, quantity: 1 }], {}, { email: young });
    const customer = await customerHeaders(server);
    await readyCart(server, [{ variant, quantity: 1 }], { authorization: customer.authorization });
    await query(server.databaseUrl, "UPDATE cart SET updated_at = now() - interval '31 days' WHERE email = $1 OR customer_id = $2", [old, customer.customerId]);
    await query(server.databaseUrl, "UPDATE cart SET updated_at = now() - interval '29 days' WHERE email = $1", [young]);
    expect(await purgeAbandonedGuestCarts(runners[0]!.sql)).toBe(1);
    const left = async (where: string, value: string) => (await query<{ n: number }>(server.databaseUrl, `SELECT count(*)::int AS n FROM cart WHERE ${where} = $1`, [value]))[0]!.n;
    expect(await left("email", old)).toBe(0);
    expect(await left("email", young)).toBe(1);
    expect(await left("customer_id", customer.customerId)).toBe(1);
  });

  it("runs as a job of the server process's job runner and stops with it", { timeout: 60_000 }, async () => {
    const { variantId, orderIds } = await manualOrders(1, 3);
    await pastDue(orderIds);
    const port = await freePort();
    const child = spawnServer({ DATABASE_URL: server.databaseUrl, PORT: String(port) });
    try {
      await child.ready;
      // The schedule adds this job every minute (test/events/schedule.test.ts); here it is added at once.
      await addJob(server.database.sql, HOUSEKEEPING_TASKS.commerce, {});
      // The server's log is flushed every 250 ms: wait for the line as well as for the state.
      const logged = () => child.logs.some((l) => l.msg === "commerce housekeeping" && l.expiredOrders === 1);
      const deadline = Date.now() + 10_000;
      let state = "PLACED";
      while ((state === "PLACED" || !logged()) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        state = (await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE id = $1", [orderIds[0]]))[0]!.state;
      }
      expect(state).toBe("CANCELLED");
      expect(logged()).toBe(true);
      expect(await stockOf(server, variantId)).toEqual({ onHand: 3, allocated: 0 });
    } finally {
      child.child.kill("SIGTERM");
    }
    expect(await child.exited).toBe(0);
  });
});
