/**
 * `stock.low` and `stock.out`: recorded when a change takes a variant's promisable units (on hand
 * minus allocated) across the threshold, not on every sale below it, so a consumer hears once per
 * fall. Out of stock is nothing left to promise; low is at most LOW_STOCK_THRESHOLD units left.
 */
import type { Tx } from "../../db/sql.js";
import type { NewEvent } from "../events/event-catalogue.js";
import { recordEvents } from "../events/outbox.js";

/** A tracked variant's promisable units before and after one change. */
export interface StockChange {
  variantId: string;
  productId: string;
  sku: string;
  before: number;
  after: number;
}

/** The events `changes` call for under `threshold`. */
export function stockEvents(changes: readonly StockChange[], threshold: number): NewEvent[] {
  const events: NewEvent[] = [];
  for (const c of changes) {
    const facts = { variantId: c.variantId, productId: c.productId, sku: c.sku, available: c.after, threshold };
    if (c.before > 0 && c.after <= 0) events.push({ type: "stock.out", aggregateId: c.variantId, payload: facts });
    else if (c.before > threshold && c.after <= threshold && c.after > 0) events.push({ type: "stock.low", aggregateId: c.variantId, payload: facts });
  }
  return events;
}

/** Records the stock events of `changes` in the caller's transaction. */
export async function recordStockEvents(tx: Tx, changes: readonly StockChange[], threshold: number): Promise<void> {
  await recordEvents(tx, stockEvents(changes, threshold));
}
