/** The cart module's resolvers, as schema.ts lists them. */
import { LoggedInCartResolver } from "./cart-login.resolver.js";
import { CartSubscriptionResolver } from "./cart-subscription.resolver.js";
import { CartLineResolver, CartResolver } from "./cart.resolver.js";

export const cartResolvers = [CartResolver, CartLineResolver, LoggedInCartResolver, CartSubscriptionResolver] as const;
