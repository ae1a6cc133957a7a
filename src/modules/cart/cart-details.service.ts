/** Contact, shipping method and coupons of the viewer's cart (addresses: cart-addresses.service.ts). */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import { reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { NotFound } from "../../shared/user-errors.js";
import { shippingMethod } from "../pricing/commerce-config.js";
import { CouponUnavailable } from "../promotions/coupon.errors.js";
import { COUPON_COLUMNS, CouponProblem, couponProblem, normalizeCouponCode, type CouponRow } from "../promotions/coupon-rules.js";
import { customerUses } from "../promotions/redeem.js";
import { changeCart } from "./cart-mutation.js";
import { MAX_COUPONS, type ApplyCouponInput, type RemoveCouponInput, type SetCartEmailInput, type SetCartShippingMethodInput } from "./cart.inputs.js";
import type { CartUpdated } from "./cart.types.js";
import type { CartRow } from "./pricing.js";

const MAX_EMAIL = 254;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const gone = () => NotFound.at(["input"], "the cart was just ordered; start a new one");

/** A trimmed, lower-cased email address, or null when it does not look like one. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= MAX_EMAIL && EMAIL.test(email) ? email : null;
}

/** Sets where a guest's order mail goes; signed-in customers order with their account email. */
export async function setCartEmail(ctx: Context, input: SetCartEmailInput): Promise<CartUpdated> {
  if (ctx.viewer.kind === "customer") reject(["input", "email"], "signed-in customers order with their account email");
  const email = normalizeEmail(input.email);
  if (!email) reject(["input", "email"], "email must be an email address");
  return changeCart(ctx, { create: true, missing: gone }, async (tx, cart) => {
    await tx.execute`UPDATE cart SET email = ${email} WHERE id = ${cart.id}::uuid`;
  });
}

export async function setCartShippingMethod(ctx: Context, input: SetCartShippingMethodInput): Promise<CartUpdated> {
  const method = shippingMethod(ctx.services.config.commerce, input.code.trim());
  if (!method) reject(["input", "code"], "not one of the shipping methods");
  return changeCart(ctx, { create: true, missing: gone }, async (tx, cart) => {
    await tx.execute`UPDATE cart SET shipping_method_code = ${method.code} WHERE id = ${cart.id}::uuid`;
  });
}

/** The email a cart's order would be placed under (the account's for customers). */
export async function orderEmail(tx: Tx, cart: CartRow): Promise<string | null> {
  if (!cart.customer_id) return cart.email;
  const [row] = await tx.query<{ email: string }>`SELECT email FROM customer WHERE id = ${cart.customer_id}::uuid`;
  return row?.email ?? null;
}

/**
 * Applies a coupon when it would count now. Limits are checked here as a courtesy; placing the
 * order redeems the coupon atomically and is where they are enforced.
 */
export async function applyCoupon(ctx: Context, input: ApplyCouponInput): Promise<CartUpdated> {
  const code = normalizeCouponCode(input.code);
  if (code === "" || code.length > 64) reject(["input", "code"], "code must be 1 to 64 characters");
  const refuse = (problem: CouponProblem): never => {
    throw new Rejection(CouponUnavailable.of(["input", "code"], code, problem));
  };
  return changeCart(ctx, { create: true, missing: gone }, async (tx, cart) => {
    const [coupon] = await tx.query<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.code = $1`, [code]);
    if (!coupon) return refuse(CouponProblem.UNKNOWN_CODE);
    const [state] = await tx.query<{ applied: number; mine: boolean; subtotal: number }>`
      SELECT count(*)::int AS applied, coalesce(bool_or(coupon_id = ${coupon.id}::uuid), false) AS mine,
             (SELECT coalesce(sum(v.price * cl.quantity), 0)::bigint FROM cart_line cl JOIN variant v ON v.id = cl.variant_id WHERE cl.cart_id = ${cart.id}::uuid) AS subtotal
        FROM cart_coupon WHERE cart_id = ${cart.id}::uuid`;
    if (state!.mine) return;
    if (state!.applied >= MAX_COUPONS) reject(["input", "code"], `a cart holds at most ${MAX_COUPONS} coupons`);
    const problem = couponProblem(coupon, state!.subtotal, new Date());
    if (problem) return refuse(problem);
    const email = await orderEmail(tx, cart);
    if (coupon.usage_limit_per_customer !== null && email && (await customerUses(tx, coupon.id, email)) >= coupon.usage_limit_per_customer) {
      return refuse(CouponProblem.CUSTOMER_LIMIT_REACHED);
    }
    await tx.execute`INSERT INTO cart_coupon (cart_id, coupon_id) VALUES (${cart.id}::uuid, ${coupon.id}::uuid)`;
  });
}

/** Takes a coupon off the cart; removing one that is not there changes nothing. */
export async function removeCoupon(ctx: Context, input: RemoveCouponInput): Promise<CartUpdated> {
  const code = normalizeCouponCode(input.code);
  return changeCart(ctx, { create: false, missing: () => NotFound.at(["input", "code"], "you have no cart") }, async (tx, cart) => {
    await tx.execute`DELETE FROM cart_coupon cc USING coupon cp WHERE cc.coupon_id = cp.id AND cc.cart_id = ${cart.id}::uuid AND cp.code = ${code}`;
  });
}
