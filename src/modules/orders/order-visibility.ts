/**
 * Who may read which orders, in one place for the `order` query, the order loaders (and so
 * `node(id:)`) and the order history on Customer: staff with ORDERS_READ every order, a customer
 * their own, nobody else any. A guest's order is shown only to whoever just placed it (the
 * checkout hands it out directly).
 */
import type { SqlParams } from "../../shared/sql.js";
import { Permission } from "../identity/permission.js";
import { holdsPermission, type Viewer } from "../identity/viewer.js";

/** The orders a viewer may read: all of them, one customer's, or none. */
export type OrderReadScope = "all" | { customerId: string } | "none";

export function orderReadScope(viewer: Viewer): OrderReadScope {
  if (holdsPermission(viewer, Permission.ORDERS_READ)) return "all";
  if (viewer.kind === "customer") return { customerId: viewer.customerId };
  return "none";
}

/** Whether the viewer may read the orders of the customer `customerId`. */
export function canReadOrdersOf(viewer: Viewer, customerId: string): boolean {
  const scope = orderReadScope(viewer);
  return scope === "all" || (scope !== "none" && scope.customerId === customerId);
}

/** SQL condition on `shop_order o` for the orders of `scope`. */
export function orderScopeSql(scope: OrderReadScope, params: SqlParams): string {
  if (scope === "all") return "TRUE";
  if (scope === "none") return "FALSE";
  return `o.customer_id = ${params.add(scope.customerId, "uuid")}`;
}
