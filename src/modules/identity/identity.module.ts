/** The identity module's resolvers, as schema.ts takes them. */
import { CustomerResolver } from "./customer/account.resolver.js";

export const identityResolvers = [CustomerResolver] as const;
