import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { Customer } from "./customer.types.js";

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { nullable: true, description: "The signed-in customer; null for anonymous callers and staff." })
  me(@Ctx() ctx: Context): Promise<Customer | null> {
    return ctx.viewer.kind === "customer" ? ctx.loaders.customerById.load(ctx.viewer.customerId) : Promise.resolve(null);
  }
}
