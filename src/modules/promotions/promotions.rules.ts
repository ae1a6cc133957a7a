/** Coupons are shop settings: reading and changing them need SETTINGS_READ and SETTINGS_WRITE. */
import { allow } from "graphql-shield";
import { hasPermission } from "../../access.js";
import { Permission } from "../identity/permission.js";

const settingsWrite = hasPermission(Permission.SETTINGS_WRITE);

export const promotionsRules = {
  Query: { coupons: hasPermission(Permission.SETTINGS_READ) },
  Mutation: {
    createCoupon: settingsWrite,
    updateCoupon: settingsWrite,
  },
  Coupon: allow,
  CouponConnection: allow,
  CouponEdge: allow,
  CouponSaved: allow,
  CouponUnavailable: allow,
  CouponCodeTaken: allow,
};
