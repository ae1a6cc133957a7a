/** Inputs, filters and results of the staff order operations. */
import { Field, ID, InputType, ObjectType, createUnionType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { InvalidInput, NotFound, PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { InsufficientStock } from "../inventory/inventory.errors.js";
import { Order, OrderState } from "./order.types.js";

@InputType({ description: "Every condition given must hold." })
export class OrderFilter {
  @Field(() => [OrderState], { nullable: true, description: "Any of these states." })
  states?: OrderState[] | null;

  @Field(() => Date, { nullable: true, description: "Placed at or after." })
  placedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Placed before." })
  placedBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: "Placed by this customer account." })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: "An order code (any case, look-alike letters forgiven) or part of the order email." })
  search?: string | null;
}

@InputType()
export class TransitionOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => OrderState, { description: "SHIPPED needs fulfilOrder (a tracking code); CANCELLED can also be reached with cancelOrder." })
  to: OrderState;

  @Field(() => String, { nullable: true, description: "Kept with the transition for staff, e.g. a payment reference (at most 500 characters); customers never see it." })
  note?: string | null;
}

@InputType()
export class FulfilOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field({ description: "The carrier's tracking code (1 to 100 characters)." })
  trackingCode: string;

  @Field(() => String, { nullable: true, description: "Kept with the transition for staff; customers never see it." })
  note?: string | null;
}

@InputType()
export class CancelOrderInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => String, { nullable: true, description: "Why; kept with the transition for staff, never shown to the customer." })
  reason?: string | null;
}

@ObjectType({ implements: UserError, description: "The order cannot move to that state from its current one; `allowed` lists where it can go." })
export class IllegalTransition extends UserError {
  @Field(() => OrderState)
  from: OrderState;

  @Field(() => OrderState)
  to: OrderState;

  @Field(() => [OrderState])
  allowed: OrderState[];

  static of(from: OrderState, to: OrderState, allowed: readonly OrderState[]): IllegalTransition {
    return Object.assign(new IllegalTransition(), {
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `an order in ${from} cannot move to ${to}`,
      path: ["input"],
      from,
      to,
      allowed: [...allowed],
    });
  }
}

@ObjectType({ description: "The order after the change." })
export class OrderUpdated {
  @Field(() => Order)
  order: Order;
}

export const TransitionOrderResult = createUnionType({
  name: "TransitionOrderResult",
  types: () => [OrderUpdated, InvalidInput, NotFound, IllegalTransition, InsufficientStock, PaymentProviderUnavailable] as const,
});
export const FulfilOrderResult = createUnionType({
  name: "FulfilOrderResult",
  types: () => [OrderUpdated, InvalidInput, NotFound, IllegalTransition, InsufficientStock, PaymentProviderUnavailable] as const,
});
export const CancelOrderResult = createUnionType({
  name: "CancelOrderResult",
  types: () => [OrderUpdated, InvalidInput, NotFound, IllegalTransition, InsufficientStock, PaymentProviderUnavailable] as const,
});
