/** Creating, editing and archiving variants, prices included. */
import type { Context } from "../../../context.js";
import type { Tx } from "../../../db/sql.js";
import { recordEvent } from "../../events/outbox.js";
import { amount, idOf, integer, reject } from "../../../shared/input-check.js";
import { Rejection } from "../../../shared/mutation.js";
import { assignments, SqlParams } from "../../../shared/sql.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { VersionConflict } from "../../../shared/user-errors.js";
import { VARIANT_COLUMNS, Variant, type VariantRow } from "./variant.types.js";
import type { CreateVariantInput, SelectedOptionInput, UpdateVariantInput } from "./variant.inputs.js";

const SKU = /^[A-Za-z0-9._\-/]{1,64}$/;
const MAX_WEIGHT = 1_000_000;
const MAX_STOCK = 1_000_000_000;

/** A variant as it is now, whatever its visibility (for mutation payloads). */
export async function readVariant(ctx: Context, id: string): Promise<Variant> {
  const rows = await ctx.sql.query<VariantRow>(`SELECT ${VARIANT_COLUMNS} FROM variant v JOIN product p ON p.id = v.product_id WHERE v.id = $1::uuid`, [id]);
  return new Variant(rows[0]!, ctx.services.currency);
}

/** A trimmed SKU, or a Rejection. */
function checkSku(value: string | null | undefined, path: string[]): string {
  const sku = value?.trim() ?? "";
  if (!SKU.test(sku)) reject(path, "sku must be 1 to 64 letters, digits or . _ - /");
  return sku;
}

/** The option value ids of `selected`, which must name exactly one value for every option of the product. */
async function optionValueIds(tx: Tx, productId: string, selected: SelectedOptionInput[]): Promise<{ optionId: string; valueId: string }[]> {
  const rows = await tx.query<{ id: string; name: string; value_id: string | null; value_name: string | null }>`
    SELECT o.id, o.name, ov.id AS value_id, ov.name AS value_name FROM product_option o LEFT JOIN option_value ov ON ov.option_id = o.id
     WHERE o.product_id = ${productId}::uuid ORDER BY o.position, o.id, ov.position`;
  const options = new Map<string, { id: string; name: string; values: { id: string; name: string }[] }>();
  for (const row of rows) {
    let option = options.get(row.id);
    if (!option) options.set(row.id, (option = { id: row.id, name: row.name, values: [] }));
    if (row.value_id) option.values.push({ id: row.value_id, name: row.value_name! });
  }
  const path = ["input", "options"];
  if (selected.length !== options.size) reject(path, options.size === 0 ? "the product has no options" : `give one value for each option: ${[...options.values()].map((o) => o.name).join(", ")}`);
  return [...options.values()].map((option) => {
    const choice = selected.find((s) => s.name.trim().toLowerCase() === option.name.toLowerCase());
    if (!choice) reject(path, `no value given for option "${option.name}"`);
    const value = option.values.find((v) => v.name.toLowerCase() === choice.value.trim().toLowerCase());
    if (!value) reject(path, `"${choice.value}" is not a value of option "${option.name}"`);
    return { optionId: option.id, valueId: value.id };
  });
}

/** Creates a variant at the end of its product's variants; a taken SKU is the index `variant_sku_key`. */
export async function createVariant(ctx: Context, input: CreateVariantInput): Promise<Variant> {
  const productId = idOf(input.productId, "Product", ["input", "productId"]);
  const sku = checkSku(input.sku, ["input", "sku"]);
  if (input.price == null) reject(["input", "price"], "price is required");
  const price = amount(input.price, ["input", "price"], ctx.services.currency);
  const compareAtPrice = input.compareAtPrice == null ? null : amount(input.compareAtPrice, ["input", "compareAtPrice"], ctx.services.currency);
  const weightGrams = input.weightGrams == null ? null : integer(input.weightGrams, ["input", "weightGrams"], 0, MAX_WEIGHT);
  const onHand = integer(input.onHand ?? 0, ["input", "onHand"], 0, MAX_STOCK);
  const id = uuidv7();
  await ctx.sql.transaction(async (tx) => {
    // Serialises variant creation per product, so two requests cannot both add the same option combination.
    const locked = await tx.query<{ id: string }>`SELECT id FROM product WHERE id = ${productId}::uuid FOR UPDATE`;
    if (locked.length === 0) reject(["input", "productId"], "no such product");
    const values = await optionValueIds(tx, productId, input.options ?? []);
    if (values.length > 0) {
      const siblings = await tx.query<{ sku: string; value_ids: string[] }>`
        SELECT v.sku, array_remove(array_agg(vov.value_id::text), NULL) AS value_ids
          FROM variant v LEFT JOIN variant_option_value vov ON vov.variant_id = v.id
         WHERE v.product_id = ${productId}::uuid AND v.archived_at IS NULL GROUP BY v.id`;
      const wanted = values.map((v) => v.valueId).sort().join(",");
      const twin = siblings.find((s) => s.value_ids.sort().join(",") === wanted);
      if (twin) reject(["input", "options"], `variant ${twin.sku} already has these options`);
    }
    await tx.execute`
      INSERT INTO variant (id, product_id, sku, price, compare_at_price, weight_grams, track_inventory, allow_backorder, stock_on_hand, position, updated_at)
      SELECT ${id}::uuid, ${productId}::uuid, ${sku}, ${price}, ${compareAtPrice}::bigint, ${weightGrams}::int, ${input.trackInventory ?? true}, ${input.allowBackorder ?? false}, ${onHand},
             coalesce(max(position), -1) + 1, now()
        FROM variant WHERE product_id = ${productId}::uuid`;
    await tx.execute`
      INSERT INTO variant_option_value (variant_id, option_id, value_id)
      SELECT ${id}::uuid, o.option_id, o.value_id FROM unnest(${values.map((v) => v.optionId)}::uuid[], ${values.map((v) => v.valueId)}::uuid[]) AS o(option_id, value_id)`;
  });
  return readVariant(ctx, id);
}

/** What a change may check of the variant it locked, as it was before the change. */
interface LockedVariant {
  stock_on_hand: number;
  stock_allocated: number;
  price: number;
  product_id: string;
  sku: string;
}

/**
 * Locks the variant, checks the version the client read, and applies `changes` (column → value;
 * undefined leaves a column) with a version bump. `check` sees the locked row before the change
 * (e.g. to refuse an impossible stock state).
 */
export async function updateVariantVersioned(
  tx: Tx,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  check: (row: LockedVariant) => void = () => undefined,
): Promise<void> {
  const [row] = await tx.query<LockedVariant & { version: number }>`
    SELECT version, stock_on_hand, stock_allocated, price, product_id, sku FROM variant WHERE id = ${id}::uuid FOR UPDATE`;
  if (!row) reject(["input", "id"], "no such variant");
  if (row.version !== version) throw new Rejection(VersionConflict.of(["input", "version"], row.version));
  check(row);
  const params = new SqlParams();
  const set = [...assignments(params, changes), "version = version + 1", "updated_at = now()"];
  await tx.execute(`UPDATE variant SET ${set.join(", ")} WHERE id = ${params.add(id, "uuid")}`, params.values);
}

/** Changes SKU, prices, weight or stock policy; a taken SKU is the index `variant_sku_key`. */
export async function updateVariant(ctx: Context, input: UpdateVariantInput): Promise<Variant> {
  const id = idOf(input.id, "Variant", ["input", "id"]);
  const changes = {
    sku: input.sku == null ? undefined : checkSku(input.sku, ["input", "sku"]),
    price: input.price == null ? undefined : amount(input.price, ["input", "price"], ctx.services.currency),
    compare_at_price: input.compareAtPrice === undefined ? undefined : input.compareAtPrice === null ? null : amount(input.compareAtPrice, ["input", "compareAtPrice"], ctx.services.currency),
    weight_grams: input.weightGrams === undefined ? undefined : input.weightGrams === null ? null : integer(input.weightGrams, ["input", "weightGrams"], 0, MAX_WEIGHT),
    track_inventory: input.trackInventory ?? undefined,
    allow_backorder: input.allowBackorder ?? undefined,
  };
  await ctx.sql.transaction(async (tx) => {
    let before: LockedVariant | undefined;
    await updateVariantVersioned(tx, id, input.version, changes, (row) => {
      before = row;
      if (input.allowBackorder === false && row.stock_allocated > row.stock_on_hand) {
        reject(["input", "allowBackorder"], `${row.stock_allocated} units are allocated but only ${row.stock_on_hand} on hand`);
      }
    });
    if (changes.price !== undefined && before && changes.price !== before.price) {
      const { currency } = ctx.services;
      await recordEvent(tx, {
        type: "variant.price-changed",
        aggregateId: id,
        payload: { variantId: id, productId: before.product_id, sku: changes.sku ?? before.sku, price: currency.money(changes.price), previousPrice: currency.money(before.price) },
      });
    }
  });
  return readVariant(ctx, id);
}

/** Archives a variant: no longer sold or shown to customers, kept for order history. */
export async function archiveVariant(ctx: Context, input: { id: string; version: number }): Promise<Variant> {
  const id = idOf(input.id, "Variant", ["input", "id"]);
  await ctx.sql.transaction((tx) => updateVariantVersioned(tx, id, input.version, { archived_at: new Date() }));
  return readVariant(ctx, id);
}
