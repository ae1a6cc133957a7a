/** Order status for whoever holds its link, or its code with its email: the status grants of order-visibility.ts. */
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ListCost } from "../../shared/cost.js";
import { runMutation } from "../../shared/mutation.js";
import { THROTTLED_NOTE } from "../../shared/throttle.js";
import { lookUpOrder, orderStatusByToken } from "./order-status.service.js";
import { LookUpOrderInput, LookUpOrderResult, OrderStatus, OrderStatusChange, toStatusChange } from "./order-status.types.js";
import { OrderLine } from "./order.types.js";

@Resolver(() => OrderStatus)
export class OrderStatusResolver {
  @Query(() => OrderStatus, {
    nullable: true,
    description: "The order an order-status token opens (from `OrderPlaced.statusToken` or the confirmation mail's link); null for any other token.",
  })
  orderByStatusToken(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<OrderStatus | null> {
    return orderStatusByToken(ctx, token);
  }

  @Mutation(() => LookUpOrderResult, {
    nullable: true,
    description:
      "The order with this code and email, for buyers without the link. Look-ups are limited per code and client address, per client address, and per code, like sign-ins." +
      THROTTLED_NOTE,
  })
  lookUpOrder(@Arg("input", () => LookUpOrderInput) input: LookUpOrderInput, @Ctx() ctx: Context): Promise<typeof LookUpOrderResult> {
    return runMutation(() => lookUpOrder(ctx, input));
  }

  @ListCost(10)
  @FieldResolver(() => [OrderLine], { description: "In the order they were in the cart." })
  lines(@Root() status: OrderStatus, @Ctx() ctx: Context): Promise<OrderLine[]> {
    return ctx.loaders.orderLines.load(status.rowId);
  }

  @ListCost(5)
  @FieldResolver(() => [OrderStatusChange], { description: "Every state change, oldest first." })
  async history(@Root() status: OrderStatus, @Ctx() ctx: Context): Promise<OrderStatusChange[]> {
    return (await ctx.loaders.orderTransitions.load(status.rowId)).map(toStatusChange);
  }
}
