/** The order-status token in the `placeOrder` answer: made when asked for, so it exists only in this answer (and retries get one of their own). */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { issueStatusToken } from "../orders/order-status-token.js";
import { OrderPlaced } from "./checkout.types.js";

@Resolver(() => OrderPlaced)
export class OrderPlacedResolver {
  @FieldResolver(() => String, {
    description:
      "A token that shows this order's status to whoever holds it (`orderByStatusToken`), e.g. in a guest's order-status link. Only the buyer gets it: keep it like a password. Each time it is asked for, a new one is made.",
  })
  statusToken(@Root() placed: OrderPlaced, @Ctx() ctx: Context): Promise<string> {
    return issueStatusToken(ctx.sql, placed.order.rowId);
  }
}
