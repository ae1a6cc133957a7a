/**
 * `refundOrder`: staff give money back on an order, through the provider that took it.
 *
 * Lock order (the same as every change of an order's payment, payment-records.ts):
 * 1. the idempotency key row (shared/idempotency.ts): a retry waits here and gets the first answer;
 * 2. the order row, FOR UPDATE: concurrent refunds of one order queue here, so each one reads
 *    what the previous ones refunded;
 * 3. the payment row, FOR UPDATE;
 * 4. the variants being restocked, ascending ids (give-back.ts).
 * Under those locks, the total is checked against captured − refunded; the CHECK constraint on
 * `payment` (refunded ≤ captured) is the last guard. A provider outage rolls everything back,
 * the key included, so the same request may be sent again.
 */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import type { UserError } from "../../shared/errors.js";
import { idempotent, isValidIdempotencyKey } from "../../shared/idempotency.js";
import { amount as amountOf, idOf, integer, optionalLine, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { IdempotencyKeyReused, InvalidInput, NotFound, PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { canTransition, type OrderState } from "../orders/order-state.js";
import { readOrder } from "../orders/order-read.js";
import { giveBack, type RefundLinePlan } from "./give-back.js";
import { lockOrderPayment } from "./payment-records.js";
import { refundLinePlans, type OrderLineForRefund } from "./refund-amounts.js";
import { OrderRefunded, RefundExceedsCaptured, type RefundOrderInput } from "./refund.inputs.js";

const MAX_LINES = 100;
const MAX_REASON = 500;

interface RefundRequest {
  orderId: string;
  lines: { orderLineId: string; quantity: number }[];
  shipping: boolean;
  extra: number;
  restock: boolean;
  reason: string;
}

type RefundOutcome =
  | { kind: "refunded"; refundId: string }
  | { kind: "notFound" }
  | { kind: "unknownLine"; index: number }
  | { kind: "tooMany"; index: number; left: number }
  | { kind: "exceeds"; refundable: number }
  | { kind: "nothing" };

function checked(ctx: Context, input: RefundOrderInput): RefundRequest {
  const orderId = idOf(input.orderId, "Order", ["input", "orderId"]);
  const lines = input.lines ?? [];
  if (lines.length > MAX_LINES) reject(["input", "lines"], `at most ${MAX_LINES} lines`);
  const seen = new Set<string>();
  const cleaned = lines.map((l, i) => {
    const orderLineId = idOf(l.orderLineId, "OrderLine", ["input", "lines", String(i), "orderLineId"]);
    if (seen.has(orderLineId)) reject(["input", "lines", String(i), "orderLineId"], "each line at most once");
    seen.add(orderLineId);
    return { orderLineId, quantity: integer(l.quantity, ["input", "lines", String(i), "quantity"], 1, 100_000) };
  });
  const currency = ctx.services.currency;
  if (input.currencyCode != null && input.currencyCode !== currency.code) reject(["input", "currencyCode"], `refunds are in the shop currency, ${currency.code}`);
  const extra = input.amount == null ? 0 : amountOf(input.amount, ["input", "amount"], currency);
  if (cleaned.length === 0 && !input.shipping && extra === 0) reject(["input"], "name lines, shipping or an amount to refund");
  return { orderId, lines: cleaned, shipping: input.shipping ?? false, extra, restock: input.restock, reason: optionalLine(input.reason, ["input", "reason"], MAX_REASON) ?? "" };
}

async function refundIn(ctx: Context, tx: Tx, request: RefundRequest, key: string, staffId: string): Promise<RefundOutcome> {
  const [order] = await tx.query<{ id: string; code: string; state: OrderState; shipping: number; shipping_refunded: number; prices_include_tax: boolean }>`
    SELECT id, code, state, shipping, shipping_refunded, prices_include_tax FROM shop_order WHERE id = ${request.orderId}::uuid FOR UPDATE`;
  if (!order) return { kind: "notFound" };
  const payment = await lockOrderPayment(tx, order.id);
  const refundable = payment ? payment.amount_captured - payment.amount_refunded : 0;
  const rows = await tx.query<OrderLineForRefund>`
    SELECT ol.id, ol.variant_id, ol.quantity, ol.refunded_quantity, ol.allocated, ol.amount, ol.discount, ol.tax,
           coalesce((SELECT sum(rl.amount) FROM refund_line rl WHERE rl.order_line_id = ol.id), 0)::bigint AS refunded_amount
      FROM order_line ol WHERE ol.order_id = ${order.id}::uuid`;
  const planned = refundLinePlans(rows, request.lines, order.prices_include_tax);
  if ("unknownLine" in planned) return { kind: "unknownLine", index: planned.unknownLine };
  if ("tooMany" in planned) return { kind: "tooMany", index: planned.tooMany, left: planned.left };
  const lines: RefundLinePlan[] = planned.lines;
  const shipping = request.shipping ? order.shipping - order.shipping_refunded : 0;
  const total = lines.reduce((sum, l) => sum + l.amount, 0) + shipping + request.extra;
  if (total <= 0) return { kind: "nothing" };
  if (!payment || total > refundable) return { kind: "exceeds", refundable: Math.max(0, refundable) };
  const next: OrderState = total === refundable ? "REFUNDED" : "PARTIALLY_REFUNDED";
  if (!(order.state === next || canTransition(order.state, next))) return { kind: "exceeds", refundable: 0 };
  const provider = ctx.services.payments.get(payment.provider);
  if (!provider) throw new Rejection(PaymentProviderUnavailable.of(`the payment method ${payment.provider} is not enabled on this server`));
  const outcome = await giveBack(tx, provider, payment, order, { amount: total, shipping, lines, restock: request.restock, reason: request.reason, staffId, customerId: null, key });
  if (outcome.kind === "unavailable") throw new Rejection(PaymentProviderUnavailable.of(outcome.reason));
  await tx.execute`UPDATE shop_order SET state = ${next}::"OrderState", updated_at = now() WHERE id = ${order.id}::uuid`;
  // A further partial refund keeps the state, and is in the history all the same.
  await tx.execute`
    INSERT INTO order_transition (order_id, from_state, to_state, staff_id, note)
    VALUES (${order.id}::uuid, ${order.state}::"OrderState", ${next}::"OrderState", ${staffId}::uuid, ${`refund ${ctx.services.currency.money(total).amount}${request.reason ? `: ${request.reason}` : ""}`})`;
  return { kind: "refunded", refundId: outcome.refundId };
}

function refusal(outcome: Exclude<RefundOutcome, { kind: "refunded" }>, ctx: Context): UserError {
  switch (outcome.kind) {
    case "notFound":
      return NotFound.at(["input", "orderId"], "no such order");
    case "unknownLine":
      return NotFound.at(["input", "lines", String(outcome.index), "orderLineId"], "no such line on this order");
    case "tooMany":
      return InvalidInput.at(["input", "lines", String(outcome.index), "quantity"], `at most ${outcome.left} units of this line can be refunded`);
    case "exceeds":
      return RefundExceedsCaptured.of(ctx.services.currency.money(outcome.refundable));
    case "nothing":
      return InvalidInput.at(["input"], "nothing is left to refund of what was named");
  }
}

/** `refundOrder`: validates, then refunds (or replays) under the idempotency key, scoped to the order. */
export async function refundOrder(ctx: Context, input: RefundOrderInput): Promise<OrderRefunded> {
  if (ctx.viewer.kind !== "staff") throw new Error("refundOrder must be guarded by a staff permission rule");
  const staffId = ctx.viewer.staffId;
  if (!isValidIdempotencyKey(input.idempotencyKey)) reject(["input", "idempotencyKey"], "idempotencyKey must be 1 to 255 visible ASCII characters");
  const request = checked(ctx, input);
  const scope = `refund:${request.orderId}`;
  const result = await idempotent(ctx.sql, { scope, key: input.idempotencyKey, input: request }, (tx) => refundIn(ctx, tx, request, `${request.orderId}:${input.idempotencyKey}`, staffId));
  if (result.kind === "reused") throw new Rejection(IdempotencyKeyReused.at(["input", "idempotencyKey"]));
  const outcome = result.result;
  if (outcome.kind !== "refunded") throw new Rejection(refusal(outcome, ctx));
  const refunds = await ctx.loaders.refundsByOrder.load(request.orderId);
  return Object.assign(new OrderRefunded(), { order: await readOrder(ctx, request.orderId), refund: refunds.find((r) => r.rowId === outcome.refundId)! });
}
