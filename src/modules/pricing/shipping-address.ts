/** Postal addresses of carts and orders: stored as JSON (an order keeps a snapshot), checked here. */
import { PostalAddress, PostalAddressInput } from "../../shared/postal-address.js";
import { isCountryCode } from "../../shared/country.js";
import { checkSingleLine } from "../../shared/text.js";
import { InvalidInput } from "../../shared/user-errors.js";

const REQUIRED = { firstName: 100, lastName: 100, line1: 200, city: 100 } as const;
const OPTIONAL = { company: 200, line2: 200, region: 100, postalCode: 20, phone: 30 } as const;

/** The address, trimmed and checked, or InvalidInput naming the first bad field under `path`. */
export function checkAddress(input: PostalAddressInput, path: string[]): PostalAddress | InvalidInput {
  const address = new PostalAddress();
  for (const [field, max] of Object.entries(REQUIRED) as [keyof typeof REQUIRED, number][]) {
    const checked = checkSingleLine(input[field], field, max);
    if ("problem" in checked) return InvalidInput.at([...path, field], checked.problem);
    address[field] = checked.value;
  }
  for (const [field, max] of Object.entries(OPTIONAL) as [keyof typeof OPTIONAL, number][]) {
    const raw = input[field];
    if (raw == null || raw.trim() === "") {
      address[field] = null;
      continue;
    }
    const checked = checkSingleLine(raw, field, max);
    if ("problem" in checked) return InvalidInput.at([...path, field], checked.problem);
    address[field] = checked.value;
  }
  if (address.phone !== null && !/^\+?[0-9 ()./-]{3,30}$/.test(address.phone)) return InvalidInput.at([...path, "phone"], "phone may contain digits, spaces and + ( ) . / - only");
  const country = input.countryCode.trim().toUpperCase();
  if (!isCountryCode(country)) return InvalidInput.at([...path, "countryCode"], "countryCode must be an ISO 3166-1 alpha-2 code such as DE");
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
