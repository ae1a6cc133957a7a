/**
 * Card payments through the Stripe adapter, against an in-process server that speaks Stripe's
 * wire format (test/helpers/fake-stripe.ts): nothing leaves the machine. Webhook events are signed
 * with the stripe package's own test helper and posted to the real server over HTTP.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commerceCounts, createVariant, readyCart, stockOf } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { CARDS, startFakeStripe, type FakeStripe } from "../helpers/fake-stripe.js";
import { createSession, paymentCounts, placeWith, RefundOrder } from "../helpers/payments.js";
import { staffHeaders } from "../helpers/auth.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let stripe: FakeStripe;
let server: TestServer;
beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startTestServer(stripe.env);
});
afterAll(async () => {
  await server.stop();
  await stripe.stop();
});

/** A guest cart of one unit at 20.00, ready to order, with a payment session. */
async function cartWithSession() {
  const variant = await createVariant(server, { onHand: 10, price: 2000 });
  const headers = await readyCart(server, [{ variant, quantity: 1 }]);
  const session = (await createSession(server, headers)).body.data!.createPaymentSession;
  if (session.__typename !== "PaymentSessionCreated") throw new Error(JSON.stringify(session));
  return { variant, headers, session, intentId: session.clientSecret.split("_secret_")[0]! };
}

function postWebhook(body: string, signature: string) {
  return fetch(`${server.origin}/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body });
}

async function orderState(code: string): Promise<string> {
  const [row] = await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE code = $1", [code]);
  return row!.state;
}

describe("card payments through Stripe", () => {
  it("hands out a session for the cart's total, then settles the order when the card pays", async () => {
    const { headers, session, intentId } = await cartWithSession();
    // 20.00 and standard shipping, 4.90.
    expect(session.amount).toEqual({ amount: "24.90", currencyCode: "EUR" });
    expect(stripe.intents.get(intentId)).toMatchObject({ amount: 2490, currency: "eur", capture_method: "automatic" });
    // Asking again makes no second payment.
    expect((await createSession(server, headers)).body.data!.createPaymentSession).toEqual(session);
    const charges = stripe.charges;
    const placed = (await placeWith(server, headers, "stripe", CARDS.visa)).body.data!.placeOrder;
    expect(placed).toMatchObject({ __typename: "OrderPlaced", order: { state: "PAYMENT_SETTLED", payment: { state: "CAPTURED", amountCaptured: { amount: "24.90" } } } });
    expect(stripe.charges - charges).toBe(1);
  });

  it("answers a declined card with PaymentDeclined: no order, no stock held, the attempt in the session's history", async () => {
    const { variant, headers, intentId } = await cartWithSession();
    const before = await commerceCounts(server);
    const placed = (await placeWith(server, headers, "stripe", CARDS.declined)).body.data!.placeOrder;
    expect(placed).toMatchObject({ __typename: "PaymentDeclined", code: "PAYMENT_DECLINED", message: "Your card was declined." });
    expect(await commerceCounts(server)).toEqual(before);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 10, allocated: 0 });
    const attempts = await query<{ kind: string; outcome: string }>(server.databaseUrl, "SELECT a.kind, a.outcome FROM payment_attempt a JOIN payment p ON p.id = a.payment_id WHERE p.reference = $1 ORDER BY a.created_at", [intentId]);
    expect(attempts).toEqual([{ kind: "create", outcome: "pending" }, { kind: "authorize", outcome: "declined" }]);
  });

  it("answers 3-D Secure with PaymentActionRequired, and settles the order when Stripe reports the payment", async () => {
    const { headers, session, intentId } = await cartWithSession();
    const placed = (await placeWith(server, headers, "stripe", CARDS.threeDSecure)).body.data!.placeOrder;
    if (placed.__typename !== "PaymentActionRequired") throw new Error(JSON.stringify(placed));
    expect(placed).toMatchObject({ clientSecret: session.clientSecret, order: { state: "PLACED", payment: { state: "REQUIRES_ACTION" } } });
    const intent = stripe.completeAction(intentId);
    const event = stripe.signedEvent("payment_intent.succeeded", intent);
    expect((await postWebhook(event.body, event.signature)).status).toBe(200);
    expect(await orderState(placed.order.code)).toBe("PAYMENT_SETTLED");
    const [payment] = await query<{ state: string; amount_captured: number }>(server.databaseUrl, "SELECT state, amount_captured::int FROM payment WHERE reference = $1", [intentId]);
    expect(payment).toEqual({ state: "CAPTURED", amount_captured: 2490 });
  });

  it("applies a webhook event delivered five times once", async () => {
    const { headers, intentId } = await cartWithSession();
    const placed = (await placeWith(server, headers, "stripe", CARDS.threeDSecure)).body.data!.placeOrder;
    if (placed.__typename !== "PaymentActionRequired") throw new Error(JSON.stringify(placed));
    const event = stripe.signedEvent("payment_intent.succeeded", stripe.completeAction(intentId));
    const answers = await Promise.all(Array.from({ length: 5 }, () => postWebhook(event.body, event.signature)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const orderId = (await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [placed.order.code]))[0]!.id;
    const [counts] = await query<Record<string, number>>(
      server.databaseUrl,
      `SELECT (SELECT count(*)::int FROM order_transition WHERE order_id = $1 AND to_state = 'PAYMENT_SETTLED') AS settled,
              (SELECT count(*)::int FROM event WHERE aggregate_id = $1 AND type = 'order.paid') AS paid_events,
              (SELECT count(*)::int FROM provider_notification WHERE event_id = $2) AS notifications,
              (SELECT count(*)::int FROM payment_attempt a JOIN payment p ON p.id = a.payment_id WHERE p.order_id = $1 AND a.kind = 'notification') AS notes`,
      [orderId, JSON.parse(event.body).id],
    );
    expect(counts).toEqual({ settled: 1, paid_events: 1, notifications: 1, notes: 1 });
  });

  it("refuses a tampered or wrongly signed event with 400 and changes nothing", async () => {
    const { headers, intentId } = await cartWithSession();
    const placed = (await placeWith(server, headers, "stripe", CARDS.threeDSecure)).body.data!.placeOrder;
    if (placed.__typename !== "PaymentActionRequired") throw new Error(JSON.stringify(placed));
    const event = stripe.signedEvent("payment_intent.succeeded", stripe.completeAction(intentId));
    const before = await paymentCounts(server);
    const tampered = event.body.replace('"amount":2490', '"amount":1');
    expect(tampered).not.toBe(event.body);
    expect((await postWebhook(tampered, event.signature)).status).toBe(400);
    const foreign = stripe.signedEvent("payment_intent.succeeded", stripe.intents.get(intentId)!, { secret: "whsec_someone_else" });
    expect((await postWebhook(foreign.body, foreign.signature)).status).toBe(400);
    expect((await postWebhook(event.body, "")).status).toBe(400);
    expect(await paymentCounts(server)).toEqual(before);
    expect(await orderState(placed.order.code)).toBe("PLACED");
  });

  it("reconciles a confirmation whose answer was lost instead of charging again", async () => {
    const { headers, intentId } = await cartWithSession();
    const charges = stripe.charges;
    const key = randomUUID();
    // Stripe charges the card, but the answer comes after the adapter gave up waiting (STRIPE_TIMEOUT_MS=1000).
    stripe.delayNext(/\/confirm$/, 2500);
    const first = (await placeWith(server, headers, "stripe", CARDS.visa, key)).body.data!.placeOrder;
    expect(first).toMatchObject({ __typename: "PaymentProviderUnavailable", retryable: true });
    expect(stripe.charges - charges).toBe(1);
    const retry = (await placeWith(server, headers, "stripe", CARDS.visa, key)).body.data!.placeOrder;
    expect(retry).toMatchObject({ __typename: "OrderPlaced", order: { state: "PAYMENT_SETTLED" } });
    expect(stripe.charges - charges).toBe(1);
    expect(stripe.requests.filter((r) => r === `POST /v1/payment_intents/${intentId}/confirm`)).toHaveLength(1);
  });

  it("refunds part through Stripe, then the rest; never more than was captured", async () => {
    const { headers } = await cartWithSession();
    const placed = (await placeWith(server, headers, "stripe", CARDS.visa)).body.data!.placeOrder;
    if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
    const staff = await staffHeaders(server, ["ORDERS_WRITE"]);
    const refund = (amount: string) =>
      server.gql(RefundOrder, { input: { orderId: placed.order.id, idempotencyKey: randomUUID(), amount, restock: false, reason: "damaged box" } }, { headers: { authorization: staff.authorization } });
    const before = stripe.refunds.length;
    expect((await refund("10.00")).body.data!.refundOrder).toMatchObject({ __typename: "OrderRefunded", order: { state: "PARTIALLY_REFUNDED", payment: { state: "PARTIALLY_REFUNDED", amountRefunded: { amount: "10.00" } } } });
    expect((await refund("20.00")).body.data!.refundOrder).toMatchObject({ __typename: "RefundExceedsCaptured", refundable: { amount: "14.90" } });
    expect((await refund("14.90")).body.data!.refundOrder).toMatchObject({ __typename: "OrderRefunded", order: { state: "REFUNDED", payment: { state: "REFUNDED", amountRefunded: { amount: "24.90" } } } });
    expect(stripe.refunds.slice(before)).toEqual([1000, 1490]);
  });
});
