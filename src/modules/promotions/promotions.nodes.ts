/** `node(id:)` for coupons: for the staff who may read them, like `coupons`. */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { COUPON_COLUMNS, type CouponRow } from "./coupon-rules.js";
import { toCoupon } from "./coupon.types.js";
import { couponRead } from "./promotions.rules.js";

export const promotionsNodes: NodeFetchers = {
  Coupon: async (ctx, id) => {
    if (!couponRead.allows(ctx.viewer)) return null;
    const [row] = await ctx.sql.query<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid`, [id]);
    return row ? toCoupon(row, ctx.services.currency) : null;
  },
};
