/**
 * Unpaid orders run out: an order still PLACED when its `expires_at` passes is cancelled by the
 * system, and its stock and coupon uses go back. Several server instances may run this at the same
 * time: each batch claims its orders with FOR UPDATE SKIP LOCKED, so no two runners take the same
 * order, and the transition re-checks the state under the lock (a payment that lands first wins).
 */
import type { Db } from "../../db/sql.js";
import { transitionOrder } from "./order-transitions.service.js";

const BATCH = 50;

/** Cancels every order unpaid past its expiry; returns how many this runner cancelled. */
export async function expireUnpaidOrders(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await db.transaction(async (tx) => {
      const claimed = await tx.query<{ id: string }>`
        SELECT id FROM shop_order WHERE state = 'PLACED' AND expires_at <= ${now}
         ORDER BY expires_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const { id } of claimed) {
        await transitionOrder(tx, id, { to: "CANCELLED", staffId: null, note: "payment not received in time", releaseReason: "ORDER_EXPIRED" });
      }
      return claimed.length;
    });
    total += expired;
    if (expired < BATCH) return total;
  }
}
