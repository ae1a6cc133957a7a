/** Validation shared by catalog mutations: problems become InvalidInput naming the input field. */
import { parseGlobalId } from "../../shared/global-id.js";
import type { ShopCurrency } from "../../shared/money.js";
import { checkSingleLine, codePointLength } from "../../shared/text.js";
import { InvalidInput } from "../../shared/user-errors.js";

/** Thrown inside a service to abort its transaction and answer with a typed user error. */
export class Rejection extends Error {
  constructor(readonly error: InvalidInput | object) {
    super("rejected");
  }
}

/** Throws a Rejection with InvalidInput at `path`. */
export function reject(path: string[], message: string): never {
  throw new Rejection(InvalidInput.at(path, message));
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 20_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

/** A trimmed single-line value, or a Rejection. */
export function line(value: string | null | undefined, path: string[], max: number): string {
  const checked = checkSingleLine(value, path[path.length - 1]!, max);
  if ("problem" in checked) reject(path, checked.problem);
  return checked.value;
}

/** Multi-line text: newlines and tabs allowed, other control characters and NUL not. */
export function text(value: string, path: string[], max: number): string {
  if (codePointLength(value) > max) reject(path, `${path[path.length - 1]} must be at most ${max} characters`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) reject(path, `${path[path.length - 1]} must not contain control characters`);
  return value.trim();
}

/** A slug made from a title: lower-case ASCII letters and digits joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
  return slug || "item";
}

/** Whether `value` can be a slug at all: lookups of anything else find nothing without asking the database. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG && SLUG.test(value);
}

/** A given slug, checked. */
export function slug(value: string, path: string[]): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_SLUG || !SLUG.test(trimmed)) reject(path, `slug must be 1 to ${MAX_SLUG} lower-case letters, digits and single hyphens`);
  return trimmed;
}

/** Minor units of a decimal amount in the shop currency, or a Rejection. */
export function amount(value: string, path: string[], currency: ShopCurrency): number {
  const parsed = currency.parseAmount(value);
  if ("problem" in parsed) reject(path, `${path[path.length - 1]} ${parsed.problem}`);
  return parsed.minor;
}

/** The row id of a global id of `type`, or a Rejection (a typed error, not an exception, inside mutations). */
export function idOf(globalId: string, type: string, path: string[]): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) reject(path, `not a valid ${type} id`);
  return parsed.id;
}

/** A whole number within bounds, or a Rejection. */
export function integer(value: number, path: string[], min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) reject(path, `${path[path.length - 1]} must be a whole number from ${min} to ${max}`);
  return value;
}
