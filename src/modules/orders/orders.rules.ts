/**
 * Order administration needs its staff permissions. Reading an order is decided by the services,
 * which only ever hand out the viewer's own (or, for staff with ORDERS_READ, any order), so the
 * order types are open once reached.
 */
import { allow } from "graphql-shield";
import { hasPermission } from "../../access.js";
import { Permission } from "../identity/permission.js";

const ordersWrite = hasPermission(Permission.ORDERS_WRITE);

export const ordersRules = {
  Query: {
    order: allow,
    orders: hasPermission(Permission.ORDERS_READ),
  },
  Mutation: {
    transitionOrder: ordersWrite,
    fulfilOrder: ordersWrite,
    cancelOrder: ordersWrite,
  },
  Order: allow,
  OrderLine: allow,
  OrderShipping: allow,
  OrderTransition: allow,
  OrderConnection: allow,
  OrderEdge: allow,
  OrderUpdated: allow,
  IllegalTransition: allow,
};
