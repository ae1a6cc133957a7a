/** Coupons are shop settings: reading and changing them need SETTINGS_READ and SETTINGS_WRITE. */
import { allow } from "graphql-shield";
import { hasPermission, permissionCheck } from "../../access.js";
import { Permission } from "../identity/permission.js";

const settingsWrite = hasPermission(Permission.SETTINGS_WRITE);

/** Reading coupons, as `coupons` or one through `node(id:)`. */
export const couponRead = permissionCheck(Permission.SETTINGS_READ);

export const promotionsRules = {
  Query: { coupons: couponRead.rule },
  Mutation: {
    createCoupon: settingsWrite,
    updateCoupon: settingsWrite,
  },
  Coupon: allow,
  CouponConnection: allow,
  CouponEdge: allow,
  CouponCreated: allow,
  CouponUpdated: allow,
  CouponUnavailable: allow,
  CouponCodeTaken: allow,
};
