import type { MoneyAmountFragment } from "@larder/sdk";

/**
 * Money for display, e.g. "€12.50". The API sends amounts as decimal strings; turning one into a
 * number is fine for formatting, never for arithmetic (the API does all of that).
 */
export function formatMoney(money: Pick<MoneyAmountFragment, "amount" | "currencyCode">): string {
  return new Intl.NumberFormat("en", { style: "currency", currency: money.currencyCode }).format(Number(money.amount));
}
