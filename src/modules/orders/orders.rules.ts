/**
 * Order administration needs its staff permissions. Reading an order is decided by
 * order-visibility.ts, which the `order` query, the loaders (and so `node(id:)`), the order
 * history below and the status look-ups all apply, so the order types are open once reached,
 * except what staff wrote for each other: transition notes and who made a transition are for
 * ORDERS_READ. The status look-ups are open to anyone: what they open is the proof presented.
 */
import { allow, and } from "graphql-shield";
import { hasPermission, objectRule, viewerRule } from "../../access.js";
import type { Customer } from "../identity/customer/customer.types.js";
import { customerOwnsOrCustomersRead } from "../identity/identity.rules.js";
import { Permission } from "../identity/permission.js";
import { canReadOrdersOf, orderReadScope } from "./order-visibility.js";

const ordersWrite = hasPermission(Permission.ORDERS_WRITE);
const ordersRead = hasPermission(Permission.ORDERS_READ);
/** Customers (their own orders) and staff with ORDERS_READ (any order). */
const readsOrders = viewerRule("readsOrders", (viewer) => orderReadScope(viewer) !== "none");

/** A customer's orders: whoever may see the customer, if they may also read that customer's orders. */
const readsOrderHistory = and(
  customerOwnsOrCustomersRead,
  objectRule("readsOrderHistory", (viewer, customer: Customer) => canReadOrdersOf(viewer, customer.rowId)),
);

export const ordersRules = {
  Query: {
    order: allow,
    orders: ordersRead,
    orderByStatusToken: allow,
  },
  // Checked when a subscription starts and again at each of its events (src/permissions.ts).
  Subscription: {
    orderUpdated: readsOrders,
    orderPlaced: ordersRead,
  },
  Mutation: {
    transitionOrder: ordersWrite,
    fulfilOrder: ordersWrite,
    cancelOrder: ordersWrite,
    lookUpOrder: allow,
  },
  Order: allow,
  OrderLine: allow,
  OrderShipping: allow,
  OrderTransition: { "*": allow, note: ordersRead, staffMemberId: ordersRead },
  OrderConnection: allow,
  OrderEdge: allow,
  OrderUpdated: allow,
  OrderStatus: allow,
  OrderStatusChange: allow,
  OrderFound: allow,
  IllegalTransition: allow,
  Customer: { orders: readsOrderHistory },
};
