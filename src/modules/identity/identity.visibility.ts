/**
 * Who may see which identity objects, in one place for field rules, `node(id:)` and services:
 * a customer sees only themselves, staff see what their permissions cover.
 */
import { Permission } from "./permission.js";
import { holdsPermission, type Viewer } from "./viewer.js";

/** The customer themself, or staff with CUSTOMERS_READ. */
export function canSeeCustomer(viewer: Viewer, customerId: string): boolean {
  return (viewer.kind === "customer" && viewer.customerId === customerId) || holdsPermission(viewer, Permission.CUSTOMERS_READ);
}

/** The staff member themself, or staff with STAFF_READ. */
export function canSeeStaff(viewer: Viewer, staffId: string): boolean {
  return (viewer.kind === "staff" && viewer.staffId === staffId) || holdsPermission(viewer, Permission.STAFF_READ);
}
