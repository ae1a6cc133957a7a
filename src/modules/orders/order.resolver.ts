/** Order queries, staff order mutations, and the relations of an order (all through loaders). */
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { ConnectionArgs } from "../../shared/pagination.js";
import { Variant } from "../catalog/variants/variant.types.js";
import { nextStates } from "./order-state.js";
import { cancelOrder, fulfilOrder, transitionOrderAsStaff } from "./order-admin.service.js";
import { listOrders, orderByCode } from "./order-queries.js";
import { CancelOrderInput, CancelOrderResult, FulfilOrderInput, FulfilOrderResult, OrderFilter, TransitionOrderInput, TransitionOrderResult } from "./order.inputs.js";
import { Order, OrderConnection, OrderLine, OrderState, OrderTransition } from "./order.types.js";

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true, description: "An order by its code: customers see their own, staff with ORDERS_READ any; null otherwise." })
  order(@Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<Order | null> {
    return orderByCode(ctx, code);
  }

  @Query(() => OrderConnection, { nullable: true, description: "All orders, newest first, filtered. Needs ORDERS_READ." })
  orders(
    @Arg("filter", () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<OrderConnection> {
    return listOrders(ctx, filter, args);
  }

  @Mutation(() => TransitionOrderResult, { description: "Moves an order to another state the state machine allows. Needs ORDERS_WRITE." })
  transitionOrder(@Arg("input", () => TransitionOrderInput) input: TransitionOrderInput, @Ctx() ctx: Context): Promise<typeof TransitionOrderResult> {
    return runMutation(() => transitionOrderAsStaff(ctx, input));
  }

  @Mutation(() => FulfilOrderResult, { description: "Ships a paid order with a tracking code; its units leave stock. Needs ORDERS_WRITE." })
  fulfilOrder(@Arg("input", () => FulfilOrderInput) input: FulfilOrderInput, @Ctx() ctx: Context): Promise<typeof FulfilOrderResult> {
    return runMutation(() => fulfilOrder(ctx, input));
  }

  @Mutation(() => CancelOrderResult, { description: "Cancels an order that has not shipped, releasing its stock and coupon uses. Needs ORDERS_WRITE." })
  cancelOrder(@Arg("input", () => CancelOrderInput) input: CancelOrderInput, @Ctx() ctx: Context): Promise<typeof CancelOrderResult> {
    return runMutation(() => cancelOrder(ctx, input));
  }

  @FieldResolver(() => [OrderLine], { description: "In the order they were in the cart." })
  lines(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderLine[]> {
    return ctx.loaders.orderLines.load(order.rowId);
  }

  @FieldResolver(() => [OrderTransition], { description: "Every state change, oldest first." })
  transitions(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderTransition[]> {
    return ctx.loaders.orderTransitions.load(order.rowId);
  }

  @FieldResolver(() => [String], { description: "Codes of the coupons it redeemed." })
  couponCodes(@Root() order: Order, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.orderCouponCodes.load(order.rowId);
  }

  @FieldResolver(() => [OrderState], { description: "States it may move to next." })
  nextStates(@Root() order: Order): OrderState[] {
    return [...nextStates(order.state)];
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Variant, { nullable: true, description: "The variant as it is now; null once it is no longer visible to you (the snapshot fields remain)." })
  variant(@Root() line: OrderLine, @Ctx() ctx: Context): Promise<Variant | null> {
    return ctx.loaders.variantById.load(line.variantRowId);
  }
}
