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

