/** The frame every cart mutation runs in: lock (or start) the cart, change it, answer the priced cart. */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/tx.js";
import { runMutation } from "../catalog/mutation.js";
import { Rejection } from "../catalog/validation.js";
import { setCartCookie } from "./cart-token.js";
import { cartOwner, lockCart, lockOrCreateCart, priceCart } from "./cart.store.js";
import { CartUpdated, toCart } from "./cart.types.js";
import type { CartRow } from "./pricing.js";

/**
 * Runs `change` in a transaction holding the viewer's cart lock. With `create`, a viewer without a
 * cart gets one (a guest also a token, sent back once and as a cookie); without it, `missing` is
 * the answer (also when a concurrent checkout turned the cart into an order before it was read back). A Rejection thrown by `change` rolls everything back (a cart started by this call
 * included) and becomes the answer.
 */
export async function changeCart<E extends object>(
  ctx: Context,
  options: { create: boolean; missing: () => E },
  change: (tx: Tx, cart: CartRow) => Promise<void>,
): Promise<CartUpdated | E> {
  const owner = cartOwner(ctx);
  return runMutation<CartUpdated, E>(async () => {
    const { cartId, token } = await ctx.db.$transaction(async (tx) => {
      const locked = options.create ? await lockOrCreateCart(tx, owner) : { cart: await lockCart(tx, owner), token: null };
      if (!locked.cart) throw new Rejection(options.missing());
      await change(tx, locked.cart);
      await tx.$executeRaw`UPDATE cart SET updated_at = now() WHERE id = ${locked.cart.id}::uuid`;
      return { cartId: locked.cart.id, token: locked.token };
    });
    if (token) setCartCookie(ctx, token);
    const priced = await priceCart(ctx, cartId);
    if (!priced) throw new Rejection(options.missing());
    return Object.assign(new CartUpdated(), { cart: toCart(priced), cartToken: token });
  });
}
