/**
 * Payment rows and their history. Lock order, wherever a payment changes: the order row first
 * (FOR UPDATE), then its payment row, so a refund, a notification, a capture on shipment and a
 * cancellation of one order queue behind each other instead of deadlocking.
 */
import type { Sql, Tx } from "../../db/sql.js";
import type { PaymentState } from "../../generated/prisma/enums.js";
import type { ProviderPayment, ProviderStatus } from "./providers/provider.js";

export interface PaymentRow {
  id: string;
  order_id: string | null;
  provider: string;
  reference: string | null;
  currency: string;
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  state: PaymentState;
  capture_on: string;
  client_secret: string | null;
}

export const PAYMENT_COLUMNS = "p.id, p.order_id, p.provider, p.reference, p.currency, p.amount, p.amount_captured, p.amount_refunded, p.state, p.capture_on, p.client_secret";

/** The state a payment row takes from what the provider reports. */
export function stateOf(status: ProviderStatus): PaymentState {
  const states: Record<ProviderStatus, PaymentState> = {
    pending: "PENDING",
    requires_action: "REQUIRES_ACTION",
    authorized: "AUTHORIZED",
    captured: "CAPTURED",
    declined: "FAILED",
    canceled: "VOIDED",
  };
  return states[status];
}

/** The state after refunds: refunded in full, in part, or as captured. */
export function refundedState(captured: number, refunded: number): PaymentState {
  return refunded === 0 ? "CAPTURED" : refunded >= captured ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

export async function insertPayment(
  tx: Tx,
  p: { id: string; orderId: string | null; cartId: string | null; provider: string; reference: string | null; currency: string; amount: number; amountCaptured?: number; state: PaymentState; captureOn: string; clientSecret: string | null },
): Promise<void> {
  await tx.execute`
    INSERT INTO payment (id, order_id, cart_id, provider, reference, currency, amount, amount_captured, state, capture_on, client_secret, updated_at)
    VALUES (${p.id}::uuid, ${p.orderId}::uuid, ${p.cartId}::uuid, ${p.provider}, ${p.reference}, ${p.currency}, ${p.amount}, ${p.amountCaptured ?? 0}, ${p.state}::"PaymentState",
            ${p.captureOn}, ${p.clientSecret}, now())`;
}

/** Appends one entry to a payment's history. */
export async function recordAttempt(sql: Sql, paymentId: string, attempt: { kind: string; outcome: string; amount: number; message?: string }): Promise<void> {
  await sql.execute`
    INSERT INTO payment_attempt (id, payment_id, kind, outcome, amount, message)
    VALUES (gen_random_uuid(), ${paymentId}::uuid, ${attempt.kind}, ${attempt.outcome}, ${attempt.amount}, ${attempt.message ?? ""})`;
}

/** Takes what the provider reports: state and captured amount (which only grows: a late notification cannot shrink it). */
export async function applyProviderPayment(tx: Tx, paymentId: string, reported: ProviderPayment): Promise<void> {
  await tx.execute`
    UPDATE payment SET state = CASE WHEN state IN ('PARTIALLY_REFUNDED', 'REFUNDED') THEN state ELSE ${stateOf(reported.status)}::"PaymentState" END,
                       amount_captured = greatest(amount_captured, ${reported.amountCaptured}),
                       client_secret = coalesce(${reported.clientSecret}, client_secret), updated_at = now()
     WHERE id = ${paymentId}::uuid`;
}

/** The payment of an order, locked; the order row must be locked already (see the module comment). */
export async function lockOrderPayment(tx: Tx, orderId: string): Promise<PaymentRow | undefined> {
  const [row] = await tx.query<PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM payment p WHERE p.order_id = $1::uuid FOR UPDATE`, [orderId]);
  return row;
}

/** The client secret of an order's payment, for the storefront to finish an action the provider asks for. */
export async function clientSecretOf(sql: Sql, orderId: string): Promise<string | null> {
  const [row] = await sql.query<{ client_secret: string | null }>`SELECT client_secret FROM payment WHERE order_id = ${orderId}::uuid`;
  return row?.client_secret ?? null;
}
