/**
 * How the server reads result values: counts and amounts as numbers, `timestamp` columns as UTC
 * dates (years 1–99 included, which Date's own parser reads as 1901–1999).
 */
import pg from "pg";

// Timestamps are stored without zone as UTC (Prisma's convention); counts and amounts come back as
// int8: parse both into what the API serves, for these queries only, leaving pg's global parsers alone.
const PARSERS: Record<number, (value: string) => unknown> = {
  20: parseSafeInteger,
  1114: parseUtcTimestamp,
};

/** An int8 as a number; one beyond 2^53 would silently lose digits, so it is a bug to report instead. */
export function parseSafeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`int8 value ${value} is beyond Number.MAX_SAFE_INTEGER`);
  return parsed;
}

/** The decimal number in `text` from `start` up to `end`. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * A `timestamp` column as a UTC Date. Lists parse hundreds per request, and PostgreSQL's text form
 * (`2025-01-31 12:00:00.123`, not ISO) sends `Date`'s string parser down its slow legacy path, so
 * the usual shape (four-digit year, at most milliseconds) is read digit by digit; anything else
 * (`infinity`, BC years, microseconds) still goes through `Date`.
 */
export function parseUtcTimestamp(value: string): Date {
  const fraction = value.length - 20;
  const usual = value[4] === "-" && value[10] === " " && value[13] === ":" && (fraction === -1 || (fraction >= 1 && fraction <= 3 && value[19] === "."));
  if (!usual) return new Date(`${value}Z`);
  const [year, month, day] = [digitsAt(value, 0, 4), digitsAt(value, 5, 7) - 1, digitsAt(value, 8, 10)];
  const millis = fraction > 0 ? digitsAt(value, 20, value.length) * 10 ** (3 - fraction) : 0;
  const date = new Date(Date.UTC(year, month, day, digitsAt(value, 11, 13), digitsAt(value, 14, 16), digitsAt(value, 17, 19), millis));
  // Date.UTC (and Date's parser) read years 0–99 as 1900–1999: set the year itself.
  if (year < 100) date.setUTCFullYear(year, month, day);
  return date;
}

/** Result parsers for pg query configs (`types`). */
export const RESULT_TYPES = { getTypeParser: (oid: number, format?: string) => PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text") };

