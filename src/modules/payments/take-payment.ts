/**
 * Taking the payment while an order is placed, inside the placing transaction (after the stock is
 * allocated, before the order row). A provider with payment sessions (Stripe) already holds a
 * payment for the cart: it is found by cart, amount and currency and locked (after the cart and
 * the variants, which placing locked first); the others get a new payment here.
 *
 * Never twice: before authorising a session's payment it is read back from the provider, so an
 * attempt whose answer was lost (a timeout) is reconciled, not repeated; and the authorisation
 * carries an idempotency key made from the placement's own, which the provider answers once.
 */
import type { Tx } from "../../db/sql.js";
import type { CaptureOn } from "../pricing/commerce-config.js";
import { uuidv7 } from "../../shared/uuid.js";
import { insertPayment, PAYMENT_COLUMNS, recordAttempt, stateOf, type PaymentRow } from "./payment-records.js";
import { ProviderUnavailable, type PaymentProvider, type ProviderPayment } from "./providers/provider.js";

export interface PaymentRequest {
  cartId: string;
  /** Minor units. */
  amount: number;
  currency: string;
  /** What the client sent: a card token, a payment method id; method-specific. */
  token: string | null;
  captureOn: CaptureOn;
  /** Unique to this placement (its idempotency scope and key). */
  idempotencyKey: string;
}

/** A payment the provider took (or is taking): the order is written with it. */
export interface TakenPayment {
  status: "settled" | "authorized" | "requires_action" | "pending";
  paymentId: string;
  reported: ProviderPayment;
  /** Whether the row exists already (a payment session) or is written with the order. */
  session: boolean;
  reconciled: boolean;
}

export type PaymentOutcome =
  | TakenPayment
  | { status: "declined"; reason: string; sessionPaymentId: string | null }
  | { status: "noSession" }
  | { status: "unavailable"; reason: string };

function taken(reported: ProviderPayment, paymentId: string, session: boolean, reconciled: boolean): PaymentOutcome {
  switch (reported.status) {
    case "captured":
      return { status: "settled", paymentId, reported, session, reconciled };
    case "authorized":
    case "requires_action":
    case "pending":
      return { status: reported.status, paymentId, reported, session, reconciled };
    default:
      return { status: "declined", reason: reported.declineReason ?? `the payment was ${reported.status}`, sessionPaymentId: session ? paymentId : null };
  }
}

async function sessionPayment(tx: Tx, provider: PaymentProvider, request: PaymentRequest): Promise<PaymentOutcome> {
  const [row] = await tx.query<PaymentRow>(
    `SELECT ${PAYMENT_COLUMNS} FROM payment p
      WHERE p.cart_id = $1::uuid AND p.provider = $2 AND p.order_id IS NULL AND p.amount = $3 AND p.currency = $4 AND p.reference IS NOT NULL
      ORDER BY p.created_at DESC LIMIT 1 FOR UPDATE`,
    [request.cartId, provider.code, request.amount, request.currency],
  );
  if (!row) return { status: "noSession" };
  const current = await provider.retrieve(row.reference!);
  if (current.status === "authorized" || current.status === "captured") return taken(current, row.id, true, true);
  return taken(await provider.authorize(row.reference!, request.token, `authorize:${request.idempotencyKey}`), row.id, true, false);
}

async function newPayment(provider: PaymentProvider, request: PaymentRequest): Promise<PaymentOutcome> {
  const paymentId = uuidv7();
  const created = await provider.create({ amount: request.amount, currency: request.currency, captureOn: request.captureOn, idempotencyKey: `create:${request.idempotencyKey}`, paymentId });
  return taken(await provider.authorize(created.reference, request.token, `authorize:${request.idempotencyKey}`), paymentId, false, false);
}

/** Authorises (and, capturing at placement, captures) the order's amount; outages are an outcome, not an exception. */
export async function takePayment(tx: Tx, provider: PaymentProvider, request: PaymentRequest): Promise<PaymentOutcome> {
  try {
    return provider.usesSessions ? await sessionPayment(tx, provider, request) : await newPayment(provider, request);
  } catch (error) {
    if (error instanceof ProviderUnavailable) return { status: "unavailable", reason: error.message };
    throw error;
  }
}

/** Writes (or completes) the payment row of the order just written, with its history. */
export async function recordTakenPayment(tx: Tx, payment: TakenPayment, o: { orderId: string; provider: string; amount: number; currency: string; captureOn: CaptureOn }): Promise<void> {
  const { reported } = payment;
  if (payment.session) {
    await tx.execute`
      UPDATE payment SET order_id = ${o.orderId}::uuid, state = ${stateOf(reported.status)}::"PaymentState", amount_captured = ${reported.amountCaptured},
                         client_secret = coalesce(${reported.clientSecret}, client_secret), updated_at = now()
       WHERE id = ${payment.paymentId}::uuid`;
  } else {
    await insertPayment(tx, {
      id: payment.paymentId, orderId: o.orderId, cartId: null, provider: o.provider, reference: reported.reference, currency: o.currency,
      amount: o.amount, amountCaptured: reported.amountCaptured, state: stateOf(reported.status), captureOn: o.captureOn, clientSecret: reported.clientSecret,
    });
    await recordAttempt(tx, payment.paymentId, { kind: "create", outcome: "succeeded", amount: o.amount });
  }
  await recordAttempt(tx, payment.paymentId, { kind: "authorize", outcome: payment.reconciled ? `${reported.status} (reconciled)` : reported.status, amount: o.amount });
}

/** A declined authorisation of a payment session, kept in its history (the order it was for was not written). */
export async function recordDeclinedSession(tx: Tx, paymentId: string, amount: number, reason: string): Promise<void> {
  await tx.execute`UPDATE payment SET state = 'FAILED', updated_at = now() WHERE id = ${paymentId}::uuid`;
  await recordAttempt(tx, paymentId, { kind: "authorize", outcome: "declined", amount, message: reason });
}
