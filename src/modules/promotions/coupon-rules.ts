/**
 * When a coupon applies and what it takes off: pure functions over a coupon row. Cart pricing uses
 * them to show totals; placing an order re-checks them and then redeems with conditional updates
 * (redeem.ts), so the limits hold under concurrency, not just here.
 */
import { registerEnumType } from "type-graphql";
import type { CouponKind } from "../../generated/prisma/enums.js";
import type { Discount } from "../pricing/totals.js";

/** A coupon as read from the database. */
export interface CouponRow {
  id: string;
  code: string;
  kind: CouponKind;
  percent_bps: number | null;
  amount: number | null;
  min_subtotal: number;
  starts_at: Date | null;
  ends_at: Date | null;
  usage_limit: number | null;
  usage_limit_per_customer: number | null;
  times_used: number;
  active: boolean;
}

export const COUPON_COLUMNS =
  "cp.id, cp.code, cp.kind, cp.percent_bps, cp.amount, cp.min_subtotal, cp.starts_at, cp.ends_at, cp.usage_limit, cp.usage_limit_per_customer, cp.times_used, cp.active";

/** Why a coupon cannot be used now. */
export enum CouponProblem {
  UNKNOWN_CODE = "UNKNOWN_CODE",
  INACTIVE = "INACTIVE",
  NOT_STARTED = "NOT_STARTED",
  EXPIRED = "EXPIRED",
  MINIMUM_NOT_MET = "MINIMUM_NOT_MET",
  USAGE_LIMIT_REACHED = "USAGE_LIMIT_REACHED",
  CUSTOMER_LIMIT_REACHED = "CUSTOMER_LIMIT_REACHED",
}
registerEnumType(CouponProblem, { name: "CouponProblem", description: "Why a coupon cannot be used now." });

/** Codes are matched case-insensitively and stored upper-case, without surrounding spaces. */
export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Why `coupon` does not apply to a cart with this subtotal at `now`, or null when it does. */
export function couponProblem(coupon: CouponRow, subtotal: number, now: Date): CouponProblem | null {
  if (!coupon.active) return CouponProblem.INACTIVE;
  if (coupon.starts_at && now < coupon.starts_at) return CouponProblem.NOT_STARTED;
  if (coupon.ends_at && now >= coupon.ends_at) return CouponProblem.EXPIRED;
  if (coupon.usage_limit !== null && coupon.times_used >= coupon.usage_limit) return CouponProblem.USAGE_LIMIT_REACHED;
  if (subtotal < coupon.min_subtotal) return CouponProblem.MINIMUM_NOT_MET;
  return null;
}

/** What the coupon takes off, for totals.ts. */
export function discountOf(coupon: CouponRow): Discount {
  switch (coupon.kind) {
    case "PERCENTAGE":
      return { kind: "percentage", bps: coupon.percent_bps! };
    case "FIXED_AMOUNT":
      return { kind: "fixed", amount: coupon.amount! };
    case "FREE_SHIPPING":
      return { kind: "freeShipping" };
  }
}

/** A message for a problem, for the user error. */
export function problemMessage(code: string, problem: CouponProblem): string {
  const messages: Record<CouponProblem, string> = {
    UNKNOWN_CODE: `there is no coupon "${code}"`,
    INACTIVE: `coupon ${code} is no longer valid`,
    NOT_STARTED: `coupon ${code} is not valid yet`,
    EXPIRED: `coupon ${code} has expired`,
    MINIMUM_NOT_MET: `coupon ${code} needs a larger order`,
    USAGE_LIMIT_REACHED: `coupon ${code} has been used up`,
    CUSTOMER_LIMIT_REACHED: `you have already used coupon ${code} as often as allowed`,
  };
  return messages[problem];
}
