/**
 * Money: integer minor units inside, `Money { amount: "19.99", currencyCode: "EUR" }` outside,
 * never a float. The shop sells in one currency, a per-server service built from configuration.
 */
import { Field, ObjectType } from "type-graphql";
import { formatMinor, parseAmountIn, type Currency } from "./currency.js";

export { formatMinor, MAX_MINOR, type Currency } from "./currency.js";

@ObjectType({ simpleResolvers: true, description: "An amount of money: a decimal string (never a float) in an ISO 4217 currency." })
export class Money {
  @Field({ description: 'Decimal amount with the currency\'s minor digits, e.g. "19.99" (EUR) or "1999" (JPY).' })
  amount: string;

  @Field({ description: "ISO 4217 currency code, e.g. EUR." })
  currencyCode: string;
}

/** How many amounts `ShopCurrency.money` keeps made; past that it starts over. */
const KEPT_AMOUNTS = 10_000;

/** Amounts in the shop currency (SHOP_CURRENCY): built once per server, reached as `services.currency`. */
export class ShopCurrency {
  /**
   * Money already made, by minor units, frozen so that sharing it is safe: a catalog page shows a
   * few hundred prices, mostly the same few amounts, and formatting each one again was about 4 % of
   * what a list page with variants allocated (sampled allocations of the catalog benchmark's S1).
   * Emptied when full rather than kept in recency order (an LRU reorders on every hit): a shop's
   * prices are few, and a miss only formats again.
   */
  private readonly made = new Map<number, Money>();

  constructor(readonly currency: Currency) {}

  /** ISO 4217 code, e.g. EUR. */
  get code(): string {
    return this.currency.code;
  }

  /** Minor digits: 2 for EUR, 0 for JPY. */
  get digits(): number {
    return this.currency.digits;
  }

  /** `minor` units of the shop currency as Money. */
  money(minor: number): Money {
    let money = this.made.get(minor);
    if (money === undefined) {
      if (this.made.size >= KEPT_AMOUNTS) this.made.clear();
      money = Object.freeze({ amount: formatMinor(minor, this.currency.digits), currencyCode: this.currency.code });
      this.made.set(minor, money);
    }
    return money;
  }

  /** Minor units of a decimal amount in the shop currency, or the reason it is not one. */
  parseAmount(amount: string): { minor: number } | { problem: string } {
    return parseAmountIn(amount, this.currency);
  }
}
