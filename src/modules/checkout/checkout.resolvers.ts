/** The checkout module's resolvers, as schema.ts lists them. */
import { CheckoutResolver } from "./checkout.resolver.js";

export const checkoutResolvers = [CheckoutResolver] as const;
