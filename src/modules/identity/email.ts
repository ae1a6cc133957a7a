/** Email addresses as accounts store them: NFC, trimmed, lower-cased, so uniqueness ignores case. */
import { codePointLength } from "../../shared/text.js";

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// One "@", no whitespace or control characters, a dot-separated domain without empty labels.
const SHAPE = /^[^\s@\u0000-\u001f\u007f]+@[^\s@.\u0000-\u001f\u007f]+(?:\.[^\s@.\u0000-\u001f\u007f]+)+$/u;

/** The stored form of an address (also used for look-ups, so "Ada@Example.com " finds "ada@example.com"). */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

/** The normalised address, or what is wrong with it. */
export function checkEmail(raw: string | null | undefined): { value: string } | { problem: string } {
  if (raw === null || raw === undefined || raw.trim() === "") return { problem: "email is required" };
  const value = normalizeEmail(raw);
  if (codePointLength(value) > MAX_EMAIL_LENGTH) return { problem: `email must be at most ${MAX_EMAIL_LENGTH} characters` };
  if (!SHAPE.test(value) || codePointLength(value.slice(0, value.indexOf("@"))) > MAX_LOCAL_LENGTH) return { problem: "email is not a valid address" };
  return { value };
}
