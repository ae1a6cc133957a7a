/** ISO 4217 currencies and their minor units: pure functions, usable from configuration. */

/** A currency and how many minor digits it has (2 for EUR, 0 for JPY, 3 for KWD). */
export interface Currency {
  code: string;
  digits: number;
}

const KNOWN = new Set(Intl.supportedValuesOf("currency"));

/** The currency of an ISO 4217 code, or null when the code is not one. */
export function currencyOf(code: string): Currency | null {
  if (!/^[A-Z]{3}$/.test(code) || !KNOWN.has(code)) return null;
  const digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  return { code, digits };
}

/** The decimal string of `minor` units, e.g. 1999 → "19.99" for two minor digits. */
export function formatMinor(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * Largest amount a price, coupon amount, minimum subtotal or shipping price may have, in minor
 * units: 10^10 (100,000,000.00 in a currency with two minor digits). A cart holds at most 250
 * lines of at most 999 units, so a subtotal stays below 2.5 × 10^15 and every total (tax at most
 * 100 %) below Number.MAX_SAFE_INTEGER (about 9 × 10^15): sums are exact in JavaScript numbers.
 * The database stores amounts as `bigint`.
 */
export const MAX_MINOR = 10_000_000_000;

/** Minor units of a decimal amount in `currency`, or the reason it is not one. */
export function parseAmountIn(amount: string, currency: Currency): { minor: number } | { problem: string } {
  const { digits } = currency;
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return { problem: `must be a non-negative decimal amount such as ${formatMinor(1999, digits)}` };
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return { problem: `must have at most ${digits} decimal places for ${currency.code}` };
  const tooLarge = { problem: `must be at most ${formatMinor(MAX_MINOR, digits)}` };
  // Beyond 12 whole digits an amount is too large in any currency; up to there it is exact as a number.
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  if (whole.length > 12) return tooLarge;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return minor > MAX_MINOR ? tooLarge : { minor };
}
