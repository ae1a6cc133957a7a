/** A customer's purchase history: `me { orders(first, after) }`. */
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import { ConnectionArgs, toConnection } from "../../shared/pagination.js";
import { Customer } from "../identity/customer/customer.types.js";
import { Permission } from "../identity/permission.js";
import { OrderConnection } from "./order.types.js";

@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: "Orders placed with this account, newest first (guest orders under the same email are not included)." })
  async orders(@Root() customer: Customer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrderConnection> {
    // The Customer rule lets its owner and customer staff in; order history also needs ORDERS_READ for staff.
    const { viewer } = ctx;
    if (viewer.kind === "staff" && !viewer.permissions.has(Permission.ORDERS_READ)) throw codedError("FORBIDDEN", "Not allowed");
    const page = await ctx.loaders.ordersByCustomer(args).load(customer.rowId);
    return toConnection(OrderConnection, page, () => ctx.loaders.orderCountByCustomer.load(customer.rowId));
  }
}
