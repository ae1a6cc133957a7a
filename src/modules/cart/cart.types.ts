/** GraphQL types of the cart: what a storefront shows, every amount computed on the server. */
import { Field, Int, ObjectType } from "type-graphql";
import { Money, type ShopCurrency } from "../../shared/money.js";
import { toGlobalId } from "../../shared/global-id.js";
import { Node } from "../node/node.types.js";
import type { ShippingMethodConfig } from "../pricing/commerce-config.js";
import { CouponKind } from "../promotions/coupon.types.js";
import { CouponProblem } from "../promotions/coupon-rules.js";
import { PostalAddress } from "../../shared/postal-address.js";
import type { PricedCart, PricedLine } from "./pricing.js";
import { Totals, toTotals } from "../pricing/totals.types.js";
import { ListCost } from "../../shared/cost.js";

@ObjectType({ description: "A way to ship, with its price for this cart." })
export class ShippingMethod {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Money, { description: "What it costs for this cart (0 when free)." })
  price: Money;

  @Field(() => Money, { nullable: true, description: "Discounted subtotal from which it is free; null when never free." })
  freeAbove: Money | null;
}

/** A configured method, priced for a discounted subtotal (free-above threshold). */
export function toShippingMethod(method: ShippingMethodConfig, currency: ShopCurrency, discountedSubtotal: number, freeShipping = false): ShippingMethod {
  const free = freeShipping || (method.freeAbove !== null && discountedSubtotal >= method.freeAbove);
  return Object.assign(new ShippingMethod(), {
    code: method.code,
    name: method.name,
    price: currency.money(free ? 0 : method.price),
    freeAbove: method.freeAbove === null ? null : currency.money(method.freeAbove),
  });
}

@ObjectType({ description: "A coupon applied to the cart; it counts in the totals only while `applicable`." })
export class AppliedCoupon {
  @Field()
  code: string;

  @Field(() => CouponKind)
  kind: CouponKind;

  @Field()
  applicable: boolean;

  @Field(() => CouponProblem, { nullable: true, description: "Why it does not apply now; placing the order is refused until it is removed or applies." })
  problem: CouponProblem | null;
}

@ObjectType({ implements: Node, description: "A variant and quantity in a cart, priced now." })
export class CartLine extends Node {
  variantRowId: string;

  @Field(() => Int)
  quantity: number;

  @Field()
  sku: string;

  @Field()
  productTitle: string;

  @Field()
  variantTitle: string;

  @Field(() => Money)
  unitPrice: Money;

  @Field(() => Money, { description: "unitPrice × quantity." })
  subtotal: Money;

  @Field(() => Money, { description: "This line's share of the cart discount." })
  discount: Money;

  @Field(() => Money)
  tax: Money;

  @Field({ description: "Whether it can be ordered now in this quantity." })
  availableForSale: boolean;
}

export function toCartLine(line: PricedLine, currency: ShopCurrency): CartLine {
  return Object.assign(new CartLine(), {
    id: toGlobalId("CartLine", line.lineId),
    variantRowId: line.variantId,
    quantity: line.quantity,
    sku: line.sku,
    productTitle: line.productTitle,
    variantTitle: line.variantTitle,
    unitPrice: currency.money(line.unitPrice),
    subtotal: currency.money(line.amount),
    discount: currency.money(line.discount),
    tax: currency.money(line.tax),
    availableForSale: line.sellable && (line.available === null || line.available >= line.quantity),
  });
}

@ObjectType({ implements: Node, description: "The order being put together: lines, contact, shipping, coupons and server-computed totals." })
export class Cart extends Node {
  priced: PricedCart;

  @Field(() => String, { nullable: true, description: "Where order mail goes; for signed-in customers their account email is used when this is null." })
  email: string | null;

  @ListCost(10)
  @Field(() => [CartLine], { description: "In the order they were added (at most 250)." })
  lines: CartLine[];

  @Field(() => Int, { description: "Σ quantities." })
  totalQuantity: number;

  @Field(() => PostalAddress, { nullable: true })
  shippingAddress: PostalAddress | null;

  @Field(() => PostalAddress, { nullable: true, description: "Where the order is billed to; null: the shipping address." })
  billingAddress: PostalAddress | null;

  @Field(() => ShippingMethod, { nullable: true })
  shippingMethod: ShippingMethod | null;

  @ListCost(5)
  @Field(() => [AppliedCoupon])
  coupons: AppliedCoupon[];

  @Field(() => Totals)
  totals: Totals;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export function toCart(priced: PricedCart, currency: ShopCurrency): Cart {
  const { totals } = priced;
  const freeShipping = priced.coupons.some((c) => c.problem === null && c.coupon.kind === "FREE_SHIPPING");
  return Object.assign(new Cart(), {
    id: toGlobalId("Cart", priced.id),
    priced,
    email: priced.email,
    lines: priced.lines.map((line) => toCartLine(line, currency)),
    totalQuantity: priced.lines.reduce((n, l) => n + l.quantity, 0),
    shippingAddress: priced.shippingAddress,
    billingAddress: priced.billingAddress,
    shippingMethod: priced.shippingMethod && toShippingMethod(priced.shippingMethod, currency, totals.subtotal - totals.discount, freeShipping),
    coupons: priced.coupons.map(({ coupon, problem }) =>
      Object.assign(new AppliedCoupon(), { code: coupon.code, kind: coupon.kind, applicable: problem === null, problem }),
    ),
    totals: toTotals(totals, priced.pricesIncludeTax, priced.taxRateBps, currency),
    createdAt: priced.createdAt,
    updatedAt: priced.updatedAt,
  });
}

@ObjectType({ description: "The cart after the change." })
export class CartUpdated {
  @Field(() => Cart)
  cart: Cart;

  @Field(() => String, {
    nullable: true,
    description: "Set only when this call started a guest cart: send it back as the `x-cart-token` header (browsers also get it as an httpOnly cookie).",
  })
  cartToken: string | null;
}
