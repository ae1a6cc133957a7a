/** Guest carts nobody came back to are deleted, so the cart table holds live carts only. */
import type { Db } from "../../db/sql.js";
import { GUEST_CART_TTL_DAYS } from "./cart-token.js";

/** Deletes guest carts untouched for GUEST_CART_TTL_DAYS (their cookie has expired too); returns how many. */
export async function purgeAbandonedGuestCarts(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - GUEST_CART_TTL_DAYS * 24 * 60 * 60 * 1000);
  return db.execute`DELETE FROM cart WHERE customer_id IS NULL AND updated_at < ${cutoff}`;
}
