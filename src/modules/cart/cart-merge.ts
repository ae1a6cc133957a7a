/**
 * A guest who signs in keeps what they put in their cart: the guest cart moves into the account.
 * The server lists `mergeGuestCartAfterLogin` among the customer login hooks (services.onCustomerLogin).
 */
import type { Context } from "../../context.js";
import type { Db } from "../../db/sql.js";
import type { Tx } from "../../db/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import { hashToken } from "../../shared/tokens.js";
import { clearCartCookie, guestCartToken } from "./cart-token.js";
import { MAX_COUPONS, MAX_LINES, MAX_QUANTITY } from "./cart.inputs.js";

export interface MergeResult {
  /** The customer's cart afterwards; null when neither cart existed. */
  cartId: string | null;
  /** Guest lines added to the customer's cart or summed into its lines. */
  mergedLines: number;
  /** Guest lines left out because the customer's cart was full (MAX_LINES). */
  droppedLines: number;
}

interface LineRow {
  variant_id: string;
  quantity: number;
}

async function mergeInto(tx: Tx, guestId: string, customerCartId: string): Promise<Omit<MergeResult, "cartId">> {
  const guestLines = await tx.query<LineRow>`SELECT variant_id, quantity FROM cart_line WHERE cart_id = ${guestId}::uuid ORDER BY created_at, id`;
  const ownLines = await tx.query<LineRow>`SELECT variant_id, quantity FROM cart_line WHERE cart_id = ${customerCartId}::uuid`;
  const own = new Set(ownLines.map((l) => l.variant_id));
  let room = MAX_LINES - own.size;
  const kept = guestLines.filter((l) => own.has(l.variant_id) || room-- > 0);
  if (kept.length > 0) {
    await tx.execute`
      INSERT INTO cart_line (id, cart_id, variant_id, quantity, created_at, updated_at)
      SELECT n.id, ${customerCartId}::uuid, n.variant_id, n.quantity, now(), now()
        FROM unnest(${kept.map(() => uuidv7())}::uuid[], ${kept.map((l) => l.variant_id)}::uuid[], ${kept.map((l) => l.quantity)}::int[]) AS n(id, variant_id, quantity)
      ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = least(${MAX_QUANTITY}, cart_line.quantity + excluded.quantity), updated_at = now()`;
  }
  // Details the account's cart lacks come from the guest cart; its own choices win.
  await tx.execute`
    UPDATE cart c SET shipping_address = coalesce(c.shipping_address, g.shipping_address), billing_address = coalesce(c.billing_address, g.billing_address),
           shipping_method_code = coalesce(c.shipping_method_code, g.shipping_method_code), updated_at = now()
      FROM cart g WHERE c.id = ${customerCartId}::uuid AND g.id = ${guestId}::uuid`;
  await tx.execute`
    INSERT INTO cart_coupon (cart_id, coupon_id, created_at)
    SELECT ${customerCartId}::uuid, gc.coupon_id, gc.created_at FROM cart_coupon gc
     WHERE gc.cart_id = ${guestId}::uuid AND NOT EXISTS (SELECT 1 FROM cart_coupon cc WHERE cc.cart_id = ${customerCartId}::uuid AND cc.coupon_id = gc.coupon_id)
     ORDER BY gc.created_at
     LIMIT greatest(0, ${MAX_COUPONS} - (SELECT count(*) FROM cart_coupon WHERE cart_id = ${customerCartId}::uuid))`;
  await tx.execute`DELETE FROM cart WHERE id = ${guestId}::uuid`;
  return { mergedLines: kept.length, droppedLines: guestLines.length - kept.length };
}

/**
 * Moves the guest cart of `guestToken` into the customer's account: it becomes their cart when
 * they have none; otherwise its lines are added to theirs (quantities summed up to MAX_QUANTITY,
 * lines beyond MAX_LINES left out) and it is deleted. Both carts are locked in id order, like
 * every other cart change, so a concurrent add or checkout waits rather than being lost.
 */
export async function mergeGuestCart(db: Db, guestToken: string, customerId: string): Promise<MergeResult> {
  const tokenHash = hashToken(guestToken);
  return db.transaction(async (tx) => {
    const [guestCart] = await tx.query<{ id: string }>`SELECT id FROM cart WHERE token_hash = ${tokenHash}`;
    if (!guestCart) {
      const [own] = await tx.query<{ id: string }>`SELECT id FROM cart WHERE customer_id = ${customerId}::uuid`;
      return { cartId: own?.id ?? null, mergedLines: 0, droppedLines: 0 };
    }
    // The customer's cart is created first when missing, so there is one way to merge, and a
    // racing first add-to-cart of the same account cannot slip in between.
    await tx.execute`INSERT INTO cart (id, customer_id, updated_at) VALUES (${uuidv7()}::uuid, ${customerId}::uuid, now()) ON CONFLICT (customer_id) DO NOTHING`;
    const carts = await tx.query<{ id: string; customer_id: string | null }>`
      SELECT id, customer_id FROM cart WHERE token_hash = ${tokenHash} OR customer_id = ${customerId}::uuid ORDER BY id FOR UPDATE`;
    const mine = carts.find((c) => c.customer_id === customerId)!;
    // The guest cart may have been ordered while this waited for its lock.
    const guest = carts.find((c) => c.customer_id === null);
    if (!guest) return { cartId: mine.id, mergedLines: 0, droppedLines: 0 };
    return { cartId: mine.id, ...(await mergeInto(tx, guest.id, mine.id)) };
  });
}

/**
 * For login: merges the request's guest cart (header or cookie) into the customer who just signed
 * in, and drops the cart cookie. Does nothing when the request carries no guest cart token.
 */
export async function mergeGuestCartAfterLogin(ctx: Context, customerId: string): Promise<MergeResult | null> {
  const token = guestCartToken(ctx);
  if (!token) return null;
  const result = await mergeGuestCart(ctx.sql, token, customerId);
  clearCartCookie(ctx);
  return result;
}
