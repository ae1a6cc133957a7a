/** Placing an order, and the payment methods it accepts. */
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { PaymentMethodInfo, PlaceOrderInput, PlaceOrderResult } from "./checkout.types.js";
import { enabledPaymentMethods } from "./payment.js";
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

  @ListCost(5)
  @Query(() => [PaymentMethodInfo], { description: "The payment methods placeOrder accepts." })
  paymentMethods(@Ctx() ctx: Context): PaymentMethodInfo[] {
    return enabledPaymentMethods(ctx.services.config.commerce).map((m) => Object.assign(new PaymentMethodInfo(), { code: m.code, name: m.name }));
  }
}
