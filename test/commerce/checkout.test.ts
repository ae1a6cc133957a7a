/** Placing orders over HTTP: totals, stock, payment outcomes, idempotency, and what a refusal leaves behind. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { AddLines, commerceCounts, createVariant, placeOrder, readyCart, stockOf, unbalancedVariants } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TAX_RATES: "DE:19,*:0", SHIPPING_METHODS: "standard:Standard:4.90:50.00;express:Express:9.90" });
});
afterAll(() => server.stop());

const Cart = graphql(`
  query CheckoutCart {
    cart {
      id
      totalQuantity
    }
  }
`);

describe("placeOrder", () => {
  it("places a guest order with the test method: settled, stock allocated, ledger written, cart gone", async () => {
    const variant = await createVariant(server, { onHand: 5, price: 1999 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }], {}, { email: "Ada@Example.test" });
    const placed = await placeOrder(server, headers);
    const result = placed.body.data!.placeOrder;
    expect(result.__typename).toBe("OrderPlaced");
    if (result.__typename !== "OrderPlaced") return;
    expect(result.order).toMatchObject({
      state: "PAYMENT_SETTLED",
      email: "ada@example.test",
      expiresAt: null,
      // 2 × 19.99 = 39.98 gross with 19 % included: 39.98 − round(39.98 / 1.19) = 6.38; shipping 4.90 contains 0.78.
      totals: { subtotal: { amount: "39.98" }, discount: { amount: "0.00" }, shipping: { amount: "4.90" }, tax: { amount: "7.16" }, total: { amount: "44.88" } },
      lines: [{ sku: variant.sku, quantity: 2, unitPrice: { amount: "19.99" } }],
    });
    expect(result.order.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(result.order.paymentReference).toMatch(/^test_/);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 2 });
    expect(await unbalancedVariants(server)).toEqual([]);
    const transitions = await query(server.databaseUrl, "SELECT from_state, to_state FROM order_transition t JOIN shop_order o ON o.id = t.order_id WHERE o.code = $1 ORDER BY t.created_at, t.from_state NULLS FIRST", [result.order.code]);
    expect(transitions).toEqual([
      { from_state: null, to_state: "PLACED" },
      { from_state: "PLACED", to_state: "PAYMENT_AUTHORIZED" },
      { from_state: "PAYMENT_AUTHORIZED", to_state: "PAYMENT_SETTLED" },
    ]);
    expect((await server.gql(Cart, {}, { headers })).body.data!.cart).toBeNull();
  });

  it("leaves a manual-payment order PLACED, expiring, with its stock held", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const headers = await readyCart(server, [{ variant, quantity: 1 }], await customerHeaders(server).then(({ authorization }) => ({ authorization })));
    const placed = await placeOrder(server, headers, { paymentMethod: "manual" });
    const result = placed.body.data!.placeOrder;
    if (result.__typename !== "OrderPlaced") throw new Error(JSON.stringify(result));
    expect(result.order.state).toBe("PLACED");
    expect(new Date(result.order.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 3, allocated: 1 });
  });

  it("answers a declined payment with PaymentDeclined: no order, no stock held, the cart as it was", async () => {
    const variant = await createVariant(server, { onHand: 4 });
    const headers = await readyCart(server, [{ variant, quantity: 3 }]);
    const before = await commerceCounts(server);
    const placed = await placeOrder(server, headers, { paymentToken: "decline" });
    expect(placed.body.data!.placeOrder).toMatchObject({ __typename: "PaymentDeclined", code: "PAYMENT_DECLINED", path: ["input", "paymentToken"] });
    expect(await commerceCounts(server)).toEqual(before);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 4, allocated: 0 });
    expect((await server.gql(Cart, {}, { headers })).body.data!.cart).toMatchObject({ totalQuantity: 3 });
    const retry = await placeOrder(server, headers);
    expect(retry.body.data!.placeOrder.__typename).toBe("OrderPlaced");
  });

  it("answers an unreachable payment provider with a retryable PaymentProviderUnavailable, rolling everything back", async () => {
    const variant = await createVariant(server, { onHand: 2 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    const before = await commerceCounts(server);
    const key = randomUUID();
    const failed = await placeOrder(server, headers, { idempotencyKey: key, paymentToken: "error" });
    expect(failed.body).toEqual({
      data: { placeOrder: { __typename: "PaymentProviderUnavailable", code: "PAYMENT_PROVIDER_UNAVAILABLE", retryable: true, message: "the test payment provider could not be reached", path: null } },
    });
    expect(server.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(await commerceCounts(server)).toEqual(before);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 2, allocated: 0 });
    expect(await query(server.databaseUrl, "SELECT 1 FROM idempotency_key WHERE key = $1", [key])).toEqual([]);
    // The key was not used up: the same retry succeeds once the provider is back.
    const retry = await placeOrder(server, headers, { idempotencyKey: key });
    expect(retry.body.data!.placeOrder.__typename).toBe("OrderPlaced");
  });

  it("refuses an incomplete cart, an empty one, and one short of stock, changing nothing", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const added = await server.gql(AddLines, { input: { lines: [{ variantId: variant.globalId, quantity: 2 }] } });
    const result = added.body.data!.addCartLines;
    if (result.__typename !== "CartUpdated") throw new Error(JSON.stringify(result));
    const headers = { "x-cart-token": result.cartToken! };
    const before = await commerceCounts(server);
    const incomplete = await placeOrder(server, headers);
    expect(incomplete.body.data!.placeOrder).toMatchObject({ __typename: "CheckoutIncomplete", code: "CHECKOUT_INCOMPLETE", missing: ["EMAIL", "SHIPPING_ADDRESS", "SHIPPING_METHOD"] });
    expect((await placeOrder(server, {})).body.data!.placeOrder).toMatchObject({ __typename: "EmptyCart", code: "EMPTY_CART" });
    expect(await commerceCounts(server)).toEqual(before);

    const ready = await readyCart(server, [{ variant, quantity: 1 }], headers);
    // Another shopper is faster: 1 of the 3 units is left.
    const other = await readyCart(server, [{ variant, quantity: 2 }]);
    expect((await placeOrder(server, other)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
    const before2 = await commerceCounts(server);
    const short = await placeOrder(server, ready);
    expect(short.body.data!.placeOrder).toMatchObject({ __typename: "InsufficientStock", code: "INSUFFICIENT_STOCK", shortages: [{ variantId: variant.globalId, requested: 3, available: 1 }] });
    expect(await commerceCounts(server)).toEqual(before2);
  });

  it("rejects bad input as typed errors before touching anything", async () => {
    const variant = await createVariant(server, { onHand: 2 });
    const headers = await readyCart(server, [{ variant, quantity: 1 }]);
    const before = await commerceCounts(server);
    expect((await placeOrder(server, headers, { idempotencyKey: "has space" })).body.data!.placeOrder).toMatchObject({ __typename: "InvalidInput", path: ["input", "idempotencyKey"] });
    expect((await placeOrder(server, headers, { paymentMethod: "crypto" })).body.data!.placeOrder).toMatchObject({ __typename: "InvalidInput", path: ["input", "paymentMethod"] });
    expect((await placeOrder(server, headers, { paymentToken: "x".repeat(501) })).body.data!.placeOrder).toMatchObject({ __typename: "InvalidInput", path: ["input", "paymentToken"] });
    expect(await commerceCounts(server)).toEqual(before);
  });

  it("replays the first answer for a retried key and refuses the key with other input", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const headers = await readyCart(server, [{ variant, quantity: 1 }]);
    const key = randomUUID();
    const first = await placeOrder(server, headers, { idempotencyKey: key });
    const again = await placeOrder(server, headers, { idempotencyKey: key });
    expect(again.body).toEqual(first.body);
    const other = await placeOrder(server, headers, { idempotencyKey: key, paymentMethod: "manual" });
    expect(other.body.data!.placeOrder).toMatchObject({ __typename: "IdempotencyKeyReused", code: "IDEMPOTENCY_KEY_REUSED", path: ["input", "idempotencyKey"] });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 1 });
  });

  it("keeps staff accounts out of checkout", async () => {
    const { authorization } = await staffHeaders(server, []);
    const response = await placeOrder(server, { authorization });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
