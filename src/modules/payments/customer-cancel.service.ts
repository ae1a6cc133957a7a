/**
 * `cancelMyOrder`: a customer cancels their own order before it ships. Under the order's row lock
 * (then the payment's, then the variants', as every order move): the payment is voided if only
 * authorised or refunded if captured (order-move.ts), the stock released and the coupons given
 * back (orders/order-transitions.service.ts). Someone else's order reads as missing.
 */
import type { Context } from "../../context.js";
import { idOf, optionalLine } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { NotFound } from "../../shared/user-errors.js";
import { canTransition, type OrderState } from "../orders/order-state.js";
import { readOrder } from "../orders/order-read.js";
import { refusal } from "../orders/order-admin.service.js";
import { transitionOrder, type TransitionOutcome } from "../orders/order-transitions.service.js";
import { OrderCancelled, OrderNotCancellable, type CancelMyOrderInput } from "./refund.inputs.js";

type CancelOutcome = TransitionOutcome | { kind: "notCancellable"; state: OrderState };

export async function cancelMyOrder(ctx: Context, input: CancelMyOrderInput): Promise<OrderCancelled> {
  if (ctx.viewer.kind !== "customer") throw new Error("cancelMyOrder must be guarded by the customer rule");
  const customerId = ctx.viewer.customerId;
  const orderId = idOf(input.orderId, "Order", ["input", "orderId"]);
  const note = optionalLine(input.reason, ["input", "reason"], 500) ?? "";
  const outcome = await ctx.sql.transaction(async (tx): Promise<CancelOutcome> => {
    const [order] = await tx.query<{ customer_id: string | null; state: OrderState }>`SELECT customer_id, state FROM shop_order WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (!order || order.customer_id !== customerId) return { kind: "notFound" };
    if (!canTransition(order.state, "CANCELLED")) return { kind: "notCancellable", state: order.state };
    return transitionOrder(tx, orderId, { to: "CANCELLED", staffId: null, customerId, note: note || "cancelled by the customer", releaseReason: "ORDER_CANCELLED", beforeMove: ctx.services.onOrderMove });
  });
  if (outcome.kind === "notCancellable") throw new Rejection(OrderNotCancellable.of(outcome.state));
  if (outcome.kind === "notFound") throw new Rejection(NotFound.at(["input", "orderId"], "no such order"));
  if (outcome.kind !== "done") throw new Rejection(refusal(outcome));
  return Object.assign(new OrderCancelled(), { order: await readOrder(ctx, orderId) });
}
