/**
 * Redeeming coupons when an order is placed, and giving the use back when it is cancelled.
 * Limits are enforced by the statements themselves (a conditional UPDATE for the total, a
 * conditional upsert for the per-customer count), never by reading and then writing: twenty
 * concurrent orders with a single-use coupon redeem it exactly once.
 */
import type { Tx } from "../../db/sql.js";
import { COUPON_COLUMNS, CouponProblem, couponProblem, type CouponRow } from "./coupon-rules.js";

/** Per-customer counts are keyed by the order email, so guest checkouts count too. */
function customerKey(email: string): string {
  return email.trim().toLowerCase();
}

/** How many orders placed under `email` hold the coupon. */
export async function customerUses(tx: Tx, couponId: string, email: string): Promise<number> {
  const [row] = await tx.query<{ uses: number }>`SELECT uses FROM coupon_use WHERE coupon_id = ${couponId}::uuid AND customer_key = ${customerKey(email)}`;
  return row?.uses ?? 0;
}

/**
 * Takes one use of each coupon for an order under `email`. Returns the first coupon that cannot be
 * redeemed and why; the uses taken before it stay, so the caller must roll back (a savepoint).
 */
export async function redeemCoupons(tx: Tx, couponIds: readonly string[], email: string, now: Date): Promise<{ code: string; problem: CouponProblem } | null> {
  // Ascending ids: the same lock order in every transaction.
  for (const id of [...couponIds].sort()) {
    const [taken] = await tx.query<{ usage_limit_per_customer: number | null }>`
      UPDATE coupon SET times_used = times_used + 1
       WHERE id = ${id}::uuid AND active AND (starts_at IS NULL OR starts_at <= ${now}) AND (ends_at IS NULL OR ends_at > ${now})
         AND (usage_limit IS NULL OR times_used < usage_limit)
      RETURNING usage_limit_per_customer`;
    if (!taken) {
      const [coupon] = await tx.query<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid`, [id]);
      return { code: coupon!.code, problem: couponProblem(coupon!, Number.MAX_SAFE_INTEGER, now) ?? CouponProblem.USAGE_LIMIT_REACHED };
    }
    const limit = taken.usage_limit_per_customer;
    const counted = await tx.query<{ uses: number }>`
      INSERT INTO coupon_use (coupon_id, customer_key, uses) VALUES (${id}::uuid, ${customerKey(email)}, 1)
      ON CONFLICT (coupon_id, customer_key) DO UPDATE SET uses = coupon_use.uses + 1
       WHERE ${limit}::int IS NULL OR coupon_use.uses < ${limit}::int
      RETURNING uses`;
    if (counted.length === 0) {
      const [coupon] = await tx.query<{ code: string }>`SELECT code FROM coupon WHERE id = ${id}::uuid`;
      return { code: coupon!.code, problem: CouponProblem.CUSTOMER_LIMIT_REACHED };
    }
  }
  return null;
}

/** Gives back the coupon uses of a cancelled or expired order. */
export async function releaseCoupons(tx: Tx, orderId: string, email: string): Promise<void> {
  await tx.execute`
    WITH used AS (SELECT coupon_id FROM order_coupon WHERE order_id = ${orderId}::uuid ORDER BY coupon_id),
         total AS (UPDATE coupon SET times_used = times_used - 1 WHERE id IN (SELECT coupon_id FROM used) RETURNING id)
    UPDATE coupon_use SET uses = uses - 1 WHERE customer_key = ${customerKey(email)} AND coupon_id IN (SELECT id FROM total)`;
}
