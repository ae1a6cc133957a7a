/**
 * Finding, locking and creating the viewer's cart. Every change to a cart runs in a transaction
 * that first locks the cart row, so changes to one cart (and placing it as an order) are
 * serialised: a line limit or a quantity check can never be raced past.
 */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import { CART_COLUMNS, loadCartContents, priceContents, type CartRow, type PricedCart } from "./pricing.js";
import { codedError } from "../../shared/errors.js";
import { hashToken, newToken } from "../../shared/tokens.js";
import { CART_HEADER, guestCartToken, socketCartToken } from "./cart-token.js";
import { uuidv7 } from "../../shared/uuid.js";
import { toCart, type Cart } from "./cart.types.js";

/** Whose cart a request works on: a signed-in customer's, or a guest's (by token, if one was sent). */
export type CartOwner = { kind: "customer"; customerId: string } | { kind: "guest"; tokenHash: Buffer | null };

/**
 * The cart owner of this request; staff have no cart (rules keep them out of cart fields). A guest
 * cart is found by a header or cookie, so guests need HTTP: over WebSocket there is neither, and
 * every change would start a cart nobody could find again.
 */
export function cartOwner(ctx: Context): CartOwner {
  if (ctx.viewer.kind === "customer") return { kind: "customer", customerId: ctx.viewer.customerId };
  if (ctx.viewer.kind === "staff") throw new Error("staff have no cart: the cart rules must keep them out");
  if (!ctx.http) throw codedError("BAD_REQUEST", `Guest carts need HTTP, with the ${CART_HEADER} header or the cart cookie; sign in to use a cart over WebSocket`);
  const token = guestCartToken(ctx);
  return { kind: "guest", tokenHash: token ? hashToken(token) : null };
}

function ownerWhere(owner: CartOwner): { sql: string; value: unknown } | null {
  if (owner.kind === "customer") return { sql: "c.customer_id = $1::uuid", value: owner.customerId };
  return owner.tokenHash ? { sql: "c.token_hash = $1", value: owner.tokenHash } : null;
}

/** The id of the owner's cart, without locking (for reading). */
async function findCartId(ctx: Context, owner: CartOwner): Promise<string | null> {
  const where = ownerWhere(owner);
  if (!where) return null;
  const rows = await ctx.sql.query<{ id: string }>(`SELECT c.id FROM cart c WHERE ${where.sql}`, [where.value]);
  return rows[0]?.id ?? null;
}

/**
 * Locks the owner's cart for the rest of the transaction, marking it changed now (the update takes
 * the row lock, so locking and touching are one statement); null when there is none.
 */
export async function lockCart(tx: Tx, owner: CartOwner): Promise<CartRow | null> {
  const where = ownerWhere(owner);
  if (!where) return null;
  const rows = await tx.query<CartRow>(`UPDATE cart c SET updated_at = now() WHERE ${where.sql} RETURNING ${CART_COLUMNS}`, [where.value]);
  return rows[0] ?? null;
}

/**
 * Locks the owner's cart, creating it first when there is none. A new guest cart gets a new
 * token (returned once): a token the client made up is never adopted.
 */
export async function lockOrCreateCart(tx: Tx, owner: CartOwner): Promise<{ cart: CartRow; token: string | null }> {
  const existing = await lockCart(tx, owner);
  if (existing) return { cart: existing, token: null };
  if (owner.kind === "customer") {
    // Two first requests of one customer may race here: the unique customer_id lets one insert win.
    await tx.execute`INSERT INTO cart (id, customer_id, updated_at) VALUES (${uuidv7()}::uuid, ${owner.customerId}::uuid, now()) ON CONFLICT (customer_id) DO NOTHING`;
    return { cart: (await lockCart(tx, owner))!, token: null };
  }
  const { token, hash } = newToken();
  // A new row is this transaction's alone until it commits: there is no lock to take.
  const rows = await tx.query<CartRow>(
    `WITH c AS (INSERT INTO cart (id, token_hash, updated_at) VALUES ($1::uuid, $2, now()) RETURNING *) SELECT ${CART_COLUMNS} FROM c`,
    [uuidv7(), hash],
  );
  return { cart: rows[0]!, token };
}

/** The cart priced now, read outside any transaction; null when it is gone. */
async function priceCart(ctx: Context, cartId: string): Promise<PricedCart | null> {
  const contents = await loadCartContents(ctx.sql, cartId);
  return contents && priceContents(contents, ctx.services.config.commerce, new Date());
}

/** The cart a subscription watches: the signed-in customer's, or the guest cart of the WebSocket's cart token; null when none. */
export async function socketCartId(ctx: Context): Promise<string | null> {
  if (ctx.viewer.kind === "customer") return findCartId(ctx, { kind: "customer", customerId: ctx.viewer.customerId });
  const token = socketCartToken(ctx);
  return token ? findCartId(ctx, { kind: "guest", tokenHash: hashToken(token) }) : null;
}

/** The cart `cartId` priced now, or null when it is gone; whose it is the caller decides. */
export async function cartById(ctx: Context, cartId: string): Promise<Cart | null> {
  const priced = await priceCart(ctx, cartId);
  return priced ? toCart(priced, ctx.services.currency) : null;
}

/** The viewer's cart priced now, or null (no cart yet; staff, who have none; guests over WebSocket). */
export async function viewerCart(ctx: Context): Promise<Cart | null> {
  if (ctx.viewer.kind === "staff" || (ctx.viewer.kind === "anonymous" && !ctx.http)) return null;
  const cartId = await findCartId(ctx, cartOwner(ctx));
  const priced = cartId && (await priceCart(ctx, cartId));
  return priced ? toCart(priced, ctx.services.currency) : null;
}
