/** GraphQL types of payments and refunds, as an order shows them. */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PaymentState } from "../../generated/prisma/enums.js";
import { ListCost } from "../../shared/cost.js";
import { toGlobalId } from "../../shared/global-id.js";
import { Money, type ShopCurrency } from "../../shared/money.js";

export { PaymentState };
registerEnumType(PaymentState, {
  name: "PaymentState",
  description: "PENDING → (REQUIRES_ACTION →) AUTHORIZED → CAPTURED → PARTIALLY_REFUNDED → REFUNDED; VOIDED (released before capture), FAILED (declined). docs/payments.md has the diagram.",
});

@ObjectType({ description: "One call to the payment provider, or one notification from it." })
export class PaymentAttempt {
  @Field({ description: "create, authorize, capture, void, refund or notification." })
  kind: string;

  @Field({ description: "What came of it: succeeded, declined, requires_action, …, or the notification's type." })
  outcome: string;

  @Field(() => Money)
  amount: Money;

  @Field()
  message: string;

  @Field()
  at: Date;
}

@ObjectType({ description: "The payment of an order at its provider." })
export class Payment {
  rowId: string;

  @Field({ description: "The payment method's code: test, manual or stripe." })
  provider: string;

  @Field(() => PaymentState)
  state: PaymentState;

  @Field(() => Money, { description: "What was authorised (the order's total)." })
  amount: Money;

  @Field(() => Money)
  amountCaptured: Money;

  @Field(() => Money)
  amountRefunded: Money;

  @Field(() => String, { nullable: true, description: "The provider's id of the payment (a PaymentIntent id). Staff with ORDERS_READ only." })
  reference: string | null;
}

export interface PaymentViewRow {
  id: string;
  order_id: string;
  provider: string;
  state: PaymentState;
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  reference: string | null;
}

export function toPayment(row: PaymentViewRow, currency: ShopCurrency): Payment {
  return Object.assign(new Payment(), {
    rowId: row.id,
    provider: row.provider,
    state: row.state,
    amount: currency.money(row.amount),
    amountCaptured: currency.money(row.amount_captured),
    amountRefunded: currency.money(row.amount_refunded),
    reference: row.reference,
  });
}

@ObjectType({ description: "Units of an order line a refund covered." })
export class RefundLine {
  @Field(() => ID, { description: "The order line's global id." })
  orderLineId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Money)
  amount: Money;
}

@ObjectType({ description: "Money given back on an order, through the provider that took it." })
export class Refund {
  rowId: string;

  @Field(() => Money, { description: "Everything this refund gave back: lines, shipping and any free amount." })
  amount: Money;

  @Field(() => Money)
  shipping: Money;

  @Field()
  reason: string;

  @Field({ description: "Whether the refunded units went back into stock." })
  restocked: boolean;

  @ListCost(10)
  @Field(() => [RefundLine])
  lines: RefundLine[];

  @Field()
  createdAt: Date;
}

export interface RefundRow {
  id: string;
  order_id: string;
  amount: number;
  shipping: number;
  reason: string;
  restock: boolean;
  created_at: Date;
  lines: { order_line_id: string; quantity: number; amount: number }[];
}

export function toRefund(row: RefundRow, currency: ShopCurrency): Refund {
  return Object.assign(new Refund(), {
    rowId: row.id,
    amount: currency.money(row.amount),
    shipping: currency.money(row.shipping),
    reason: row.reason,
    restocked: row.restock,
    lines: row.lines.map((l) => Object.assign(new RefundLine(), { orderLineId: toGlobalId("OrderLine", l.order_line_id), quantity: l.quantity, amount: currency.money(Number(l.amount)) })),
    createdAt: row.created_at,
  });
}
