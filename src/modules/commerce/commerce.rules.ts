/**
 * Who may shop, sell and look: carts and checkout are for shoppers (guests and customers, not
 * staff accounts); stock, order administration and coupons need their staff permissions.
 * Reading a cart or an order is decided by the services, which only ever hand out the viewer's own
 * (or, for staff with ORDERS_READ, any order), so those types are open once reached.
 */
import { allow, rule } from "graphql-shield";
import { hasPermission } from "../../access.js";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import { Permission } from "../identity/permission.js";

/** Guests and signed-in customers; staff accounts have no cart. */
const isShopper = rule({ cache: "contextual" })((_p, _a, ctx: Context) => ctx.viewer.kind !== "staff" || codedError("FORBIDDEN", "Staff accounts cannot shop; sign in as a customer"));

const ordersWrite = hasPermission(Permission.ORDERS_WRITE);
const settingsWrite = hasPermission(Permission.SETTINGS_WRITE);

export const commerceRules = {
  Query: {
    cart: allow,
    shippingMethods: allow,
    paymentMethods: allow,
    order: allow,
    orders: hasPermission(Permission.ORDERS_READ),
    stockMovements: hasPermission(Permission.INVENTORY_READ),
    coupons: hasPermission(Permission.SETTINGS_READ),
  },
  Mutation: {
    addCartLines: isShopper,
    updateCartLine: isShopper,
    removeCartLine: isShopper,
    setCartEmail: isShopper,
    setCartShippingAddress: isShopper,
    setCartShippingMethod: isShopper,
    applyCoupon: isShopper,
    removeCoupon: isShopper,
    placeOrder: isShopper,
    adjustStock: hasPermission(Permission.INVENTORY_WRITE),
    transitionOrder: ordersWrite,
    fulfilOrder: ordersWrite,
    cancelOrder: ordersWrite,
    createCoupon: settingsWrite,
    updateCoupon: settingsWrite,
  },
  Cart: allow,
  CartLine: allow,
  CartUpdated: allow,
  AppliedCoupon: allow,
  ShippingMethod: allow,
  Totals: allow,
  PostalAddress: allow,
  PaymentMethodInfo: allow,
  OrderPlaced: allow,
  Order: allow,
  OrderLine: allow,
  OrderShipping: allow,
  OrderTransition: allow,
  OrderConnection: allow,
  OrderEdge: allow,
  OrderUpdated: allow,
  StockMovement: allow,
  StockMovementConnection: allow,
  StockMovementEdge: allow,
  StockAdjusted: allow,
  StockShortage: allow,
  Coupon: allow,
  CouponConnection: allow,
  CouponEdge: allow,
  CouponCreated: allow,
  CouponUpdated: allow,
  InsufficientStock: allow,
  EmptyCart: allow,
  CheckoutIncomplete: allow,
  CouponUnavailable: allow,
  CouponCodeTaken: allow,
  PaymentDeclined: allow,
  IllegalTransition: allow,
};
