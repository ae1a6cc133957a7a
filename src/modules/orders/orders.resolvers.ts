/** The orders module's resolvers, as schema.ts lists them. */
import { CustomerOrdersResolver } from "./customer-orders.resolver.js";
import { OrderStatusResolver } from "./order-status.resolver.js";
import { OrderSubscriptionResolver } from "./order-subscriptions.resolver.js";
import { OrderLineResolver, OrderResolver } from "./order.resolver.js";

export const ordersResolvers = [OrderResolver, OrderLineResolver, CustomerOrdersResolver, OrderStatusResolver, OrderSubscriptionResolver] as const;
