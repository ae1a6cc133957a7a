/** Validation shared by customer inputs. */
import type { InputCheck } from "../../../shared/input-check.js";

export const MAX_NAME_LENGTH = 100;
const MAX_LOCALE_LENGTH = 35;

/** A canonical BCP 47 tag ("de-ch" → "de-CH"); null clears, undefined keeps. */
export function checkLocale(check: InputCheck, field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    if (canonical && canonical.length <= MAX_LOCALE_LENGTH) return canonical;
  } catch {
    // Not a well-formed tag: reported below.
  }
  check.fail(field, `${field} must be a language tag such as "en" or "de-CH"`);
  return null;
}
