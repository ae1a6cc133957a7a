/** The viewer's cart, its mutations, and the variant of a cart line (through the request loader). */
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { Variant } from "../catalog/variants/variant.types.js";
import { addCartLines, removeCartLine, updateCartLine } from "./cart-lines.service.js";
import { setCartBillingAddress, setCartShippingAddress } from "./cart-addresses.service.js";
import { applyCoupon, removeCoupon, setCartEmail, setCartShippingMethod } from "./cart-details.service.js";
import { viewerCart } from "./cart.store.js";
import { Cart, CartLine, ShippingMethod, toShippingMethod } from "./cart.types.js";
import {
  AddCartLinesInput,
  AddCartLinesResult,
  ApplyCouponInput,
  ApplyCouponResult,
  RemoveCartLineInput,
  RemoveCartLineResult,
  RemoveCouponInput,
  RemoveCouponResult,
  SetCartBillingAddressInput,
  SetCartBillingAddressResult,
  SetCartEmailInput,
  SetCartEmailResult,
  SetCartShippingAddressInput,
  SetCartShippingAddressResult,
  SetCartShippingMethodInput,
  SetCartShippingMethodResult,
  UpdateCartLineInput,
  UpdateCartLineResult,
} from "./cart.inputs.js";
import { ListCost } from "../../shared/cost.js";

@Resolver(() => Cart)
export class CartResolver {
  @Query(() => Cart, {
    nullable: true,
    description: "The signed-in customer's cart, or the guest cart of the `x-cart-token` header or cookie; null when there is none yet.",
  })
  cart(@Ctx() ctx: Context): Promise<Cart | null> {
    return viewerCart(ctx);
  }

  @ListCost(5)
  @Query(() => [ShippingMethod], { description: "The shipping methods on offer, with their list prices." })
  shippingMethods(@Ctx() ctx: Context): ShippingMethod[] {
    return ctx.services.config.commerce.shippingMethods.map((m) => toShippingMethod(m, ctx.services.currency, 0));
  }

  @ListCost(5)
  @FieldResolver(() => [ShippingMethod], { description: "The shipping methods on offer, priced for this cart (free above their threshold)." })
  availableShippingMethods(@Root() cart: Cart, @Ctx() ctx: Context): ShippingMethod[] {
    const { totals, coupons } = cart.priced;
    const freeShipping = coupons.some((c) => c.problem === null && c.coupon.kind === "FREE_SHIPPING");
    return ctx.services.config.commerce.shippingMethods.map((m) => toShippingMethod(m, ctx.services.currency, totals.subtotal - totals.discount, freeShipping));
  }

  @Mutation(() => AddCartLinesResult, { description: "Adds variants to the cart (starting a cart when there is none); quantities add up with lines already there." })
  addCartLines(@Arg("input", () => AddCartLinesInput) input: AddCartLinesInput, @Ctx() ctx: Context): Promise<typeof AddCartLinesResult> {
    return runMutation(() => addCartLines(ctx, input));
  }

  @Mutation(() => UpdateCartLineResult, { description: "Sets the quantity of a cart line." })
  updateCartLine(@Arg("input", () => UpdateCartLineInput) input: UpdateCartLineInput, @Ctx() ctx: Context): Promise<typeof UpdateCartLineResult> {
    return runMutation(() => updateCartLine(ctx, input));
  }

  @Mutation(() => RemoveCartLineResult, { description: "Removes a line from the cart." })
  removeCartLine(@Arg("input", () => RemoveCartLineInput) input: RemoveCartLineInput, @Ctx() ctx: Context): Promise<typeof RemoveCartLineResult> {
    return runMutation(() => removeCartLine(ctx, input));
  }

  @Mutation(() => SetCartEmailResult, { description: "Sets the email of a guest cart (customers order with their account email)." })
  setCartEmail(@Arg("input", () => SetCartEmailInput) input: SetCartEmailInput, @Ctx() ctx: Context): Promise<typeof SetCartEmailResult> {
    return runMutation(() => setCartEmail(ctx, input));
  }

  @Mutation(() => SetCartShippingAddressResult, { description: "Sets where the order ships to, typed in or from the address book; the country decides the tax rate." })
  setCartShippingAddress(@Arg("input", () => SetCartShippingAddressInput) input: SetCartShippingAddressInput, @Ctx() ctx: Context): Promise<typeof SetCartShippingAddressResult> {
    return runMutation(() => setCartShippingAddress(ctx, input));
  }

  @Mutation(() => SetCartBillingAddressResult, { description: "Sets where the order is billed to; without one it bills the shipping address." })
  setCartBillingAddress(@Arg("input", () => SetCartBillingAddressInput) input: SetCartBillingAddressInput, @Ctx() ctx: Context): Promise<typeof SetCartBillingAddressResult> {
    return runMutation(() => setCartBillingAddress(ctx, input));
  }

  @Mutation(() => SetCartShippingMethodResult, { description: "Chooses one of the shipping methods." })
  setCartShippingMethod(@Arg("input", () => SetCartShippingMethodInput) input: SetCartShippingMethodInput, @Ctx() ctx: Context): Promise<typeof SetCartShippingMethodResult> {
    return runMutation(() => setCartShippingMethod(ctx, input));
  }

  @Mutation(() => ApplyCouponResult, { description: "Applies a coupon code when it can be used now." })
  applyCoupon(@Arg("input", () => ApplyCouponInput) input: ApplyCouponInput, @Ctx() ctx: Context): Promise<typeof ApplyCouponResult> {
    return runMutation(() => applyCoupon(ctx, input));
  }

  @Mutation(() => RemoveCouponResult, { description: "Takes a coupon code off the cart." })
  removeCoupon(@Arg("input", () => RemoveCouponInput) input: RemoveCouponInput, @Ctx() ctx: Context): Promise<typeof RemoveCouponResult> {
    return runMutation(() => removeCoupon(ctx, input));
  }
}

@Resolver(() => CartLine)
export class CartLineResolver {
  @FieldResolver(() => Variant, { nullable: true, description: "The variant; null once it is no longer sold (the line then cannot be ordered)." })
  variant(@Root() line: CartLine, @Ctx() ctx: Context): Promise<Variant | null> {
    return ctx.loaders.variantById.load(line.variantRowId);
  }
}
