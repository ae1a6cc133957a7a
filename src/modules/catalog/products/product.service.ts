/** Creating, editing and archiving products and their options, each recording its event (product created, updated, archived). */
import type { Context } from "../../../context.js";
import type { Sql, Tx } from "../../../db/sql.js";
import { idOf, line, reject, text } from "../../../shared/input-check.js";
import { uuidv7 } from "../../../shared/uuid.js";
import type { NewEvent } from "../../events/event-catalogue.js";
import { recordEvent, recordEvents } from "../../events/outbox.js";
import { MAX_DESCRIPTION, MAX_TITLE, slug as checkSlug, slugify } from "../validation.js";
import { updateVersioned, type VersionedTable } from "../versioned-update.js";
import { PRODUCT_COLUMNS, Product, type ProductRow } from "./product.types.js";
import type { CreateProductInput, ProductOptionInput, SetProductOptionsInput, UpdateProductInput } from "./product.inputs.js";

const MAX_OPTIONS = 5;
const MAX_VALUES = 100;
const MAX_OPTION_NAME = 100;

const PRODUCTS: VersionedTable = { table: "product", alias: "p", columns: PRODUCT_COLUMNS, noun: "product" };

/** Applies `changes` to a product if `version` is still current (see versioned-update.ts). */
export function updateProductVersioned(tx: Tx, id: string, version: number, changes: Record<string, unknown>, path: string[]): Promise<ProductRow> {
  return updateVersioned<ProductRow>(tx, PRODUCTS, id, version, changes, path);
}

/** Validated options: distinct names, distinct values, in order. */
function checkOptions(options: ProductOptionInput[], path: string[]): { name: string; values: string[] }[] {
  if (options.length > MAX_OPTIONS) reject(path, `at most ${MAX_OPTIONS} options`);
  const names = new Set<string>();
  return options.map((option, i) => {
    const name = line(option.name, [...path, String(i), "name"], MAX_OPTION_NAME);
    if (names.has(name.toLowerCase())) reject([...path, String(i), "name"], `option "${name}" is listed twice`);
    names.add(name.toLowerCase());
    if (option.values.length === 0 || option.values.length > MAX_VALUES) reject([...path, String(i), "values"], `1 to ${MAX_VALUES} values`);
    const seen = new Set<string>();
    const values = option.values.map((value, j) => {
      const checked = line(value, [...path, String(i), "values", String(j)], MAX_OPTION_NAME);
      if (seen.has(checked.toLowerCase())) reject([...path, String(i), "values", String(j)], `value "${checked}" is listed twice`);
      seen.add(checked.toLowerCase());
      return checked;
    });
    return { name, values };
  });
}

/** Adds values to an option, at positions from `first` on. */
async function insertValues(sql: Sql, optionId: string, names: readonly string[], first = 0): Promise<void> {
  await sql.execute`
    INSERT INTO option_value (id, option_id, name, position)
    SELECT v.id, ${optionId}::uuid, v.name, ${first}::int + v.n - 1
      FROM unnest(${names.map(() => uuidv7())}::uuid[], ${names}::text[]) WITH ORDINALITY AS v(id, name, n)`;
}

/** Adds an option with its values to a product. */
async function insertOption(sql: Sql, productId: string, option: { name: string; values: string[] }, position: number): Promise<void> {
  const optionId = uuidv7();
  await sql.execute`INSERT INTO product_option (id, product_id, name, position) VALUES (${optionId}::uuid, ${productId}::uuid, ${option.name}, ${position})`;
  await insertValues(sql, optionId, option.values);
}

/** Creates a product (DRAFT unless told) with its options; a taken slug is the index `product_slug_key`. */
export async function createProduct(ctx: Context, input: CreateProductInput): Promise<Product> {
  const title = line(input.title, ["input", "title"], MAX_TITLE);
  const slug = input.slug == null ? slugify(title) : checkSlug(input.slug, ["input", "slug"]);
  const description = text(input.description ?? "", ["input", "description"], MAX_DESCRIPTION);
  const options = checkOptions(input.options ?? [], ["input", "options"]);
  return ctx.sql.transaction(async (tx) => {
    const [row] = await tx.query<ProductRow>(
      `INSERT INTO product AS p (id, title, slug, description, status, updated_at) VALUES ($1::uuid, $2, $3, $4, $5::"ProductStatus", now()) RETURNING ${PRODUCT_COLUMNS}`,
      [uuidv7(), title, slug, description, input.status ?? "DRAFT"],
    );
    for (const [position, option] of options.entries()) await insertOption(tx, row!.id, option, position);
    await recordEvent(tx, { type: "product.created", aggregateId: row!.id, payload: { productId: row!.id, title: row!.title, slug: row!.slug, status: row!.status } });
    return new Product(row!, ctx.services.currency);
  });
}

/** The slug a create or update asked for (for the SlugTaken error). */
export function requestedSlug(input: { title?: string | null; slug?: string | null }): string {
  return input.slug?.trim() || slugify(input.title?.trim() ?? "");
}

/** Changes title, slug, description or status; a taken slug is the index `product_slug_key`. */
export async function updateProduct(ctx: Context, input: UpdateProductInput): Promise<Product> {
  const id = idOf(input.id, "Product", ["input", "id"]);
  const changes = {
    title: input.title == null ? undefined : line(input.title, ["input", "title"], MAX_TITLE),
    slug: input.slug == null ? undefined : checkSlug(input.slug, ["input", "slug"]),
    description: input.description == null ? undefined : text(input.description, ["input", "description"], MAX_DESCRIPTION),
    status: input.status ?? undefined,
  };
  const changed = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
  const row = await ctx.sql.transaction(async (tx) => {
    const updated = await updateProductVersioned(tx, id, input.version, changes, ["input"]);
    await recordProductUpdate(tx, updated, changed);
    return updated;
  });
  return new Product(row, ctx.services.currency);
}

/** `product.updated`, and `product.archived` when the change archived it. */
async function recordProductUpdate(tx: Tx, row: ProductRow, changed: string[]): Promise<void> {
  const events: NewEvent[] = [{ type: "product.updated", aggregateId: row.id, payload: { productId: row.id, version: row.version, status: row.status, changed } }];
  if (changed.includes("status") && row.status === "ARCHIVED") events.push({ type: "product.archived", aggregateId: row.id, payload: { productId: row.id, version: row.version } });
  await recordEvents(tx, events);
}

/** Archives a product: hidden from customers, kept for order history. */
export async function archiveProduct(ctx: Context, input: { id: string; version: number }): Promise<Product> {
  const id = idOf(input.id, "Product", ["input", "id"]);
  const row = await ctx.sql.transaction(async (tx) => {
    const archived = await updateProductVersioned(tx, id, input.version, { status: "ARCHIVED" }, ["input"]);
    await recordEvent(tx, { type: "product.archived", aggregateId: id, payload: { productId: id, version: archived.version } });
    return archived;
  });
  return new Product(row, ctx.services.currency);
}

interface StoredOption {
  id: string;
  name: string;
  /** Variants that have a value of this option. */
  variants: number;
  values: { id: string; name: string; variants: number }[];
}

/** The product's options with their values, in order, and how many variants use each. */
async function storedOptions(tx: Tx, productId: string): Promise<StoredOption[]> {
  const rows = await tx.query<{ id: string; name: string; variants: number; value_id: string | null; value_name: string | null; value_variants: number }>`
    SELECT o.id, o.name, (SELECT count(*)::int FROM variant_option_value vov WHERE vov.option_id = o.id) AS variants,
           ov.id AS value_id, ov.name AS value_name, (SELECT count(*)::int FROM variant_option_value vov WHERE vov.value_id = ov.id) AS value_variants
      FROM product_option o LEFT JOIN option_value ov ON ov.option_id = o.id
     WHERE o.product_id = ${productId}::uuid ORDER BY o.position, o.id, ov.position`;
  const options = new Map<string, StoredOption>();
  for (const row of rows) {
    let option = options.get(row.id);
    if (!option) options.set(row.id, (option = { id: row.id, name: row.name, variants: row.variants, values: [] }));
    if (row.value_id) option.values.push({ id: row.value_id, name: row.value_name!, variants: row.value_variants });
  }
  return [...options.values()];
}

/**
 * Makes the product's options exactly `input.options`. Options and values are matched by name
 * (case-insensitive) so their ids, and the variants using them, survive a reorder or an addition.
 * Removing a value some variant uses, or adding an option once variants exist, is refused: the
 * variants would no longer say what they are.
 */
export async function setProductOptions(ctx: Context, input: SetProductOptionsInput): Promise<Product> {
  const id = idOf(input.productId, "Product", ["input", "productId"]);
  const wanted = checkOptions(input.options, ["input", "options"]);
  const isWanted = (name: string) => wanted.some((w) => w.name.toLowerCase() === name.toLowerCase());
  return ctx.sql.transaction(async (tx) => {
    const product = await updateProductVersioned(tx, id, input.version, {}, ["input"]);
    await recordProductUpdate(tx, product, ["options"]);
    const existing = await storedOptions(tx, id);
    const [{ variants }] = await tx.query<{ variants: number }>`SELECT count(*)::int AS variants FROM variant WHERE product_id = ${id}::uuid`;
    const byName = new Map(existing.map((option) => [option.name.toLowerCase(), option]));
    for (const option of existing) {
      if (!isWanted(option.name) && option.variants > 0) reject(["input", "options"], `option "${option.name}" is used by variants; archive or change them first`);
    }
    const dropped = existing.filter((option) => !isWanted(option.name)).map((option) => option.id);
    await tx.execute`DELETE FROM product_option WHERE id = ANY(${dropped}::uuid[])`;
    for (const [position, option] of wanted.entries()) {
      const current = byName.get(option.name.toLowerCase());
      if (!current) {
        if (variants > 0) reject(["input", "options", String(position)], "options cannot be added once the product has variants");
        await insertOption(tx, id, option, position);
        continue;
      }
      await tx.execute`UPDATE product_option SET name = ${option.name}, position = ${position} WHERE id = ${current.id}::uuid`;
      for (const value of current.values) {
        if (!option.values.some((name) => name.toLowerCase() === value.name.toLowerCase())) {
          if (value.variants > 0) reject(["input", "options", String(position), "values"], `value "${value.name}" is used by variants`);
          await tx.execute`DELETE FROM option_value WHERE id = ${value.id}::uuid`;
        }
      }
      const valuesByName = new Map(current.values.map((value) => [value.name.toLowerCase(), value]));
      for (const [valuePosition, name] of option.values.entries()) {
        const value = valuesByName.get(name.toLowerCase());
        if (value) await tx.execute`UPDATE option_value SET name = ${name}, position = ${valuePosition} WHERE id = ${value.id}::uuid`;
        else await insertValues(tx, current.id, [name], valuePosition);
      }
    }
    return new Product(product, ctx.services.currency);
  });
}
