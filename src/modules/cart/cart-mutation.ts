/** The frame every cart mutation runs in: lock (or start) the cart, change it, answer the priced cart. */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import type { UserError } from "../../shared/errors.js";
import { Rejection } from "../../shared/mutation.js";
import { setCartCookie } from "./cart-token.js";
import { cartOwner, lockCart, lockOrCreateCart } from "./cart.store.js";
import { CartUpdated, toCart } from "./cart.types.js";
import { loadCartContents, priceContents, type CartRow } from "./pricing.js";

/**
 * Runs `change` in a transaction holding the viewer's cart lock. With `create`, a viewer without a
 * cart gets one (a guest also a token, sent back once and as a cookie); without it, `missing` is
 * the Rejection. A Rejection thrown by `change` rolls everything back (a cart started by this call
 * included).
 */
export async function changeCart(ctx: Context, options: { create: boolean; missing: () => UserError }, change: (tx: Tx, cart: CartRow) => Promise<void>): Promise<CartUpdated> {
  const owner = cartOwner(ctx);
  const { priced, token } = await ctx.sql.transaction(async (tx) => {
    const locked = options.create ? await lockOrCreateCart(tx, owner) : { cart: await lockCart(tx, owner), token: null };
    if (!locked.cart) throw new Rejection(options.missing());
    await change(tx, locked.cart);
    // Priced on the same connection, still under the lock: the answer shows exactly this change.
    const contents = await loadCartContents(tx, locked.cart.id);
    return { priced: priceContents(contents!, ctx.services.config.commerce, new Date()), token: locked.token };
  });
  if (token) setCartCookie(ctx, token);
  return Object.assign(new CartUpdated(), { cart: toCart(priced, ctx.services.currency), cartToken: token });
}
