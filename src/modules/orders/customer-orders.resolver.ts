/** A customer's purchase history: `me { orders(first, after) }`. */
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ConnectionArgs, toConnection } from "../../shared/pagination.js";
import { Customer } from "../identity/customer/customer.types.js";
import { OrderConnection } from "./order.types.js";

@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: "Orders placed with this account, newest first (guest orders under the same email are not included)." })
  async orders(@Root() customer: Customer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrderConnection> {
    // Who may read it is the `Customer.orders` rule (orders.rules.ts).
    const page = await ctx.loaders.ordersByCustomer(args).load(customer.rowId);
    return toConnection(OrderConnection, page, () => ctx.loaders.orderCountByCustomer.load(customer.rowId));
  }
}
