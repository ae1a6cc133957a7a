/**
 * Applying a provider's notification (a Stripe webhook event), once: its id is inserted into
 * `provider_notification` in the same transaction as its effect, so a notification delivered
 * again (providers retry until answered 2xx, and may send one twice) finds its row and changes
 * nothing. Lock order as everywhere for payments: the order row, then the payment row.
 *
 * The effect: the payment takes the state the provider reports, its history gets the
 * notification, and the order follows: authorised → PAYMENT_AUTHORIZED, captured →
 * PAYMENT_SETTLED (through PAYMENT_AUTHORIZED when it was still PLACED).
 */
import type { Db, Tx } from "../../db/sql.js";
import type { OrderState } from "../orders/order-state.js";
import { transitionOrder } from "../orders/order-transitions.service.js";
import { applyProviderPayment, recordAttempt } from "./payment-records.js";
import type { ProviderNotification, ProviderPayment } from "./providers/provider.js";

const FOLLOW: Partial<Record<ProviderPayment["status"], OrderState[]>> = {
  authorized: ["PAYMENT_AUTHORIZED"],
  captured: ["PAYMENT_AUTHORIZED", "PAYMENT_SETTLED"],
};

async function moveOrder(tx: Tx, orderId: string, reported: ProviderPayment, type: string): Promise<void> {
  const [order] = await tx.query<{ state: OrderState }>`SELECT state FROM shop_order WHERE id = ${orderId}::uuid FOR UPDATE`;
  const path = FOLLOW[reported.status] ?? [];
  let state = order!.state;
  for (const to of path) {
    if (state === "PLACED" || (state === "PAYMENT_AUTHORIZED" && to === "PAYMENT_SETTLED")) {
      const moved = await transitionOrder(tx, orderId, { to, staffId: null, note: `${type} ${reported.reference}` });
      if (moved.kind === "done") state = to;
    }
  }
}

/** Applies `notification` unless it was applied before; false when it was. */
export async function applyNotification(db: Db, provider: string, notification: ProviderNotification): Promise<boolean> {
  return db.transaction(async (tx) => {
    const fresh = await tx.execute`
      INSERT INTO provider_notification (provider, event_id, type) VALUES (${provider}, ${notification.id}, ${notification.type}) ON CONFLICT DO NOTHING`;
    if (fresh === 0) return false;
    const reported = notification.payment;
    if (!reported) return true;
    const [found] = await tx.query<{ id: string; order_id: string | null }>`SELECT id, order_id FROM payment WHERE provider = ${provider} AND reference = ${reported.reference}`;
    if (!found) return true;
    if (found.order_id) await tx.query`SELECT 1 FROM shop_order WHERE id = ${found.order_id}::uuid FOR UPDATE`;
    await tx.query`SELECT 1 FROM payment WHERE id = ${found.id}::uuid FOR UPDATE`;
    await applyProviderPayment(tx, found.id, reported);
    await recordAttempt(tx, found.id, { kind: "notification", outcome: notification.type, amount: reported.amount, message: reported.declineReason ?? "" });
    if (found.order_id) await moveOrder(tx, found.order_id, reported, notification.type);
    return true;
  });
}
