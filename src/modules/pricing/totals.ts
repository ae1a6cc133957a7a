/**
 * Cart and order totals, computed only on the server from catalog prices and configuration.
 *
 * Order of operations (each step rounds once, half up, see rounding.ts):
 * 1. line amount = unit price × quantity (exact);
 * 2. subtotal = Σ line amounts;
 * 3. discount: percentage = round(subtotal × bps), fixed = the amount; never above the subtotal;
 *    allocated to lines in proportion to their amounts (largest remainder), so tax sees it;
 * 4. shipping: the method's price, 0 when free shipping applies (coupon or threshold on the
 *    discounted subtotal);
 * 5. tax per line and on shipping, on the discounted amount: exclusive prices add
 *    round(amount × rate); inclusive prices contain amount − round(amount / (1 + rate));
 * 6. total = subtotal − discount + shipping (+ tax when prices exclude it).
 *
 * Amounts are bounded (MAX_MINOR per price, 250 lines of 999 units per cart), so every sum is a
 * safe integer; one that is not is a bug, thrown rather than rounded.
 */
import { allocate, applyBasisPoints, includedTax } from "./rounding.js";

export interface PricedLine {
  unitPrice: number;
  quantity: number;
}

export type Discount = { kind: "percentage"; bps: number } | { kind: "fixed"; amount: number } | { kind: "freeShipping" };

export interface TotalsInput {
  lines: readonly PricedLine[];
  discounts: readonly Discount[];
  /** Price of the chosen shipping method, or null when none is chosen yet. */
  shipping: { price: number; freeAbove?: number | null } | null;
  taxRateBps: number;
  pricesIncludeTax: boolean;
}

export interface Totals {
  lineAmounts: number[];
  lineDiscounts: number[];
  lineTaxes: number[];
  subtotal: number;
  discount: number;
  shipping: number;
  shippingTax: number;
  tax: number;
  total: number;
}

/** Computes every total of a cart; see the module comment for the rounding rules. */
export function computeTotals(input: TotalsInput): Totals {
  const lineAmounts = input.lines.map((l) => l.unitPrice * l.quantity);
  const subtotal = lineAmounts.reduce((a, b) => a + b, 0);
  let discount = 0;
  for (const d of input.discounts) {
    if (d.kind === "percentage") discount += applyBasisPoints(subtotal, d.bps);
    else if (d.kind === "fixed") discount += d.amount;
  }
  discount = Math.min(discount, subtotal);
  const lineDiscounts = allocate(discount, lineAmounts);
  const freeShipping =
    input.discounts.some((d) => d.kind === "freeShipping") ||
    (input.shipping?.freeAbove != null && subtotal - discount >= input.shipping.freeAbove);
  const shipping = input.shipping && !freeShipping ? input.shipping.price : 0;
  const taxOf = (amount: number) => (input.pricesIncludeTax ? includedTax(amount, input.taxRateBps) : applyBasisPoints(amount, input.taxRateBps));
  const lineTaxes = lineAmounts.map((amount, i) => taxOf(amount - lineDiscounts[i]));
  const shippingTax = taxOf(shipping);
  const tax = lineTaxes.reduce((a, b) => a + b, 0) + shippingTax;
  const total = subtotal - discount + shipping + (input.pricesIncludeTax ? 0 : tax);
  // Every other amount is at most one of these.
  if (![subtotal, tax, total].every(Number.isSafeInteger)) throw new RangeError("totals beyond Number.MAX_SAFE_INTEGER");
  return { lineAmounts, lineDiscounts, lineTaxes, subtotal, discount, shipping, shippingTax, tax, total };
}
