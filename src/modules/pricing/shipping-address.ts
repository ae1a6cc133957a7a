/** Postal addresses of carts and orders: stored as JSON (an order keeps a snapshot), checked here. */
import { PostalAddress, PostalAddressInput } from "../../shared/postal-address.js";
import { isCountryCode } from "../../shared/country.js";
import { line, optionalLine, reject } from "../../shared/input-check.js";

const REQUIRED = { firstName: 100, lastName: 100, line1: 200, city: 100 } as const;
const OPTIONAL = { company: 200, line2: 200, region: 100, postalCode: 20, phone: 30 } as const;

/** The address, trimmed and checked (see shared/input-check.ts), fields under `path`. */
export function checkAddress(input: PostalAddressInput, path: string[]): PostalAddress {
  const address = new PostalAddress();
  for (const [field, max] of Object.entries(REQUIRED) as [keyof typeof REQUIRED, number][]) address[field] = line(input[field], [...path, field], max);
  for (const [field, max] of Object.entries(OPTIONAL) as [keyof typeof OPTIONAL, number][]) address[field] = optionalLine(input[field], [...path, field], max) ?? null;
  if (address.phone !== null && !/^\+?[0-9 ()./-]{3,30}$/.test(address.phone)) reject([...path, "phone"], "phone may contain digits, spaces and + ( ) . / - only");
  const country = input.countryCode.trim().toUpperCase();
  if (!isCountryCode(country)) reject([...path, "countryCode"], "countryCode must be an ISO 3166-1 alpha-2 code such as DE");
  address.countryCode = country;
  return address;
}

/** The address stored as JSON, back as a PostalAddress (null when none). */
export function addressFromJson(json: unknown): PostalAddress | null {
  if (json === null || json === undefined) return null;
  return Object.assign(new PostalAddress(), json as PostalAddress);
}

/** A plain object for a JSON column. */
export function addressToJson(address: PostalAddress): Record<string, string | null> {
  return { ...address };
}
