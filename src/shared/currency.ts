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


/** Largest amount in minor units: prices are stored as PostgreSQL `integer`. */
export const MAX_MINOR = 2_147_483_647;

/** Minor units of a decimal amount in `currency`, or the reason it is not one. */
export function parseAmountIn(amount: string, currency: Currency): { minor: number } | { problem: string } {
  const { digits } = currency;
  const trimmed = amount.trim();
  const match = /^(\d{1,10})(?:\.(\d+))?$/.exec(trimmed);
  if (!match) return { problem: `must be a non-negative decimal amount such as ${formatMinor(1999, digits)}` };
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return { problem: `must have at most ${digits} decimal places for ${currency.code}` };
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (minor > MAX_MINOR) return { problem: "is too large" };
  return { minor };
}
