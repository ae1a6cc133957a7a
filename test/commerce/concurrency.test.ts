/**
 * The guarantees of checkout under concurrency, on real PostgreSQL over HTTP, each scenario
 * repeated: no overselling, no double orders, idempotent retries, atomic coupon limits, and
 * nothing left behind by a failure between allocation and order creation.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApplyCoupon, commerceCounts, createCoupon, createVariant, placeOrder, readyCart, stockOf, unbalancedVariants, type TestVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const ROUNDS = 3;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** `count` guest carts, each holding `quantity` of `variant` and ready to order. */
function guestCarts(variant: TestVariant, count: number, quantity = 1): Promise<Record<string, string>[]> {
  return Promise.all(Array.from({ length: count }, () => readyCart(server, [{ variant, quantity }])));
}

function typenames(results: { body: { data?: { placeOrder: { __typename: string } } | null } }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const name = r.body.data?.placeOrder.__typename ?? "error";
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

async function allocationsOf(variant: TestVariant): Promise<number> {
  const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT coalesce(sum(allocated_delta), 0)::int AS n FROM stock_movement WHERE variant_id = $1 AND kind = 'ALLOCATION'", [variant.id]);
  return row!.n;
}

describe("checkout under concurrency", () => {
  it("sells exactly the 10 units in stock to 50 carts racing for them", { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const variant = await createVariant(server, { onHand: 10 });
      const carts = await guestCarts(variant, 50);
      const results = await Promise.all(carts.map((headers) => placeOrder(server, headers)));
      expect(typenames(results)).toEqual({ OrderPlaced: 10, InsufficientStock: 40 });
      for (const r of results) {
        const result = r.body.data!.placeOrder;
        if (result.__typename === "InsufficientStock") expect(result.shortages).toEqual([{ variantId: variant.globalId, requested: 1, available: 0 }]);
      }
      const stock = await stockOf(server, variant.id);
      expect(stock).toEqual({ onHand: 10, allocated: 10 });
      expect(stock.onHand - stock.allocated).toBe(0);
      const [orders] = await query<{ n: number }>(server.databaseUrl, "SELECT count(DISTINCT order_id)::int AS n FROM order_line WHERE variant_id = $1", [variant.id]);
      expect(orders!.n).toBe(10);
      expect(await allocationsOf(variant)).toBe(10);
      expect(await unbalancedVariants(server)).toEqual([]);
    }
  });

  it("turns one cart placed 10 times at once into one order", { timeout: 60_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const variant = await createVariant(server, { onHand: 100 });
      const [headers] = await guestCarts(variant, 1, 3);
      const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder(server, headers!)));
      expect(typenames(results)).toEqual({ OrderPlaced: 1, EmptyCart: 9 });
      expect(await stockOf(server, variant.id)).toEqual({ onHand: 100, allocated: 3 });
      expect(await allocationsOf(variant)).toBe(3);
    }
  });

  it("answers 20 concurrent retries of one idempotency key with one order and identical responses", { timeout: 60_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const variant = await createVariant(server, { onHand: 100 });
      const [headers] = await guestCarts(variant, 1, 2);
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(server, headers!, { idempotencyKey: key })));
      expect(typenames(results)).toEqual({ OrderPlaced: 20 });
      expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
      const [orders] = await query<{ n: number }>(server.databaseUrl, "SELECT count(DISTINCT order_id)::int AS n FROM order_line WHERE variant_id = $1", [variant.id]);
      expect(orders!.n).toBe(1);
      expect(await stockOf(server, variant.id)).toEqual({ onHand: 100, allocated: 2 });
      const reused = await placeOrder(server, headers!, { idempotencyKey: key, paymentMethod: "manual" });
      expect(reused.body.data!.placeOrder).toMatchObject({ __typename: "IdempotencyKeyReused", code: "IDEMPOTENCY_KEY_REUSED" });
    }
  });

  it("redeems a coupon limited to one use once when 20 orders race with it", { timeout: 60_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const variant = await createVariant(server, { onHand: 100, price: 5000 });
      const code = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 1000, usageLimit: 1 });
      const carts = await guestCarts(variant, 20);
      for (const headers of carts) {
        const applied = await server.gql(ApplyCoupon, { input: { code } }, { headers });
        expect(applied.body.data!.applyCoupon.__typename).toBe("CartUpdated");
      }
      const results = await Promise.all(carts.map((headers) => placeOrder(server, headers)));
      expect(typenames(results)).toEqual({ OrderPlaced: 1, CouponUnavailable: 19 });
      for (const r of results) {
        const result = r.body.data!.placeOrder;
        if (result.__typename === "CouponUnavailable") expect(result).toMatchObject({ couponCode: code, reason: "USAGE_LIMIT_REACHED" });
        if (result.__typename === "OrderPlaced") expect(result.order).toMatchObject({ couponCodes: [code], totals: { discount: { amount: "5.00" } } });
      }
      const [coupon] = await query<{ times_used: number; orders: number }>(
        server.databaseUrl,
        "SELECT times_used, (SELECT count(*)::int FROM order_coupon oc WHERE oc.coupon_id = c.id) AS orders FROM coupon c WHERE code = $1",
        [code],
      );
      expect(coupon).toEqual({ times_used: 1, orders: 1 });
      // The refused orders left no stock behind.
      expect(await stockOf(server, variant.id)).toEqual({ onHand: 100, allocated: 1 });
    }
  });

  it("leaves nothing behind when the payment fails between allocation and order creation, while others succeed", { timeout: 60_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // Enough stock for all 20, so every failing request gets as far as the payment.
      const variant = await createVariant(server, { onHand: 20 });
      const carts = await guestCarts(variant, 20);
      const before = await commerceCounts(server);
      const results = await Promise.all(carts.map((headers, i) => placeOrder(server, headers, { paymentToken: i % 2 === 0 ? "error" : undefined })));
      expect(typenames(results)).toEqual({ OrderPlaced: 10, PaymentProviderUnavailable: 10 });
      const after = await commerceCounts(server);
      expect(after.orders - before.orders).toBe(10);
      expect(after.movements - before.movements).toBe(10);
      expect(after.carts - before.carts).toBe(-10);
      expect(await stockOf(server, variant.id)).toEqual({ onHand: 20, allocated: 10 });
      expect(await unbalancedVariants(server)).toEqual([]);
    }
  });
});
