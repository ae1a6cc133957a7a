/** Creating, editing and archiving variants, prices included. */
import type { Context } from "../../../context.js";
import type { Prisma } from "../../../generated/prisma/client.js";
import { VersionConflict } from "../../../shared/user-errors.js";
import type { Tx } from "../products/product.service.js";
import { amount, idOf, integer, reject, Rejection } from "../validation.js";
import { toVariant, VARIANT_COLUMNS, type Variant, type VariantRow } from "./variant.types.js";
import type { CreateVariantInput, SelectedOptionInput, UpdateVariantInput } from "./variant.inputs.js";

const SKU = /^[A-Za-z0-9._\-/]{1,64}$/;
const MAX_WEIGHT = 1_000_000;
const MAX_STOCK = 1_000_000_000;

/** A variant as it is now, whatever its visibility (for mutation payloads). */
export async function readVariant(ctx: Context, id: string): Promise<Variant> {
  const rows = await ctx.sql.query<VariantRow>(`SELECT ${VARIANT_COLUMNS} FROM variant v JOIN product p ON p.id = v.product_id WHERE v.id = $1::uuid`, [id]);
  return toVariant(rows[0]!, ctx.services.currency);
}

/** A trimmed SKU, or a Rejection. */
function checkSku(value: string | null | undefined, path: string[]): string {
  const sku = value?.trim() ?? "";
  if (!SKU.test(sku)) reject(path, "sku must be 1 to 64 letters, digits or . _ - /");
  return sku;
}

/** The option value ids of `selected`, which must name exactly one value for every option of the product. */
async function optionValueIds(tx: Tx, productId: string, selected: SelectedOptionInput[]): Promise<{ optionId: string; valueId: string }[]> {
  const options = await tx.productOption.findMany({ where: { productId }, include: { values: true }, orderBy: { position: "asc" } });
  const path = ["input", "options"];
  if (selected.length !== options.length) reject(path, options.length === 0 ? "the product has no options" : `give one value for each option: ${options.map((o) => o.name).join(", ")}`);
  return options.map((option) => {
    const choice = selected.find((s) => s.name.trim().toLowerCase() === option.name.toLowerCase());
    if (!choice) reject(path, `no value given for option "${option.name}"`);
    const value = option.values.find((v) => v.name.toLowerCase() === choice.value.trim().toLowerCase());
    if (!value) reject(path, `"${choice.value}" is not a value of option "${option.name}"`);
    return { optionId: option.id, valueId: value.id };
  });
}

/** Creates a variant at the end of its product's variants. */
export async function createVariant(ctx: Context, input: CreateVariantInput): Promise<Variant> {
  const productId = idOf(input.productId, "Product", ["input", "productId"]);
  const sku = checkSku(input.sku, ["input", "sku"]);
  if (input.price == null) reject(["input", "price"], "price is required");
  const price = amount(input.price, ["input", "price"], ctx.services.currency);
  const compareAtPrice = input.compareAtPrice == null ? null : amount(input.compareAtPrice, ["input", "compareAtPrice"], ctx.services.currency);
  const weightGrams = input.weightGrams == null ? null : integer(input.weightGrams, ["input", "weightGrams"], 0, MAX_WEIGHT);
  const onHand = integer(input.onHand ?? 0, ["input", "onHand"], 0, MAX_STOCK);
  const id = await ctx.db.$transaction(async (tx) => {
    // Serialises variant creation per product, so two requests cannot both add the same option combination.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM product WHERE id = ${productId}::uuid FOR UPDATE`;
    if (locked.length === 0) reject(["input", "productId"], "no such product");
    const values = await optionValueIds(tx, productId, input.options ?? []);
    if (values.length > 0) {
      const siblings = await tx.variant.findMany({ where: { productId, archivedAt: null }, select: { sku: true, optionValues: { select: { valueId: true } } } });
      const wanted = values.map((v) => v.valueId).sort().join(",");
      const twin = siblings.find((s) => s.optionValues.map((v) => v.valueId).sort().join(",") === wanted);
      if (twin) reject(["input", "options"], `variant ${twin.sku} already has these options`);
    }
    const last = await tx.variant.aggregate({ where: { productId }, _max: { position: true } });
    const created = await tx.variant.create({
      data: {
        productId,
        sku,
        price,
        compareAtPrice,
        weightGrams,
        trackInventory: input.trackInventory ?? true,
        allowBackorder: input.allowBackorder ?? false,
        stockOnHand: onHand,
        position: (last._max.position ?? -1) + 1,
        optionValues: { create: values },
      },
      select: { id: true },
    });
    return created.id;
  });
  return readVariant(ctx, id);
}

/**
 * Locks the variant, checks the version the client read, and applies `data` with a version bump.
 * `check` sees the locked row before the change (e.g. to refuse an impossible stock state).
 */
export async function updateVariantVersioned(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.VariantUpdateInput,
  check: (row: { stock_on_hand: number; stock_allocated: number }) => void = () => undefined,
): Promise<void> {
  const rows = await tx.$queryRaw<{ version: number; stock_on_hand: number; stock_allocated: number }[]>`
    SELECT version, stock_on_hand, stock_allocated FROM variant WHERE id = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) reject(["input", "id"], "no such variant");
  if (row.version !== version) throw new Rejection(VersionConflict.of(["input", "version"], row.version));
  check(row);
  await tx.variant.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

/** Changes SKU, prices, weight or stock policy. */
export async function updateVariant(ctx: Context, input: UpdateVariantInput): Promise<Variant> {
  const id = idOf(input.id, "Variant", ["input", "id"]);
  const data: Prisma.VariantUpdateInput = {};
  if (input.sku != null) data.sku = checkSku(input.sku, ["input", "sku"]);
  if (input.price != null) data.price = amount(input.price, ["input", "price"], ctx.services.currency);
  if (input.compareAtPrice !== undefined) data.compareAtPrice = input.compareAtPrice === null ? null : amount(input.compareAtPrice, ["input", "compareAtPrice"], ctx.services.currency);
  if (input.weightGrams !== undefined) data.weightGrams = input.weightGrams === null ? null : integer(input.weightGrams, ["input", "weightGrams"], 0, MAX_WEIGHT);
  if (input.trackInventory != null) data.trackInventory = input.trackInventory;
  if (input.allowBackorder != null) data.allowBackorder = input.allowBackorder;
  await ctx.db.$transaction((tx) =>
    updateVariantVersioned(tx, id, input.version, data, (row) => {
      if (input.allowBackorder === false && row.stock_allocated > row.stock_on_hand) {
        reject(["input", "allowBackorder"], `${row.stock_allocated} units are allocated but only ${row.stock_on_hand} on hand`);
      }
    }),
  );
  return readVariant(ctx, id);
}

/** Archives a variant: no longer sold or shown to customers, kept for order history. */
export async function archiveVariant(ctx: Context, input: { id: string; version: number }): Promise<Variant> {
  const id = idOf(input.id, "Variant", ["input", "id"]);
  await ctx.db.$transaction((tx) => updateVariantVersioned(tx, id, input.version, { archivedAt: new Date() }));
  return readVariant(ctx, id);
}
