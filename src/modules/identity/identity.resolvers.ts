/** The identity module's resolvers, as schema.ts lists them. */
import { AddressBookResolver } from "./customer/address.resolver.js";
import { AddressResolver, CustomerResolver } from "./customer/account.resolver.js";
import { CustomerAuthResolver } from "./customer/auth.resolver.js";
import { RecoveryResolver } from "./customer/recovery.resolver.js";
import { SessionResolver } from "./session.resolver.js";
import { StaffResolver } from "./staff/staff.resolver.js";

export const identityResolvers = [CustomerAuthResolver, SessionResolver, RecoveryResolver, CustomerResolver, AddressResolver, AddressBookResolver, StaffResolver] as const;
