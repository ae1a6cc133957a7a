/** GraphQL types of placing an order. */
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { ListCost } from "../../shared/cost.js";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { Money } from "../../shared/money.js";
import { toGlobalId } from "../../shared/global-id.js";
import { IdempotencyKeyReused, InvalidInput, PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { InsufficientStock } from "../inventory/inventory.errors.js";
import { Order } from "../orders/order.types.js";
import { CouponUnavailable } from "../promotions/coupon.errors.js";

@InputType()
export class PlaceOrderInput {
  @Field({
    description:
      "Chosen by the client for this attempt (a UUID, say) and sent again on a retry: a retry returns the first answer and never places a second order. Changing the cart or payment details means a new attempt and a new key.",
  })
  idempotencyKey: string;

  @Field({ description: "Code of one of `paymentMethods`." })
  paymentMethod: string;

  @Field(() => String, { nullable: true, description: "Method-specific payment data, e.g. a provider's card token." })
  paymentToken?: string | null;
}

@ObjectType({ description: "The order was placed and the cart is gone; a new one starts with the next line added." })
export class OrderPlaced {
  @Field(() => Order)
  order: Order;
}

@ObjectType({
  description:
    "The order was placed and holds its stock, but the payment provider asks the buyer for one more step (3-D Secure): finish it with the provider's widget and `clientSecret`. The order is confirmed when the provider reports the payment; unpaid, it expires like any order awaiting payment.",
})
export class PaymentActionRequired {
  @Field(() => Order)
  order: Order;

  @Field({ description: "What the provider's widget needs to continue (Stripe: the PaymentIntent's client secret)." })
  clientSecret: string;
}

@ObjectType({ implements: UserError, description: "There is nothing to order: no cart, no lines, or the cart was just ordered." })
export class EmptyCart extends UserError {
  static create(): EmptyCart {
    return Object.assign(new EmptyCart(), { code: ErrorCode.EMPTY_CART, message: "your cart is empty" });
  }
}

/** What a cart still needs before it can be ordered. */
export enum CheckoutRequirement {
  EMAIL = "EMAIL",
  SHIPPING_ADDRESS = "SHIPPING_ADDRESS",
  SHIPPING_METHOD = "SHIPPING_METHOD",
  /** The payment method takes a payment session for the cart's current total (createPaymentSession). */
  PAYMENT_SESSION = "PAYMENT_SESSION",
}
registerEnumType(CheckoutRequirement, { name: "CheckoutRequirement", description: "What a cart still needs before it can be ordered." });

@ObjectType({ implements: UserError, description: "The cart lacks something an order needs; `missing` lists it. Nothing was changed." })
export class CheckoutIncomplete extends UserError {
  @Field(() => [CheckoutRequirement])
  missing: CheckoutRequirement[];

  static of(missing: CheckoutRequirement[]): CheckoutIncomplete {
    const names = missing.map((m) => m.toLowerCase().replace("_", " ")).join(", ");
    return Object.assign(new CheckoutIncomplete(), { code: ErrorCode.CHECKOUT_INCOMPLETE, message: `the cart needs: ${names}`, missing });
  }
}

@ObjectType({ implements: UserError, description: "The payment was declined. No order was placed, no stock is held, and the cart is unchanged." })
export class PaymentDeclined extends UserError {
  static of(reason: string): PaymentDeclined {
    return Object.assign(new PaymentDeclined(), { code: ErrorCode.PAYMENT_DECLINED, message: reason, path: ["input", "paymentToken"] });
  }
}

@ObjectType({
  implements: UserError,
  description: "The buyer (account, order email or client address) already has as many orders awaiting payment as the shop allows; pay or cancel one, or pay at once with another method. Nothing was changed.",
})
export class TooManyUnpaidOrders extends UserError {
  @Field(() => Int, { description: "Orders awaiting payment allowed at once." })
  limit: number;

  static of(limit: number): TooManyUnpaidOrders {
    const message = `at most ${limit} orders may await payment at once; pay or cancel one, or choose a method that pays now`;
    return Object.assign(new TooManyUnpaidOrders(), { code: ErrorCode.TOO_MANY_UNPAID_ORDERS, message, path: ["input", "paymentMethod"], limit });
  }
}

/** A line over the share of stock an order awaiting payment may hold, as plain data (stored for idempotent replays). */
export interface LineOverLimit {
  /** Row id. */
  variantId: string;
  requested: number;
  allowed: number;
}

@ObjectType({ description: "A line asking for more units than an order awaiting payment may hold." })
export class QuantityLimit {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  requested: number;

  @Field(() => Int)
  allowed: number;
}

@ObjectType({
  implements: UserError,
  description: "Some lines ask for more of a variant's stock than an order awaiting payment may hold; `lines` names them. Lower the quantities or pay at once with another method. Nothing was changed.",
})
export class QuantityLimitExceeded extends UserError {
  @ListCost(10)
  @Field(() => [QuantityLimit])
  lines: QuantityLimit[];

  static of(lines: readonly LineOverLimit[]): QuantityLimitExceeded {
    const list = lines.map((l) => Object.assign(new QuantityLimit(), { variantId: toGlobalId("Variant", l.variantId), requested: l.requested, allowed: l.allowed }));
    const message = list.length === 1 ? `an order awaiting payment may hold at most ${list[0]!.allowed} of this item` : `${list.length} items exceed what an order awaiting payment may hold`;
    return Object.assign(new QuantityLimitExceeded(), { code: ErrorCode.QUANTITY_LIMIT_EXCEEDED, message, path: ["input", "paymentMethod"], lines: list });
  }
}

export const PlaceOrderResult = createUnionType({
  name: "PlaceOrderResult",
  types: () =>
    [
      OrderPlaced,
      PaymentActionRequired,
      InvalidInput,
      EmptyCart,
      CheckoutIncomplete,
      InsufficientStock,
      CouponUnavailable,
      PaymentDeclined,
      PaymentProviderUnavailable,
      TooManyUnpaidOrders,
      QuantityLimitExceeded,
      IdempotencyKeyReused,
    ] as const,
});

@ObjectType({ description: "A way to pay that `placeOrder` accepts." })
export class PaymentMethodInfo {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: "Whether placeOrder needs a payment session for the cart first (createPaymentSession)." })
  needsPaymentSession: boolean;
}

@InputType()
export class CreatePaymentSessionInput {
  @Field({ description: "Code of one of `paymentMethods` whose `needsPaymentSession` is true." })
  paymentMethod: string;
}

@ObjectType({ description: "A payment at the provider for the cart's current total: give `clientSecret` to the provider's widget, then place the order. Changing the cart means asking again." })
export class PaymentSessionCreated {
  @Field()
  paymentMethod: string;

  @Field(() => Money, { description: "What the payment is for: the cart's total now." })
  amount: Money;

  @Field({ description: "For the provider's widget in the browser (Stripe.js); it lets the buyer pay this payment and nothing else." })
  clientSecret: string;
}

export const CreatePaymentSessionResult = createUnionType({
  name: "CreatePaymentSessionResult",
  types: () => [PaymentSessionCreated, InvalidInput, EmptyCart, PaymentProviderUnavailable] as const,
});
