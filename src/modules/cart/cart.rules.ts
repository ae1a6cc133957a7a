/**
 * Carts are for shoppers: guests and signed-in customers, not staff accounts. Reading a cart is
 * decided by the cart service, which only ever hands out the viewer's own, so its types are open
 * once reached.
 */
import { allow, rule } from "graphql-shield";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";

/** Guests and signed-in customers; staff accounts have no cart. */
export const isShopper = rule({ cache: "contextual" })((_p, _a, ctx: Context) => ctx.viewer.kind !== "staff" || codedError("FORBIDDEN", "Staff accounts cannot shop; sign in as a customer"));

export const cartRules = {
  Query: {
    cart: allow,
    shippingMethods: allow,
  },
  // The cart is found from the viewer and the connection's cart token, never from an argument.
  Subscription: {
    cartUpdated: isShopper,
  },
  Mutation: {
    addCartLines: isShopper,
    updateCartLine: isShopper,
    removeCartLine: isShopper,
    setCartEmail: isShopper,
    setCartShippingAddress: isShopper,
    setCartBillingAddress: isShopper,
    setCartShippingMethod: isShopper,
    applyCoupon: isShopper,
    removeCoupon: isShopper,
  },
  Cart: allow,
  CartLine: allow,
  CartUpdated: allow,
  GuestCartMerge: allow,
  AppliedCoupon: allow,
  ShippingMethod: allow,
};
