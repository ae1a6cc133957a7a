/** What a new password must satisfy; kept apart from hashing so configuration can check it cheaply. */
import { codePointLength } from "../../shared/text.js";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Passwords are compared after NFKC normalisation, so the same visible password typed on another
 * keyboard or OS (composed vs decomposed accents, full-width digits) still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Why `password` is not acceptable as a new password, or undefined. Length counts code points. */
export function passwordProblem(password: string, label = "password"): string | undefined {
  const length = codePointLength(normalizePassword(password));
  if (length < MIN_PASSWORD_LENGTH) return `${label} must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `${label} must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() === "") return `${label} must not be blank`;
  return undefined;
}
