/** The cart module's resolvers, as schema.ts lists them. */
import { CartLineResolver, CartResolver } from "./cart.resolver.js";

export const cartResolvers = [CartResolver, CartLineResolver] as const;
