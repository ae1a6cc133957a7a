/**
 * An unpaid card order that runs out lets its payment go at Stripe: the expiry (run by the
 * server's own job runner as the `housekeeping:commerce` job) cancels the order and releases its
 * stock, and the `order.cancelled` event's consumer then cancels the PaymentIntent once, records
 * it on the payment, and is retried when Stripe fails. Stripe is the in-process fake.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUSEKEEPING_TASKS } from "../../src/worker/schedule.js";
import { addJob } from "../../src/shared/jobs.js";
import { createVariant, readyCart, stockOf } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { CARDS, startFakeStripe, type FakeStripe } from "../helpers/fake-stripe.js";
import { createSession, placeWith } from "../helpers/payments.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

let stripe: FakeStripe;
let server: TestServer;
beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startTestServer({ ...stripe.env, CAPTURE_ON: "shipment" });
});
afterAll(async () => {
  await server.stop();
  await stripe.stop();
});

/** A guest order of two units paid by a 3-D Secure card, waiting in PLACED for the buyer's step. */
async function orderAwaitingAction() {
  const variant = await createVariant(server, { onHand: 5, price: 1000 });
  const headers = await readyCart(server, [{ variant, quantity: 2 }]);
  const session = (await createSession(server, headers)).body.data!.createPaymentSession;
  if (session.__typename !== "PaymentSessionCreated") throw new Error(JSON.stringify(session));
  const placed = (await placeWith(server, headers, "stripe", CARDS.threeDSecure)).body.data!.placeOrder;
  if (placed.__typename !== "PaymentActionRequired") throw new Error(JSON.stringify(placed));
  const [order] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [placed.order.code]);
  expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 2 });
  return { variantId: variant.id, orderId: order!.id, intentId: session.clientSecret.split("_secret_")[0]! };
}

/** Makes the order overdue and has the server's job runner run the commerce housekeeping now. */
async function expire(orderId: string): Promise<void> {
  await query(server.databaseUrl, "UPDATE shop_order SET expires_at = now() - interval '1 minute' WHERE id = $1", [orderId]);
  await addJob(server.database.sql, HOUSEKEEPING_TASKS.commerce, {});
}

async function paymentOf(orderId: string) {
  const [payment] = await query<{ state: string; attempts: { kind: string; outcome: string }[] }>(
    server.databaseUrl,
    `SELECT p.state, (SELECT coalesce(json_agg(json_build_object('kind', a.kind, 'outcome', a.outcome) ORDER BY a.created_at), '[]') FROM payment_attempt a WHERE a.payment_id = p.id) AS attempts
       FROM payment p WHERE p.order_id = $1`,
    [orderId],
  );
  return payment!;
}

const voided = (orderId: string) => async () => ((await paymentOf(orderId)).state === "VOIDED" ? true : undefined);
const cancelsOf = (intentId: string) => stripe.cancels.filter((id) => id === intentId).length;

describe("expired card orders", () => {
  it("cancels the PaymentIntent of an order left waiting for 3-D Secure, once, and records it", { timeout: 30_000 }, async () => {
    const { variantId, orderId, intentId } = await orderAwaitingAction();
    expect((await paymentOf(orderId)).state).toBe("REQUIRES_ACTION");
    await expire(orderId);
    await waitFor(voided(orderId), "the payment voided", 15_000);
    const [order] = await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE id = $1", [orderId]);
    expect(order!.state).toBe("CANCELLED");
    expect(await stockOf(server, variantId)).toEqual({ onHand: 5, allocated: 0 });
    expect(stripe.intents.get(intentId)!.status).toBe("canceled");
    expect(cancelsOf(intentId)).toBe(1);
    expect((await paymentOf(orderId)).attempts.filter((a) => a.kind === "void")).toEqual([{ kind: "void", outcome: "canceled" }]);
  });

  it("voids an authorisation Stripe holds for capture on shipment, though its webhook never came", { timeout: 30_000 }, async () => {
    const { variantId, orderId, intentId } = await orderAwaitingAction();
    // The buyer finished 3-D Secure, so Stripe holds the money, but the order was never told.
    expect(stripe.completeAction(intentId).status).toBe("requires_capture");
    await expire(orderId);
    await waitFor(voided(orderId), "the payment voided", 15_000);
    expect(stripe.intents.get(intentId)!.status).toBe("canceled");
    expect(cancelsOf(intentId)).toBe(1);
    expect(stripe.refunds).toEqual([]);
    expect(await stockOf(server, variantId)).toEqual({ onHand: 5, allocated: 0 });
  });

  it("retries when Stripe fails the first cancellation, and cancels once in the end", { timeout: 30_000 }, async () => {
    const { variantId, orderId, intentId } = await orderAwaitingAction();
    const path = `/v1/payment_intents/${intentId}/cancel`;
    stripe.failNext(new RegExp(`^${path}$`));
    await expire(orderId);
    // The order is cancelled and its stock released whatever the provider does.
    await waitFor(async () => ((await stockOf(server, variantId)).allocated === 0 ? true : undefined), "the stock released", 15_000);
    await waitFor(voided(orderId), "the payment voided on the retry", 15_000);
    expect(stripe.requests.filter((r) => r === `POST ${path}`)).toHaveLength(2);
    expect(cancelsOf(intentId)).toBe(1);
    expect((await paymentOf(orderId)).attempts.filter((a) => a.kind === "void")).toEqual([{ kind: "void", outcome: "canceled" }]);
  });
});
