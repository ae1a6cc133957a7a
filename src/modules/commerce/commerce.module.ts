/** The resolvers of inventory, cart, checkout, orders and promotions, as schema.ts takes them (importing this registers their node types). */
import "./commerce.nodes.js";
import { CartLineResolver, CartResolver } from "../cart/cart.resolver.js";
import { CheckoutResolver } from "../checkout/checkout.resolver.js";
import { InventoryResolver, StockShortageResolver } from "../inventory/inventory.resolver.js";
import { CustomerOrdersResolver } from "../orders/customer-orders.resolver.js";
import { OrderLineResolver, OrderResolver } from "../orders/order.resolver.js";
import { CouponResolver } from "../promotions/coupon.resolver.js";

export const commerceResolvers = [
  InventoryResolver,
  StockShortageResolver,
  CartResolver,
  CartLineResolver,
  CheckoutResolver,
  OrderResolver,
  OrderLineResolver,
  CustomerOrdersResolver,
  CouponResolver,
] as const;
