/**
 * Giving money back on an order, inside the caller's transaction, which holds the order's row
 * lock and then the payment's (payment-records.ts): the provider refunds first (an outage writes
 * nothing), then the refund, its lines, the payment's refunded amount, the lines' refunded units
 * and the order's refunded shipping are written, restocked units are put back (variants locked in
 * ascending id order, as everywhere), and `order.refunded` is recorded with them.
 */
import type { Tx } from "../../db/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import { recordEvent } from "../events/outbox.js";
import { lockStock, recordMovements, releaseStock } from "../inventory/stock.js";
import { eventMoney } from "../orders/order-events.js";
import { recordAttempt, refundedState, type PaymentRow } from "./payment-records.js";
import { ProviderUnavailable, type PaymentProvider } from "./providers/provider.js";

export interface RefundLinePlan {
  orderLineId: string;
  variantId: string;
  quantity: number;
  /** Minor units of this line given back. */
  amount: number;
  /** Units of the line still held in allocation (not shipped). */
  allocated: number;
}

export interface RefundPlan {
  /** Minor units in all: lines + shipping + any free amount. */
  amount: number;
  shipping: number;
  lines: RefundLinePlan[];
  restock: boolean;
  reason: string;
  staffId: string | null;
  customerId: string | null;
  /** Unique to this refund: the provider's idempotency key is made from it. */
  key: string;
}

export type GiveBackOutcome = { kind: "refunded"; refundId: string } | { kind: "unavailable"; reason: string };

/** Puts refunded units back: unshipped ones leave the allocation (RELEASE), shipped ones return to stock (RETURN). */
async function restock(tx: Tx, orderId: string, lines: readonly RefundLinePlan[], actor: { staffId: string | null; customerId: string | null }): Promise<void> {
  const locked = await lockStock(tx, lines.map((l) => l.variantId));
  const tracked = lines.filter((l) => locked.get(l.variantId)?.trackInventory);
  const released = tracked.filter((l) => l.allocated > 0).map((l) => ({ variantId: l.variantId, quantity: Math.min(l.quantity, l.allocated), orderLineId: l.orderLineId }));
  const returned = tracked.map((l) => ({ variantId: l.variantId, quantity: l.quantity - Math.min(l.quantity, l.allocated) })).filter((l) => l.quantity > 0);
  const who = { ...actor, orderId };
  await releaseStock(tx, released, "ORDER_REFUNDED", who);
  for (const r of released) await tx.execute`UPDATE order_line SET allocated = allocated - ${r.quantity} WHERE id = ${r.orderLineId}::uuid`;
  if (returned.length === 0) return;
  await tx.execute`
    UPDATE variant v SET stock_on_hand = v.stock_on_hand + r.qty
      FROM unnest(${returned.map((l) => l.variantId)}::uuid[], ${returned.map((l) => l.quantity)}::int[]) AS r(id, qty) WHERE v.id = r.id`;
  await recordMovements(tx, returned.map((l) => ({ ...l, kind: "RETURN", reason: "ORDER_REFUNDED", onHandDelta: l.quantity, allocatedDelta: 0 })), who);
}

/** Refunds `plan` through the provider that took `payment`, and records it. */
export async function giveBack(tx: Tx, provider: PaymentProvider, payment: PaymentRow, order: { id: string; code: string }, plan: RefundPlan): Promise<GiveBackOutcome> {
  let providerReference: string;
  try {
    ({ reference: providerReference } = await provider.refund(payment.reference!, plan.amount, `refund:${plan.key}`));
  } catch (error) {
    if (error instanceof ProviderUnavailable) return { kind: "unavailable", reason: error.message };
    throw error;
  }
  const refundId = uuidv7();
  await tx.execute`
    INSERT INTO refund (id, order_id, payment_id, amount, shipping, reason, restock, provider_reference, staff_id, customer_id)
    VALUES (${refundId}::uuid, ${order.id}::uuid, ${payment.id}::uuid, ${plan.amount}, ${plan.shipping}, ${plan.reason}, ${plan.restock}, ${providerReference},
            ${plan.staffId}::uuid, ${plan.customerId}::uuid)`;
  if (plan.lines.length > 0) {
    const { lines } = plan;
    await tx.execute`
      INSERT INTO refund_line (refund_id, order_line_id, quantity, amount)
      SELECT ${refundId}::uuid, l.id, l.qty, l.amount FROM unnest(${lines.map((l) => l.orderLineId)}::uuid[], ${lines.map((l) => l.quantity)}::int[], ${lines.map((l) => l.amount)}::bigint[]) AS l(id, qty, amount)`;
    await tx.execute`
      UPDATE order_line ol SET refunded_quantity = ol.refunded_quantity + l.qty
        FROM unnest(${lines.map((l) => l.orderLineId)}::uuid[], ${lines.map((l) => l.quantity)}::int[]) AS l(id, qty) WHERE ol.id = l.id`;
  }
  if (plan.shipping > 0) await tx.execute`UPDATE shop_order SET shipping_refunded = shipping_refunded + ${plan.shipping} WHERE id = ${order.id}::uuid`;
  const refunded = payment.amount_refunded + plan.amount;
  await tx.execute`
    UPDATE payment SET amount_refunded = ${refunded}, state = ${refundedState(payment.amount_captured, refunded)}::"PaymentState", updated_at = now() WHERE id = ${payment.id}::uuid`;
  await recordAttempt(tx, payment.id, { kind: "refund", outcome: "succeeded", amount: plan.amount, message: plan.reason });
  if (plan.restock && plan.lines.length > 0) await restock(tx, order.id, plan.lines, { staffId: plan.staffId, customerId: plan.customerId });
  await recordEvent(tx, {
    type: "order.refunded",
    aggregateId: order.id,
    payload: { orderId: order.id, code: order.code, amount: eventMoney(plan.amount, payment.currency), reason: plan.reason },
  });
  return { kind: "refunded", refundId };
}
