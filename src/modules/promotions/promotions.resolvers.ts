/** The promotions module's resolvers, as schema.ts lists them. */
import { CouponResolver } from "./coupon.resolver.js";

export const promotionsResolvers = [CouponResolver] as const;
