/**
 * Moving an order through its states, with what each move does to stock and coupons, recorded
 * (from, to, who, when). Everything happens under the order's row lock, then the variants' locks
 * (ascending ids, as when placing), so a cancel racing a shipment or the expiry job is decided once.
 * The move's event (order paid, shipped, delivered, cancelled) is recorded in the same transaction.
 */
import type { Tx } from "../../db/sql.js";
import type { StockMovementReason } from "../../generated/prisma/enums.js";
import type { Shortage } from "../inventory/inventory.errors.js";
import { releaseStock, sellStock, type StockLine } from "../inventory/stock.js";
import { releaseCoupons } from "../promotions/redeem.js";
import { recordEvent } from "../events/outbox.js";
import { eventMoney, transitionEvent } from "./order-events.js";
import { canTransition, holdsAllocation, nextStates, type OrderState } from "./order-state.js";
import type { OrderMoveHook } from "./order-move-hook.js";
import type { UserError } from "../../shared/errors.js";

export type TransitionOutcome =
  | { kind: "done"; orderId: string }
  | { kind: "notFound" }
  | { kind: "illegal"; from: OrderState; to: OrderState; allowed: readonly OrderState[] }
  | { kind: "insufficientStock"; shortages: Shortage[] }
  | { kind: "refused"; error: UserError };

export interface TransitionRequest {
  to: OrderState;
  /** The staff member making the change; null for the system (expiry) and customers. */
  staffId: string | null;
  /** The customer making the change (cancelling their own order). */
  customerId?: string | null;
  /** Payment work the move needs first (services.onOrderMove); none for moves the provider already made. */
  beforeMove?: OrderMoveHook;
  note: string;
  /** Required for SHIPPED. */
  trackingCode?: string | null;
  /** Ledger reason when stock is released. */
  releaseReason?: StockMovementReason;
}

/** Lines and the units each still holds in allocation. */
async function heldLines(tx: Tx, orderId: string): Promise<StockLine[]> {
  const rows = await tx.query<{ variant_id: string; allocated: number }>`
    SELECT variant_id, allocated FROM order_line WHERE order_id = ${orderId}::uuid AND allocated > 0 ORDER BY variant_id`;
  return rows.map((r) => ({ variantId: r.variant_id, quantity: r.allocated }));
}

/** Locks the order and moves it to `request.to` if the state machine allows it. */
export async function transitionOrder(tx: Tx, orderId: string, request: TransitionRequest): Promise<TransitionOutcome> {
  const [order] = await tx.query<{ state: OrderState; email: string; code: string; total: number; currency: string; payment_reference: string | null }>`
    SELECT state, email, code, total, currency, payment_reference FROM shop_order WHERE id = ${orderId}::uuid FOR UPDATE`;
  if (!order) return { kind: "notFound" };
  const { to } = request;
  if (!canTransition(order.state, to)) return { kind: "illegal", from: order.state, to, allowed: nextStates(order.state) };
  if (request.beforeMove) {
    const refused = await request.beforeMove(tx, { orderId, from: order.state, to, staffId: request.staffId, customerId: request.customerId ?? null, note: request.note });
    if (refused) return { kind: "refused", error: refused };
  }
  const actor = { staffId: request.staffId, customerId: request.customerId ?? null, orderId };
  if (to === "CANCELLED" && holdsAllocation(order.state)) {
    await releaseStock(tx, await heldLines(tx, orderId), request.releaseReason ?? "ORDER_CANCELLED", actor);
    await releaseCoupons(tx, orderId, order.email);
  }
  if (to === "SHIPPED") {
    const lines = await heldLines(tx, orderId);
    const { short } = await sellStock(tx, lines, actor);
    if (short.length > 0) {
      const onHand = await tx.query<{ id: string; stock_on_hand: number }>`SELECT id, stock_on_hand FROM variant WHERE id = ANY(${short}::uuid[])`;
      return {
        kind: "insufficientStock",
        shortages: short.map((id) => ({ variantId: id, requested: lines.find((l) => l.variantId === id)!.quantity, available: onHand.find((r) => r.id === id)?.stock_on_hand ?? 0 })),
      };
    }
    // Shipped units are no longer allocated: keep the lines in step with the variants.
    await tx.execute`UPDATE order_line SET allocated = 0 WHERE order_id = ${orderId}::uuid`;
  }
  if (to === "CANCELLED") await tx.execute`UPDATE order_line SET allocated = 0 WHERE order_id = ${orderId}::uuid`;
  // Every move leaves PLACED (nothing comes back to it), so the order no longer expires.
  await tx.execute`
    UPDATE shop_order SET state = ${to}::"OrderState", tracking_code = coalesce(${request.trackingCode ?? null}, tracking_code), expires_at = NULL, updated_at = now()
     WHERE id = ${orderId}::uuid`;
  await tx.execute`
    INSERT INTO order_transition (order_id, from_state, to_state, staff_id, customer_id, note)
    VALUES (${orderId}::uuid, ${order.state}::"OrderState", ${to}::"OrderState", ${request.staffId}::uuid, ${request.customerId ?? null}::uuid, ${request.note})`;
  const event = transitionEvent(
    { orderId, code: order.code, from: order.state, to, staffId: request.staffId },
    { total: eventMoney(order.total, order.currency), paymentReference: order.payment_reference, trackingCode: request.trackingCode ?? null, note: request.note, expired: request.releaseReason === "ORDER_EXPIRED" },
  );
  if (event) await recordEvent(tx, event);
  return { kind: "done", orderId };
}
