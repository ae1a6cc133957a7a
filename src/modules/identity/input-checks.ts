/** Checks of identity input, like shared/input-check.ts: each returns the cleaned value or throws a Rejection. */
import { Rejection } from "../../shared/mutation.js";
import { reject } from "../../shared/input-check.js";
import { checkEmail } from "./email.js";
import { WeakPassword } from "./identity.errors.js";
import { passwordProblem } from "./password-policy.js";

export const MAX_NAME_LENGTH = 100;
const MAX_LOCALE_LENGTH = 35;

/** An email address in its stored form (InvalidInput when it is not one). */
export function emailAddress(value: string | null | undefined, path: string[]): string {
  const checked = checkEmail(value);
  if ("problem" in checked) reject(path, checked.problem);
  return checked.value;
}

/** A password acceptable as a new one (WeakPassword when it is not). */
export function newPassword(value: string, path: string[]): string {
  const weak = passwordProblem(value, path[path.length - 1]);
  if (weak) throw new Rejection(WeakPassword.at(path, weak));
  return value;
}

/** A canonical BCP 47 tag ("de-ch" → "de-CH"); null or blank clears, undefined keeps. */
export function languageTag(value: string | null | undefined, path: string[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    if (canonical && canonical.length <= MAX_LOCALE_LENGTH) return canonical;
  } catch {
    // Not a well-formed tag: refused below.
  }
  return reject(path, `${path[path.length - 1]} must be a language tag such as "en" or "de-CH"`);
}
