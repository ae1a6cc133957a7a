/**
 * What a customer's sign-in did to their cart, answered with the login payload (`LoggedIn.cart`,
 * `LoggedIn.guestCartMerge`) so a client needs no second request after a guest cart merged.
 * The fields live here, not in identity, which knows no cart.
 */
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { LoggedIn } from "../identity/customer/auth.types.js";
import { mergeGuestCartAfterLogin, type MergeResult } from "./cart-merge.js";
import { viewerCart } from "./cart.store.js";
import { Cart } from "./cart.types.js";

@ObjectType({ description: "The guest cart the sign-in request carried moved into the account's cart." })
export class GuestCartMerge {
  @Field(() => Int, { description: "Guest lines added to the account's cart or summed into its lines." })
  mergedLines: number;

  @Field(() => Int, { description: "Guest lines left out because the account's cart was full." })
  droppedLines: number;
}

@Resolver(() => LoggedIn)
export class LoggedInCartResolver {
  @FieldResolver(() => Cart, { nullable: true, description: "The customer's cart as signing in left it, a guest cart's lines merged in; null when there is none." })
  cart(@Ctx() ctx: Context): Promise<Cart | null> {
    return viewerCart(ctx);
  }

  @FieldResolver(() => GuestCartMerge, { nullable: true, description: "Set when the request carried a guest cart (header or cookie), which is now merged and gone." })
  guestCartMerge(@Root() loggedIn: LoggedIn): GuestCartMerge | null {
    const merge = loggedIn.afterLogin.get(mergeGuestCartAfterLogin) as MergeResult | null | undefined;
    return merge ? Object.assign(new GuestCartMerge(), { mergedLines: merge.mergedLines, droppedLines: merge.droppedLines }) : null;
  }
}
