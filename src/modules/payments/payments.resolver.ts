/** Refunds, customers cancelling their orders, and an order's payment and refunds (through loaders). */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ListCost } from "../../shared/cost.js";
import { runMutation } from "../../shared/mutation.js";
import { Order } from "../orders/order.types.js";
import { cancelMyOrder } from "./customer-cancel.service.js";
import { Payment, PaymentAttempt, Refund } from "./payments.types.js";
import { CancelMyOrderInput, CancelMyOrderResult, RefundOrderInput, RefundOrderResult } from "./refund.inputs.js";
import { refundOrder } from "./refund.service.js";

@Resolver(() => Order)
export class OrderPaymentResolver {
  @Mutation(() => RefundOrderResult, {
    description: "Gives money back on an order through the provider that took it: lines and units, shipping, a free amount, with or without restocking. Safe to retry with the same idempotencyKey. Needs ORDERS_WRITE or PAYMENTS_WRITE.",
  })
  refundOrder(@Arg("input", () => RefundOrderInput) input: RefundOrderInput, @Ctx() ctx: Context): Promise<typeof RefundOrderResult> {
    return runMutation(() => refundOrder(ctx, input));
  }

  @Mutation(() => CancelMyOrderResult, { description: "A customer cancels their own order before it ships: stock released, payment voided or refunded." })
  cancelMyOrder(@Arg("input", () => CancelMyOrderInput) input: CancelMyOrderInput, @Ctx() ctx: Context): Promise<typeof CancelMyOrderResult> {
    return runMutation(() => cancelMyOrder(ctx, input));
  }

  @FieldResolver(() => Payment, { nullable: true, description: "The payment at its provider; null before there is one." })
  payment(@Root() order: Order, @Ctx() ctx: Context): Promise<Payment | null> {
    return ctx.loaders.paymentByOrder.load(order.rowId);
  }

  @ListCost(10)
  @FieldResolver(() => [Refund], { description: "Every refund, oldest first." })
  refunds(@Root() order: Order, @Ctx() ctx: Context): Promise<Refund[]> {
    return ctx.loaders.refundsByOrder.load(order.rowId);
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  @ListCost(10)
  @FieldResolver(() => [PaymentAttempt], { nullable: true, description: "Every call to the provider and notification from it, oldest first. Staff with ORDERS_READ only." })
  attempts(@Root() payment: Payment, @Ctx() ctx: Context): Promise<PaymentAttempt[]> {
    return ctx.loaders.paymentAttempts.load(payment.rowId);
  }
}
