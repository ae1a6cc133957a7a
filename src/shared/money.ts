/**
 * Money: integer minor units inside, `Money { amount: "19.99", currencyCode: "EUR" }` outside,
 * never a float. The shop sells in one currency, set from configuration when the server starts.
 */
import { Field, ObjectType } from "type-graphql";
import { currencyOf, formatMinor, parseAmountIn, type Currency } from "./currency.js";

export { formatMinor, MAX_MINOR, type Currency } from "./currency.js";

@ObjectType({ simpleResolvers: true, description: "An amount of money: a decimal string (never a float) in an ISO 4217 currency." })
export class Money {
  @Field({ description: 'Decimal amount with the currency\'s minor digits, e.g. "19.99" (EUR) or "1999" (JPY).' })
  amount: string;

  @Field({ description: "ISO 4217 currency code, e.g. EUR." })
  currencyCode: string;
}

let shopCurrency: Currency = currencyOf("EUR")!;

/** Sets the shop currency; one shop per process, so it is process-wide like the configuration it comes from. */
export function setShopCurrency(currency: Currency): void {
  shopCurrency = currency;
}

/** The shop currency. */
export function currentCurrency(): Currency {
  return shopCurrency;
}

/** `minor` units of the shop currency as Money. */
export function money(minor: number): Money {
  return { amount: formatMinor(minor, shopCurrency.digits), currencyCode: shopCurrency.code };
}

/** Minor units of a decimal amount in the shop currency, or the reason it is not one. */
export function parseAmount(amount: string): { minor: number } | { problem: string } {
  return parseAmountIn(amount, shopCurrency);
}
