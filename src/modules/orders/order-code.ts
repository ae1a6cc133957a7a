/**
 * Order codes customers read out on the phone: 8 symbols of Crockford's base32 (no I, L, O, U, so
 * nothing is mistaken for 1, 0 or a rude word), shown as two groups: K7M2-9QXD. Random, not
 * sequential, so codes reveal nothing about order volume; 40 bits make a clash rare, and the
 * unique index catches the rare one (the caller draws again).
 */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new random order code. */
export function newOrderCode(): string {
  const bytes = randomBytes(8);
  let code = "";
  for (let i = 0; i < 8; i++) code += ALPHABET[bytes[i]! & 31];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The canonical form of a code as typed by a person (any case, spaces, look-alike letters), or null. */
export function normalizeOrderCode(input: string): string | null {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(symbols)) return null;
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
