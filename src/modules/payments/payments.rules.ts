/**
 * Refunds need ORDERS_WRITE or PAYMENTS_WRITE; customers cancel their own orders (the service
 * decides which are theirs). Whoever may read an order (order-visibility.ts) sees its payment's
 * state and amounts and its refunds; the provider's reference and the call history are for staff
 * with ORDERS_READ.
 */
import { allow, or } from "graphql-shield";
import { hasPermission, isCustomer } from "../../access.js";
import { Permission } from "../identity/permission.js";

const ordersRead = hasPermission(Permission.ORDERS_READ);

export const paymentsRules = {
  Mutation: {
    refundOrder: or(hasPermission(Permission.ORDERS_WRITE), hasPermission(Permission.PAYMENTS_WRITE)),
    cancelMyOrder: isCustomer,
  },
  Payment: { "*": allow, reference: ordersRead, attempts: ordersRead },
  PaymentAttempt: allow,
  Refund: allow,
  RefundLine: allow,
  OrderRefunded: allow,
  OrderCancelled: allow,
  RefundExceedsCaptured: allow,
  OrderNotCancellable: allow,
};
