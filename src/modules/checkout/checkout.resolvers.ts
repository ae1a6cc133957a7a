/** The checkout module's resolvers, as schema.ts lists them. */
import { CheckoutResolver } from "./checkout.resolver.js";
import { OrderPlacedResolver } from "./order-placed.resolver.js";

export const checkoutResolvers = [CheckoutResolver, OrderPlacedResolver] as const;
