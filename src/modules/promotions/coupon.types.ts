/** GraphQL types of coupons, as staff manage them. */
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { CouponKind } from "../../generated/prisma/enums.js";
import { Money, type ShopCurrency } from "../../shared/money.js";
import { Connection } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { Node } from "../node/node.types.js";
import { CouponCodeTaken } from "./coupon.errors.js";
import type { CouponRow } from "./coupon-rules.js";

export { CouponKind };
registerEnumType(CouponKind, { name: "CouponKind", description: "PERCENTAGE or FIXED_AMOUNT off the subtotal, or FREE_SHIPPING." });

@ObjectType({ implements: Node, description: "A promotion code. Staff with SETTINGS_READ only." })
export class Coupon extends Node {
  @Field()
  code: string;

  @Field(() => CouponKind)
  kind: CouponKind;

  @Field(() => String, { nullable: true, description: 'Percent off for PERCENTAGE coupons, e.g. "12.5".' })
  percentOff: string | null;

  @Field(() => Money, { nullable: true, description: "Amount off for FIXED_AMOUNT coupons." })
  amountOff: Money | null;

  @Field(() => Money, { description: "Smallest subtotal it applies to." })
  minimumSubtotal: Money;

  @Field(() => Date, { nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: "First moment it is no longer valid." })
  endsAt: Date | null;

  @Field(() => Int, { nullable: true, description: "Orders that may use it in total; null for no limit." })
  usageLimit: number | null;

  @Field(() => Int, { nullable: true, description: "Orders one customer (by email) may use it for; null for no limit." })
  usageLimitPerCustomer: number | null;

  @Field(() => Int, { description: "Orders that hold it now (a cancelled or expired order gives its use back)." })
  timesUsed: number;

  @Field()
  active: boolean;
}

export function toCoupon(row: CouponRow, currency: ShopCurrency): Coupon {
  return Object.assign(new Coupon(), {
    id: toGlobalId("Coupon", row.id),
    code: row.code,
    kind: row.kind,
    percentOff: row.percent_bps === null ? null : String(row.percent_bps / 100),
    amountOff: row.amount === null ? null : currency.money(row.amount),
    minimumSubtotal: currency.money(row.min_subtotal),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    usageLimit: row.usage_limit,
    usageLimitPerCustomer: row.usage_limit_per_customer,
    timesUsed: row.times_used,
    active: row.active,
  });
}

@ObjectType({ description: "A page of coupons, newest first." })
export class CouponConnection extends Connection(Coupon) {}

@InputType({ description: "A new coupon. Give `percentOff` for PERCENTAGE, `amountOff` for FIXED_AMOUNT, neither for FREE_SHIPPING." })
export class CreateCouponInput {
  @Field({ description: "1 to 64 letters, digits, - or _; matched case-insensitively." })
  code: string;

  @Field(() => CouponKind)
  kind: CouponKind;

  @Field(() => String, { nullable: true, description: 'Percent, e.g. "10" or "12.5" (at most two decimals, 0.01 to 100).' })
  percentOff?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount in the shop currency, e.g. "5.00".' })
  amountOff?: string | null;

  @Field(() => String, { nullable: true, description: "Smallest subtotal it applies to; default 0." })
  minimumSubtotal?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true })
  usageLimitPerCustomer?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  active?: boolean | null;
}

@InputType({ description: "Changes to a coupon; omitted fields stay, null clears a date or limit. Kind and value cannot change (orders refer to them)." })
export class UpdateCouponInput {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  minimumSubtotal?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true })
  usageLimitPerCustomer?: number | null;
}

@ObjectType({ description: "The new coupon." })
export class CouponCreated {
  @Field(() => Coupon)
  coupon: Coupon;
}

@ObjectType({ description: "The coupon as changed." })
export class CouponUpdated {
  @Field(() => Coupon)
  coupon: Coupon;
}

export const CreateCouponResult = createUnionType({ name: "CreateCouponResult", types: () => [CouponCreated, InvalidInput, CouponCodeTaken] as const });
export const UpdateCouponResult = createUnionType({ name: "UpdateCouponResult", types: () => [CouponUpdated, InvalidInput, NotFound] as const });
