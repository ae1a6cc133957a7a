/** What an order-status token, or an order's code with its email, shows of one order (order-visibility.ts). */
import { Field, InputType, ObjectType, createUnionType } from "type-graphql";
import { PostalAddress } from "../../shared/postal-address.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { Totals } from "../pricing/totals.types.js";
import { grantedTrackingCode } from "./order-visibility.js";
import { OrderShipping, OrderState, type Order, type OrderTransition } from "./order.types.js";

@ObjectType({
  description:
    "One order as its status link (or its code with its email) shows it: state, lines, totals, where it ships, its public history and, once shipped, the tracking code. No email, account, billing or payment details, and no internal notes.",
})
export class OrderStatus {
  rowId: string;

  @Field({ description: "Human-friendly code, e.g. K7M2-9QXD." })
  code: string;

  @Field(() => OrderState)
  state: OrderState;

  @Field(() => Totals)
  totals: Totals;

  @Field(() => PostalAddress)
  shippingAddress: PostalAddress;

  @Field(() => OrderShipping)
  shippingMethod: OrderShipping;

  @Field(() => String, { nullable: true, description: "The carrier's tracking code, once the order has shipped." })
  trackingCode: string | null;

  @Field({ description: "When it was placed." })
  placedAt: Date;

  @Field()
  updatedAt: Date;
}

/** The status view of an order a grant has opened. */
export function toOrderStatus(order: Order): OrderStatus {
  return Object.assign(new OrderStatus(), {
    rowId: order.rowId,
    code: order.code,
    state: order.state,
    totals: order.totals,
    shippingAddress: order.shippingAddress,
    shippingMethod: order.shippingMethod,
    trackingCode: grantedTrackingCode(order.state, order.trackingCode),
    placedAt: order.placedAt,
    updatedAt: order.updatedAt,
  });
}

@ObjectType({ description: "A change of an order's state, as its buyer sees it: from, to and when." })
export class OrderStatusChange {
  @Field(() => OrderState, { nullable: true, description: "Null for the placement itself." })
  from: OrderState | null;

  @Field(() => OrderState)
  to: OrderState;

  @Field()
  at: Date;
}

/** A transition without what only staff see (note, staff member, who made it). */
export function toStatusChange(transition: OrderTransition): OrderStatusChange {
  return Object.assign(new OrderStatusChange(), { from: transition.from, to: transition.to, at: transition.at });
}

@InputType()
export class LookUpOrderInput {
  @Field({ description: "The order code, e.g. K7M2-9QXD (any case; spaces and look-alike letters forgiven)." })
  code: string;

  @Field({ description: "The email the order was placed with." })
  email: string;
}

@ObjectType({ description: "The order with this code and email." })
export class OrderFound {
  @Field(() => OrderStatus)
  order: OrderStatus;
}

export const LookUpOrderResult = createUnionType({ name: "LookUpOrderResult", types: () => [OrderFound, InvalidInput, NotFound] as const });
