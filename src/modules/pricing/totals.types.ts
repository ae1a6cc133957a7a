/** The GraphQL Totals of carts and orders: integer amounts (see totals.ts) as Money. */
import { Field, ObjectType } from "type-graphql";
import { Money, type ShopCurrency } from "../../shared/money.js";

@ObjectType({ description: "Cart or order totals. Tax is contained in the other amounts when `pricesIncludeTax`, added on top otherwise." })
export class Totals {
  @Field(() => Money, { description: "Σ unit price × quantity." })
  subtotal: Money;

  @Field(() => Money, { description: "Taken off by coupons (never more than the subtotal)." })
  discount: Money;

  @Field(() => Money)
  shipping: Money;

  @Field(() => Money, { description: "Tax on the discounted lines and on shipping." })
  tax: Money;

  @Field(() => Money, { description: "What the customer pays: subtotal − discount + shipping (+ tax when prices exclude it)." })
  total: Money;

  @Field()
  pricesIncludeTax: boolean;

  @Field({ description: 'Tax rate applied, in percent, e.g. "19" or "8.1".' })
  taxRate: string;
}

/** Totals as Money in the shop currency from integer amounts. */
export function toTotals(
  t: { subtotal: number; discount: number; shipping: number; tax: number; total: number },
  pricesIncludeTax: boolean,
  taxRateBps: number,
  currency: ShopCurrency,
): Totals {
  return Object.assign(new Totals(), {
    subtotal: currency.money(t.subtotal),
    discount: currency.money(t.discount),
    shipping: currency.money(t.shipping),
    tax: currency.money(t.tax),
    total: currency.money(t.total),
    pricesIncludeTax,
    taxRate: String(taxRateBps / 100),
  });
}
