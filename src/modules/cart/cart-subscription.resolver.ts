/**
 * `cartUpdated`: the viewer's cart, priced again, whenever something it holds changes price or
 * stock level (`variant.price-changed`, `stock.low`, `stock.out`), from whichever instance made
 * the change. The cart is the signed-in customer's, or a guest's found by the WebSocket's cart
 * token (cart-token.ts); it is chosen when the subscription starts.
 */
import { Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { refuse } from "../../access.js";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import type { EventType } from "../events/event-catalogue.js";
import { cartById, socketCartId } from "./cart.store.js";
import { Cart } from "./cart.types.js";

/** Changes that can change what a cart holding the variant costs or whether it can be ordered. */
const CART_CHANGES: readonly EventType[] = ["variant.price-changed", "stock.low", "stock.out"];

/** The root value of each event: the watched cart and, for a customer's, whose it is. */
interface CartWatch {
  cartId: string;
  customerId: string | null;
}

async function cartChanges(ctx: Context) {
  const cartId = await socketCartId(ctx);
  if (!cartId) {
    throw codedError("NOT_FOUND", "No cart to watch: sign in, or send the guest cart's token (connectionParams.cartToken, the x-cart-token header or the cart cookie)");
  }
  const watch: CartWatch = { cartId, customerId: ctx.viewer.kind === "customer" ? ctx.viewer.customerId : null };
  const { sql, liveEvents } = ctx.services;
  return liveEvents.stream(CART_CHANGES, async (event) => {
    // Every change of the list is about a variant (the event's aggregate).
    const [held] = await sql.query<{ held: boolean }>`
      SELECT EXISTS (SELECT 1 FROM cart_line WHERE cart_id = ${cartId}::uuid AND variant_id = ${event.aggregateId}::uuid) AS held`;
    return held?.held ? watch : undefined;
  });
}

@Resolver()
export class CartSubscriptionResolver {
  @Subscription(() => Cart, {
    description:
      "The viewer's cart, priced again, when a variant in it changes price or runs low or out of stock: the signed-in customer's cart, or the guest cart of the connection's cart token (`connectionParams.cartToken`, the `x-cart-token` header or the cart cookie of the upgrade). Over WebSocket only.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) => cartChanges(context),
  })
  async cartUpdated(@Root() watch: CartWatch, @Ctx() ctx: Context): Promise<Cart> {
    // A customer's cart stays theirs alone: a session that ended since the start ends the subscription.
    if (watch.customerId !== null && !(ctx.viewer.kind === "customer" && ctx.viewer.customerId === watch.customerId)) throw refuse(ctx);
    const cart = await cartById(ctx, watch.cartId);
    if (!cart) throw codedError("NOT_FOUND", "The cart is gone: it was ordered, merged into an account or expired");
    return cart;
  }
}
