/** Who may call the identity module's fields and read its types. */
import { allow, rule } from "graphql-shield";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import type { Customer } from "./customer/customer.types.js";
import { Permission } from "./permission.js";

/** Private data: every field only for the owner or staff allowed to read customers. Per parent, so never cached. */
const customerOwnsOrCustomersRead = rule("customerOwnsOrCustomersRead", { cache: "no_cache" })((customer: Customer, _a, ctx: Context) => {
  if (ctx.viewer.kind === "anonymous") return codedError("UNAUTHENTICATED", "Sign in to do this");
  if (ctx.viewer.kind === "customer") return ctx.viewer.customerId === customer.rowId || codedError("FORBIDDEN", "Not allowed");
  return ctx.viewer.permissions.has(Permission.CUSTOMERS_READ) || codedError("FORBIDDEN", "Not allowed");
});

export const identityRules = {
  Query: {
    // Null for anyone but a signed-in customer, so clients can ask without an error.
    me: allow,
  },
  Customer: customerOwnsOrCustomersRead,
};
