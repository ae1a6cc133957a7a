/** The payments module's resolvers, as schema.ts lists them. */
import { OrderPaymentResolver, PaymentResolver } from "./payments.resolver.js";

export const paymentsResolvers = [OrderPaymentResolver, PaymentResolver] as const;
