/**
 * What refunding units of order lines gives back: each unit its share of what was paid for its
 * line (after the line's discount, with its tax where prices were net), rounded down, and the
 * last units of a line whatever is left of it, so refunding a line in parts gives back exactly
 * what refunding it whole would.
 */
import type { RefundLinePlan } from "./give-back.js";

export interface OrderLineForRefund {
  id: string;
  variant_id: string;
  quantity: number;
  refunded_quantity: number;
  allocated: number;
  amount: number;
  discount: number;
  tax: number;
  refunded_amount: number;
}

export type LinePlans = { lines: RefundLinePlan[] } | { unknownLine: number } | { tooMany: number; left: number };

/** The plan of each requested line, or the first request that names no line of the order or too many units. */
export function refundLinePlans(rows: readonly OrderLineForRefund[], requested: readonly { orderLineId: string; quantity: number }[], pricesIncludeTax: boolean): LinePlans {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lines: RefundLinePlan[] = [];
  for (const [index, want] of requested.entries()) {
    const row = byId.get(want.orderLineId);
    if (!row) return { unknownLine: index };
    const left = row.quantity - row.refunded_quantity;
    if (want.quantity > left) return { tooMany: index, left };
    const paid = Number(row.amount) - Number(row.discount) + (pricesIncludeTax ? 0 : Number(row.tax));
    const amount = want.quantity === left ? paid - Number(row.refunded_amount) : Math.floor((paid * want.quantity) / row.quantity);
    lines.push({ orderLineId: row.id, variantId: row.variant_id, quantity: want.quantity, amount, allocated: row.allocated });
  }
  return { lines };
}
