/** Catalog rules for input: title and description sizes, and slugs. */
import { reject } from "../../shared/input-check.js";

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 20_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

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
