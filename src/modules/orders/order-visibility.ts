/**
 * Who may read which orders, in one place for the `order` query, the order loaders (and so
 * `node(id:)`), the order history on Customer and the order-status look-ups:
 *
 * - as a viewer, through `Order`: staff with ORDERS_READ every order, a customer their own, nobody
 *   else any (a guest's order reaches its guest only in the `placeOrder` answer);
 * - through a status grant, an order-status token or an order's code with its email: whoever
 *   presents one sees exactly that one order, and only as `OrderStatus` (state, lines, totals,
 *   shipping address and method, the public history, the tracking code once shipped). Not the
 *   email, the account, the billing address, payment details, notes or who made a change. A
 *   grant is never a viewer: it opens no other order, no `Order` or `node(id:)`, and no mutation.
 *
 * Payment and refund records belong on `Order`, read with the viewer scopes above; `OrderStatus`
 * shows any of them only once it is decided here.
 */
import type { SqlParams } from "../../shared/sql.js";
import { Permission } from "../identity/permission.js";
import { holdsPermission, type Viewer } from "../identity/viewer.js";
import type { OrderState } from "./order-state.js";

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

/** What proves a status grant: the SHA-256 of an order-status token, or an order's canonical code with its normalised email. */
export type StatusGrantProof = { tokenHash: Buffer } | { code: string; email: string };

/** SQL condition on `shop_order o` for the one order a proof opens (none when it opens nothing). */
export function statusGrantSql(proof: StatusGrantProof, params: SqlParams): string {
  if ("tokenHash" in proof) return `o.id = (SELECT t.order_id FROM order_status_token t WHERE t.token_hash = ${params.add(proof.tokenHash, "bytea")})`;
  return `o.code = ${params.add(proof.code, "text")} AND o.email = ${params.add(proof.email, "text")}`;
}

const SHIPPED: readonly OrderState[] = ["SHIPPED", "DELIVERED"];

/** The tracking code as a status grant shows it: once the order has left. */
export function grantedTrackingCode(state: OrderState, trackingCode: string | null): string | null {
  return SHIPPED.includes(state) ? trackingCode : null;
}
