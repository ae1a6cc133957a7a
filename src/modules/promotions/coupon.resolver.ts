/** Staff coupon management. */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { ConnectionArgs } from "../../shared/pagination.js";
import { CouponCodeTaken } from "./coupon.errors.js";
import { normalizeCouponCode } from "./coupon-rules.js";
import { createCoupon, listCoupons, updateCoupon } from "./coupon.service.js";
import { CouponConnection, CreateCouponInput, CreateCouponResult, UpdateCouponInput, UpdateCouponResult } from "./coupon.types.js";

@Resolver()
export class CouponResolver {
  @Query(() => CouponConnection, { nullable: true, description: "Coupons, newest first. Needs SETTINGS_READ." })
  coupons(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<CouponConnection> {
    return listCoupons(ctx, args);
  }

  @Mutation(() => CreateCouponResult, { description: "Creates a coupon code. Needs SETTINGS_WRITE." })
  createCoupon(@Arg("input", () => CreateCouponInput) input: CreateCouponInput, @Ctx() ctx: Context): Promise<typeof CreateCouponResult> {
    return runMutation(() => createCoupon(ctx, input), { coupon_code_key: () => CouponCodeTaken.at(["input", "code"], normalizeCouponCode(input.code)) });
  }

  @Mutation(() => UpdateCouponResult, { description: "Changes a coupon's validity window, minimum or limits, or switches it off. Needs SETTINGS_WRITE." })
  updateCoupon(@Arg("input", () => UpdateCouponInput) input: UpdateCouponInput, @Ctx() ctx: Context): Promise<typeof UpdateCouponResult> {
    return runMutation(() => updateCoupon(ctx, input));
  }
}
