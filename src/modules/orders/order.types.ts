/** GraphQL types of placed orders. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrderState } from "../../generated/prisma/enums.js";
import { Money, type ShopCurrency } from "../../shared/money.js";
import { Connection } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { Node } from "../node/node.types.js";
import { addressFromJson } from "../pricing/shipping-address.js";
import { PostalAddress } from "../../shared/postal-address.js";
import { Totals, toTotals } from "../pricing/totals.types.js";
import { ActorKind } from "../inventory/inventory.types.js";

export { OrderState };
registerEnumType(OrderState, {
  name: "OrderState",
  description:
    "PLACED → PAYMENT_AUTHORIZED → PAYMENT_SETTLED → SHIPPED → DELIVERED; CANCELLED from any state before SHIPPED; PARTIALLY_REFUNDED and REFUNDED once money went back (refundOrder).",
});

@ObjectType({ description: "The shipping method an order was placed with." })
export class OrderShipping {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType({ implements: Node, description: "An order placed by a customer or a guest." })
export class Order extends Node {
  rowId: string;
  customerRowId: string | null;

  @Field({ description: "Human-friendly code, e.g. K7M2-9QXD: what customers quote." })
  code: string;

  @Field(() => OrderState)
  state: OrderState;

  @Field()
  email: string;

  @Field(() => ID, { nullable: true, description: "Global id of the customer account; null for guest orders." })
  customerId: string | null;

  @Field(() => Totals, { description: "Totals as they were when the order was placed." })
  totals: Totals;

  @Field(() => PostalAddress)
  shippingAddress: PostalAddress;

  @Field(() => PostalAddress, { description: "Where it is billed to: the shipping address unless checkout set another." })
  billingAddress: PostalAddress;

  @Field(() => OrderShipping)
  shippingMethod: OrderShipping;

  @Field({ description: "Code of the payment method: test, manual or stripe." })
  paymentMethod: string;

  @Field(() => String, { nullable: true, description: "The payment provider's reference, once there is one." })
  paymentReference: string | null;

  @Field(() => String, { nullable: true })
  trackingCode: string | null;

  @Field(() => Date, { nullable: true, description: "When it is cancelled unless paid first; null once paid." })
  expiresAt: Date | null;

  @Field({ description: "When it was placed." })
  placedAt: Date;

  @Field()
  updatedAt: Date;
}

export interface OrderRow {
  id: string;
  code: string;
  customer_id: string | null;
  email: string;
  state: OrderState;
  prices_include_tax: boolean;
  tax_rate_bps: number;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  shipping_address: unknown;
  billing_address: unknown;
  shipping_method_code: string;
  shipping_method_name: string;
  payment_method: string;
  payment_reference: string | null;
  tracking_code: string | null;
  expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns of `shop_order o` that make an Order. */
export const ORDER_COLUMNS =
  "o.id, o.code, o.customer_id, o.email, o.state, o.prices_include_tax, o.tax_rate_bps, o.subtotal, o.discount, o.shipping, o.tax, o.total, o.shipping_address, o.billing_address, o.shipping_method_code, o.shipping_method_name, o.payment_method, o.payment_reference, o.tracking_code, o.expires_at, o.created_at, o.updated_at";

export function toOrder(row: OrderRow, currency: ShopCurrency): Order {
  return Object.assign(new Order(), {
    id: toGlobalId("Order", row.id),
    rowId: row.id,
    customerRowId: row.customer_id,
    code: row.code,
    state: row.state,
    email: row.email,
    customerId: row.customer_id && toGlobalId("Customer", row.customer_id),
    totals: toTotals(row, row.prices_include_tax, row.tax_rate_bps, currency),
    shippingAddress: addressFromJson(row.shipping_address)!,
    billingAddress: addressFromJson(row.billing_address)!,
    shippingMethod: Object.assign(new OrderShipping(), { code: row.shipping_method_code, name: row.shipping_method_name }),
    paymentMethod: row.payment_method,
    paymentReference: row.payment_reference,
    trackingCode: row.tracking_code,
    expiresAt: row.expires_at,
    placedAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@ObjectType({ implements: Node, description: "What was bought: a snapshot of the variant and its price when the order was placed." })
export class OrderLine extends Node {
  variantRowId: string;

  @Field()
  sku: string;

  @Field()
  productTitle: string;

  @Field()
  variantTitle: string;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money, { description: "unitPrice × quantity." })
  subtotal: Money;

  @Field(() => Money)
  discount: Money;

  @Field(() => Money)
  tax: Money;
}

/** The columns of `order_line ol` that make an OrderLine. */
export const ORDER_LINE_COLUMNS =
  "ol.id, ol.order_id, ol.variant_id, ol.sku, ol.product_title, ol.variant_title, ol.unit_price, ol.quantity, ol.allocated, ol.amount, ol.discount, ol.tax";

export interface OrderLineRow {
  id: string;
  order_id: string;
  variant_id: string;
  sku: string;
  product_title: string;
  variant_title: string;
  unit_price: number;
  quantity: number;
  allocated: number;
  amount: number;
  discount: number;
  tax: number;
}

export function toOrderLine(row: OrderLineRow, currency: ShopCurrency): OrderLine {
  return Object.assign(new OrderLine(), {
    id: toGlobalId("OrderLine", row.id),
    variantRowId: row.variant_id,
    sku: row.sku,
    productTitle: row.product_title,
    variantTitle: row.variant_title,
    unitPrice: currency.money(row.unit_price),
    quantity: row.quantity,
    subtotal: currency.money(row.amount),
    discount: currency.money(row.discount),
    tax: currency.money(row.tax),
  });
}

@ObjectType({ description: "A state change of an order: from, to, who and when; the note and the staff member are internal." })
export class OrderTransition {
  @Field(() => OrderState, { nullable: true, description: "Null for the placement itself." })
  from: OrderState | null;

  @Field(() => OrderState)
  to: OrderState;

  @Field(() => ActorKind)
  actorKind: ActorKind;

  @Field(() => ID, { nullable: true, description: "The staff member who made it, when one did. Staff with ORDERS_READ only." })
  staffMemberId: string | null;

  @Field(() => String, { nullable: true, description: "What staff noted with it (a payment reference, why it was cancelled): internal, for staff with ORDERS_READ only." })
  note: string;

  @Field()
  at: Date;
}

export interface OrderTransitionRow {
  order_id: string;
  from_state: OrderState | null;
  to_state: OrderState;
  staff_id: string | null;
  customer_id: string | null;
  note: string;
  created_at: Date;
}

export function toTransition(row: OrderTransitionRow): OrderTransition {
  const actorKind = row.staff_id ? ActorKind.STAFF : row.customer_id ? ActorKind.CUSTOMER : row.from_state === null ? ActorKind.GUEST : ActorKind.SYSTEM;
  return Object.assign(new OrderTransition(), {
    from: row.from_state,
    to: row.to_state,
    actorKind,
    staffMemberId: row.staff_id && toGlobalId("Staff", row.staff_id),
    note: row.note,
    at: row.created_at,
  });
}

@ObjectType({ description: "A page of orders, newest first." })
export class OrderConnection extends Connection(Order) {}
