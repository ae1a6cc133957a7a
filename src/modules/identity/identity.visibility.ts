/**
 * Who may see which identity objects, in one place for field rules, `node(id:)` and services:
 * a customer sees only themselves, staff see what their permissions cover.
 */
import type { Context } from "../../context.js";
import { viewerHas } from "../../access.js";
import { Permission } from "./permission.js";

/** The customer themself, or staff with CUSTOMERS_READ. */
export function canSeeCustomer(ctx: Context, customerId: string): boolean {
  return (ctx.viewer.kind === "customer" && ctx.viewer.customerId === customerId) || viewerHas(ctx, Permission.CUSTOMERS_READ);
}

/** The staff member themself, or staff with STAFF_READ. */
export function canSeeStaff(ctx: Context, staffId: string): boolean {
  return (ctx.viewer.kind === "staff" && ctx.viewer.staffId === staffId) || viewerHas(ctx, Permission.STAFF_READ);
}
