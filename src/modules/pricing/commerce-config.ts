/**
 * Selling settings read from the environment: tax, shipping, payment methods, and the expiry
 * and limits of unpaid orders. Parsers return the value or what was expected, so config.ts reports a bad variable the
 * way it reports every other one. A server's settings are `services.config.commerce`; the
 * functions here take them as an argument.
 */
import { isCountryCode } from "../../shared/country.js";
import { formatMinor, parseAmountIn, type Currency } from "../../shared/currency.js";

export interface ShippingMethodConfig {
  code: string;
  name: string;
  /** Minor units. */
  price: number;
  /** Discounted subtotal (minor units) from which shipping is free; null when never free. */
  freeAbove: number | null;
}

export const PAYMENT_METHOD_CODES = ["test", "manual", "stripe"] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHOD_CODES)[number];

/** When a card payment is captured: while the order is placed, or when it ships (authorised until then). */
export type CaptureOn = "placement" | "shipment";

export interface CommerceConfig {
  /** Whether catalog prices already contain tax (gross) or have it added on top (net). */
  pricesIncludeTax: boolean;
  /** Tax rate in basis points per ISO country code; `*` is the rate of every other country. */
  taxRates: ReadonlyMap<string, number>;
  shippingMethods: readonly ShippingMethodConfig[];
  paymentMethods: readonly PaymentMethodCode[];
  captureOn: CaptureOn;
  /** How long an order may stay unpaid before the expiry job cancels it and frees its stock. */
  unpaidOrderTtlMinutes: number;
  /** Orders awaiting payment one customer account, and one order email, may have at once. */
  unpaidOrdersPerBuyer: number;
  /** Orders awaiting payment placed from one client address that may exist at once. */
  unpaidOrdersPerAddress: number;
  /** The share (percent) of a variant's units on hand one line of an order awaiting payment may hold. */
  unpaidLineStockPercent: number;
  /** Minutes between runs of the expiry (and the other commerce housekeeping), on the job queue's schedule. */
  orderExpiryIntervalMinutes: number;
  /** A tracked variant whose promisable units (on hand − allocated) fall to this or below is low on stock (`stock.low`). */
  lowStockThreshold: number;
}

export type Parsed<T> = { value: T } | { expected: string };

/** `DE:19,AT:20,CH:8.1,*:0` → country → basis points; empty means 0 % everywhere. */
export function parseTaxRates(raw: string | undefined): Parsed<Map<string, number>> {
  const expected = "comma-separated COUNTRY:PERCENT pairs such as DE:19,CH:8.1,*:0";
  const rates = new Map<string, number>();
  for (const pair of (raw ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{2}|\*):(\d{1,3})(?:\.(\d{1,2}))?$/.exec(pair);
    if (!match) return { expected };
    const country = match[1]!.toUpperCase();
    const bps = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
    if ((country !== "*" && !isCountryCode(country)) || bps > 100_00 || rates.has(country)) return { expected };
    rates.set(country, bps);
  }
  return { value: rates };
}

/** The default methods, in minor units of whatever currency the shop sells in. */
function defaultShippingMethods(): ShippingMethodConfig[] {
  return [
    { code: "standard", name: "Standard shipping", price: 490, freeAbove: 5000 },
    { code: "express", name: "Express shipping", price: 990, freeAbove: null },
  ];
}

/** `standard:Standard shipping:4.90:50.00;express:Express:9.90` (the free-above amount is optional). */
export function parseShippingMethods(raw: string | undefined, currency: Currency): Parsed<ShippingMethodConfig[]> {
  if (!raw?.trim()) return { value: defaultShippingMethods() };
  const expected = `semicolon-separated code:name:price[:freeAbove] entries such as standard:Standard:${formatMinor(490, currency.digits)}:${formatMinor(5000, currency.digits)}`;
  const methods: ShippingMethodConfig[] = [];
  for (const entry of raw.split(";").map((e) => e.trim()).filter(Boolean)) {
    const parts = entry.split(":").map((p) => p.trim());
    if (parts.length < 3 || parts.length > 4) return { expected };
    const [code, name, price, freeAbove] = parts as [string, string, string, string | undefined];
    if (!/^[a-z0-9][a-z0-9_-]{0,31}$/.test(code) || !name || name.length > 100 || methods.some((m) => m.code === code)) return { expected };
    const parsedPrice = parseAmountIn(price, currency);
    const parsedFree = freeAbove === undefined ? null : parseAmountIn(freeAbove, currency);
    if ("problem" in parsedPrice || (parsedFree && "problem" in parsedFree)) return { expected };
    methods.push({ code, name, price: parsedPrice.minor, freeAbove: parsedFree ? (parsedFree as { minor: number }).minor : null });
  }
  return methods.length > 0 ? { value: methods } : { expected };
}

/**
 * `test,manual,stripe`. The test method hands out goods without taking money, so production refuses it:
 * a shop has to switch to production with a real method configured.
 */
export function parsePaymentMethods(raw: string | undefined, production: boolean): Parsed<PaymentMethodCode[]> {
  const live = PAYMENT_METHOD_CODES.filter((c) => c !== "test");
  const expected = production ? `a comma-separated list of: ${live.join(", ")} (test is not allowed in production)` : `a comma-separated list of: ${PAYMENT_METHOD_CODES.join(", ")}`;
  if (!raw?.trim()) return { value: production ? ["manual"] : ["test", "manual"] };
  const codes = [...new Set(raw.split(",").map((c) => c.trim()).filter(Boolean))];
  const allowed: readonly string[] = production ? live : PAYMENT_METHOD_CODES;
  if (codes.length === 0 || codes.some((c) => !allowed.includes(c))) return { expected };
  return { value: codes as PaymentMethodCode[] };
}

/** Tax rate (basis points) for a shipping country, or the default rate before an address is known. */
export function taxRateFor(commerce: CommerceConfig, countryCode: string | null): number {
  const { taxRates } = commerce;
  return (countryCode ? taxRates.get(countryCode) : undefined) ?? taxRates.get("*") ?? 0;
}

/** A configured shipping method by code. */
export function shippingMethod(commerce: CommerceConfig, code: string | null): ShippingMethodConfig | null {
  return commerce.shippingMethods.find((m) => m.code === code) ?? null;
}
