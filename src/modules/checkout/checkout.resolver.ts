/** Placing an order, and the payment methods it accepts. */
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { CreatePaymentSessionInput, CreatePaymentSessionResult, PaymentMethodInfo, PlaceOrderInput, PlaceOrderResult } from "./checkout.types.js";
import { createPaymentSession } from "./payment-session.service.js";
import { placeOrder } from "./place-order.service.js";
import { ListCost } from "../../shared/cost.js";

@Resolver()
export class CheckoutResolver {
  @Mutation(() => PlaceOrderResult, {
    description: "Turns the cart into an order: re-checks it, allocates the stock, redeems coupons and takes the payment, all or nothing. Safe to retry with the same idempotencyKey.",
  })
  placeOrder(@Arg("input", () => PlaceOrderInput) input: PlaceOrderInput, @Ctx() ctx: Context): Promise<typeof PlaceOrderResult> {
    return runMutation(() => placeOrder(ctx, input));
  }

  @Mutation(() => CreatePaymentSessionResult, {
    description: "Makes (or hands out again) a payment at the provider for the cart's current total, for methods that need one before placeOrder (Stripe): returns the client secret for the provider's widget.",
  })
  createPaymentSession(@Arg("input", () => CreatePaymentSessionInput) input: CreatePaymentSessionInput, @Ctx() ctx: Context): Promise<typeof CreatePaymentSessionResult> {
    return runMutation(() => createPaymentSession(ctx, input));
  }

  @ListCost(5)
  @Query(() => [PaymentMethodInfo], { description: "The payment methods placeOrder accepts." })
  paymentMethods(@Ctx() ctx: Context): PaymentMethodInfo[] {
    return [...ctx.services.payments.values()].map((m) => Object.assign(new PaymentMethodInfo(), { code: m.code, name: m.name, needsPaymentSession: m.usesSessions }));
  }
}
