/**
 * Live order feeds over WebSocket: `orderUpdated` (a customer's own orders, or any order for staff
 * with ORDERS_READ) and `orderPlaced` (new orders, for ORDERS_READ). Each event delivers the order
 * as it is when the event is delivered, read through the loaders with the viewer of that moment,
 * so the visibility rules of order-visibility.ts apply event by event.
 */
import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { Context } from "../../context.js";
import type { Sql } from "../../db/sql.js";
import { codedError } from "../../shared/errors.js";
import { expectGlobalId } from "../../shared/global-id.js";
import type { EventType, StoredEvent } from "../events/event-catalogue.js";
import { oncePerEvent } from "../events/live-events.js";
import { orderReadScope } from "./order-visibility.js";
import { Order } from "./order.types.js";

/** The events of an order's life; `order.paid` at placement repeats what `order.placed` showed. */
const ORDER_CHANGES: readonly EventType[] = ["order.placed", "order.paid", "order.shipped", "order.delivered", "order.cancelled", "order.refunded"];

/** Whose order an event is about: read once per event, however many customers subscribed. */
const customerOfOrder = oncePerEvent(async (event: StoredEvent, sql: Sql) => {
  const [row] = await sql.query<{ customer_id: string | null }>`SELECT customer_id FROM shop_order WHERE id = ${event.aggregateId}::uuid`;
  return row?.customer_id ?? null;
});

/** The changes of the orders the viewer may read (the rule let them start), or of the one order `orderId`. */
async function orderChanges(ctx: Context, orderId: string | null | undefined) {
  const scope = orderReadScope(ctx.viewer);
  let only: string | undefined;
  if (orderId != null) {
    only = expectGlobalId(orderId, "Order", "orderId");
    // Someone else's order and one that does not exist read alike.
    if (!(await ctx.loaders.orderById.load(only))) throw codedError("NOT_FOUND", "No such order");
  }
  const { sql, liveEvents } = ctx.services;
  return liveEvents.stream(ORDER_CHANGES, async (event) => {
    if (event.type === "order.paid" && event.payload.atPlacement) return undefined;
    if (only !== undefined && event.aggregateId !== only) return undefined;
    if (scope === "all") return event;
    return scope !== "none" && (await customerOfOrder(event, sql)) === scope.customerId ? event : undefined;
  });
}

/** The order of an event as the viewer of this event may see it. */
async function orderOf(ctx: Context, event: StoredEvent): Promise<Order> {
  const order = await ctx.loaders.orderById.load(event.aggregateId);
  if (!order) throw codedError("NOT_FOUND", "The order is no longer visible to you");
  return order;
}

@Resolver()
export class OrderSubscriptionResolver {
  @Subscription(() => Order, {
    description:
      "An order changed state (placed, paid, shipped, delivered, cancelled): a customer's own orders, or any order for staff with ORDERS_READ; `orderId` narrows it to one order. Over WebSocket only.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { orderId?: string | null }, Context>) => orderChanges(context, args.orderId),
  })
  orderUpdated(@Root() event: StoredEvent, @Arg("orderId", () => ID, { nullable: true, description: "Only this order." }) _orderId: string | null, @Ctx() ctx: Context): Promise<Order> {
    return orderOf(ctx, event);
  }

  @Subscription(() => Order, {
    description: "Every order placed from now on. Needs ORDERS_READ. Over WebSocket only.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) => context.services.liveEvents.stream(["order.placed"], (event) => event),
  })
  orderPlaced(@Root() event: StoredEvent, @Ctx() ctx: Context): Promise<Order> {
    return orderOf(ctx, event);
  }
}
