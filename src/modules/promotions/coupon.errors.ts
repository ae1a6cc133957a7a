/** The user error of a coupon that cannot be used, and of a code that is already taken. */
import { Field, ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { CouponProblem, problemMessage } from "./coupon-rules.js";

@ObjectType({ implements: UserError, description: "The coupon cannot be used now; `reason` says why. Nothing was changed." })
export class CouponUnavailable extends UserError {
  @Field()
  couponCode: string;

  @Field(() => CouponProblem)
  reason: CouponProblem;

  static of(path: string[] | undefined, couponCode: string, reason: CouponProblem): CouponUnavailable {
    return Object.assign(new CouponUnavailable(), { code: ErrorCode.COUPON_UNAVAILABLE, message: problemMessage(couponCode, reason), path, couponCode, reason });
  }
}

@ObjectType({ implements: UserError, description: "Another coupon already has this code." })
export class CouponCodeTaken extends UserError {
  static at(path: string[], code: string): CouponCodeTaken {
    return Object.assign(new CouponCodeTaken(), { code: ErrorCode.COUPON_CODE_TAKEN, message: `coupon code ${code} is taken`, path });
  }
}
