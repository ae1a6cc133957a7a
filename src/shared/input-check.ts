/**
 * Checks of a mutation's `input`, field by field. Each returns the cleaned value or throws a
 * Rejection carrying InvalidInput at the field's path (its last element names the field in the
 * message); `runMutation` answers with it, so the first problem found is the mutation's result.
 */
import { parseGlobalId } from "./global-id.js";
import type { ShopCurrency } from "./money.js";
import { Rejection } from "./mutation.js";
import { checkSingleLine, codePointLength, hasControlCharacters } from "./text.js";
import { InvalidInput } from "./user-errors.js";

/** Throws a Rejection with InvalidInput at `path`. */
export function reject(path: string[], message: string): never {
  throw new Rejection(InvalidInput.at(path, message));
}

function field(path: string[]): string {
  return path[path.length - 1]!;
}

/** A required single-line text, trimmed. */
export function line(value: string | null | undefined, path: string[], max: number): string {
  const checked = checkSingleLine(value, field(path), max);
  if ("problem" in checked) reject(path, checked.problem);
  return checked.value;
}

/** A required text on update: `undefined` keeps the stored value, null is refused. */
export function changedLine(value: string | null | undefined, path: string[], max: number): string | undefined {
  return value === undefined ? undefined : line(value, path, max);
}

/** An optional single-line text: `undefined` stays unchanged, null or blank clears it (null). */
export function optionalLine(value: string | null | undefined, path: string[], max: number): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === "") return null;
  return line(value, path, max);
}

/** Multi-line text, trimmed: tabs and line breaks allowed, other control characters not. */
export function text(value: string, path: string[], max: number): string {
  if (codePointLength(value) > max) reject(path, `${field(path)} must be at most ${max} characters`);
  if (hasControlCharacters(value, true)) reject(path, `${field(path)} must not contain control characters`);
  return value.trim();
}

/** Minor units of a decimal amount in the shop currency. */
export function amount(value: string, path: string[], currency: ShopCurrency): number {
  const parsed = currency.parseAmount(value);
  if ("problem" in parsed) reject(path, `${field(path)} ${parsed.problem}`);
  return parsed.minor;
}

/** A whole number within bounds. */
export function integer(value: number, path: string[], min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) reject(path, `${field(path)} must be a whole number from ${min} to ${max}`);
  return value;
}

/** The row id of a global id of `type`. */
export function idOf(globalId: string, type: string, path: string[]): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) reject(path, `not a valid ${type} id`);
  return parsed.id;
}
