/** Inputs, results and typed errors of refunds and of customers cancelling their orders. */
import { Field, ID, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { ListCost } from "../../shared/cost.js";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { Money } from "../../shared/money.js";
import { IdempotencyKeyReused, InvalidInput, NotFound, PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { Order, OrderState } from "../orders/order.types.js";
import { Refund } from "./payments.types.js";

@InputType()
export class RefundLineInput {
  @Field(() => ID, { description: "A line of the order." })
  orderLineId: string;

  @Field(() => Int, { description: "Units to refund: at most those ordered and not yet refunded." })
  quantity: number;
}

@InputType()
export class RefundOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field({ description: "Chosen by the client, sent again on a retry: a retry returns the first answer and never refunds twice." })
  idempotencyKey: string;

  @ListCost(100)
  @Field(() => [RefundLineInput], { nullable: true, description: "Lines and units to refund, each at its share of what was paid for the line." })
  lines?: RefundLineInput[] | null;

  @Field(() => Boolean, { nullable: true, description: "Also refund the shipping not yet refunded." })
  shipping?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A further amount, in the shop currency, e.g. "5.00" (goodwill, a price adjustment).' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: "The currency the client means: refused unless it is the shop's." })
  currencyCode?: string | null;

  @Field({ description: "Put the refunded units back into stock (a RETURN in the ledger once shipped)." })
  restock: boolean;

  @Field(() => String, { nullable: true, description: "Why (at most 500 characters); kept with the refund and told to the customer." })
  reason?: string | null;
}

@ObjectType({ description: "The money went back to the customer through the provider that took it." })
export class OrderRefunded {
  @Field(() => Order)
  order: Order;

  @Field(() => Refund)
  refund: Refund;
}

@ObjectType({ implements: UserError, description: "The refund asks for more than was captured and not yet refunded; `refundable` is what is left. Nothing was changed." })
export class RefundExceedsCaptured extends UserError {
  @Field(() => Money)
  refundable: Money;

  static of(refundable: Money): RefundExceedsCaptured {
    return Object.assign(new RefundExceedsCaptured(), {
      code: ErrorCode.REFUND_EXCEEDS_CAPTURED,
      message: `at most ${refundable.amount} ${refundable.currencyCode} can be refunded`,
      path: ["input"],
      refundable,
    });
  }
}

export const RefundOrderResult = createUnionType({
  name: "RefundOrderResult",
  types: () => [OrderRefunded, InvalidInput, NotFound, RefundExceedsCaptured, IdempotencyKeyReused, PaymentProviderUnavailable] as const,
});

@InputType()
export class CancelMyOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => String, { nullable: true, description: "Why, if the customer says (at most 500 characters)." })
  reason?: string | null;
}

@ObjectType({ description: "The order is cancelled: its stock released, its payment voided or refunded." })
export class OrderCancelled {
  @Field(() => Order)
  order: Order;
}

@ObjectType({ implements: UserError, description: "The order has shipped (or was cancelled or refunded already), so it can no longer be cancelled. Nothing was changed." })
export class OrderNotCancellable extends UserError {
  @Field(() => OrderState)
  state: OrderState;

  static of(state: OrderState): OrderNotCancellable {
    return Object.assign(new OrderNotCancellable(), { code: ErrorCode.ORDER_NOT_CANCELLABLE, message: `an order in ${state} can no longer be cancelled`, path: ["input", "orderId"], state });
  }
}

export const CancelMyOrderResult = createUnionType({
  name: "CancelMyOrderResult",
  types: () => [OrderCancelled, InvalidInput, NotFound, OrderNotCancellable, PaymentProviderUnavailable] as const,
});
