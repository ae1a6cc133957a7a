/** Creating, editing and archiving products and their options. */
import type { Context } from "../../../context.js";
import type { Prisma, Product as ProductModel } from "../../../generated/prisma/client.js";
import type { ShopCurrency } from "../../../shared/money.js";
import { VersionConflict } from "../../../shared/user-errors.js";
import { idOf, line, MAX_DESCRIPTION, MAX_TITLE, reject, Rejection, slug as checkSlug, slugify, text } from "../validation.js";
import { toProduct, type Product } from "./product.types.js";
import type { CreateProductInput, ProductOptionInput, SetProductOptionsInput, UpdateProductInput } from "./product.inputs.js";

export type Tx = Prisma.TransactionClient;

const MAX_OPTIONS = 5;
const MAX_VALUES = 100;
const MAX_OPTION_NAME = 100;

/** A Product from Prisma's model of the row. */
export function productFromModel(model: ProductModel, currency: ShopCurrency): Product {
  return toProduct(
    {
    id: model.id,
    title: model.title,
    slug: model.slug,
    description: model.description,
    status: model.status,
    version: model.version,
    created_at: model.createdAt,
    updated_at: model.updatedAt,
    price_min: model.priceMin,
    price_max: model.priceMax,
    featured_image_id: model.featuredImageId,
    },
    currency,
  );
}

/**
 * Applies `data` and bumps the version in one statement, only if the version is still the one the
 * client read: a concurrent writer that got there first makes this a VersionConflict, never a lost update.
 */
export async function updateProductVersioned(tx: Tx, id: string, version: number, data: Prisma.ProductUncheckedUpdateManyInput, path: string[]): Promise<ProductModel> {
  const { count } = await tx.product.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await tx.product.findUnique({ where: { id }, select: { version: true } });
    if (!current) reject([...path, "id"], "no such product");
    throw new Rejection(VersionConflict.of([...path, "version"], current.version));
  }
  return tx.product.findUniqueOrThrow({ where: { id } });
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

/** Creates a product (DRAFT unless told) with its options. */
export async function createProduct(ctx: Context, input: CreateProductInput): Promise<Product> {
  const title = line(input.title, ["input", "title"], MAX_TITLE);
  const slug = input.slug == null ? slugify(title) : checkSlug(input.slug, ["input", "slug"]);
  const description = text(input.description ?? "", ["input", "description"], MAX_DESCRIPTION);
  const options = checkOptions(input.options ?? [], ["input", "options"]);
  const model = await ctx.db.product.create({
    data: {
      title,
      slug,
      description,
      status: input.status ?? "DRAFT",
      options: {
        create: options.map((option, position) => ({
          name: option.name,
          position,
          values: { create: option.values.map((name, valuePosition) => ({ name, position: valuePosition })) },
        })),
      },
    },
  });
  return productFromModel(model, ctx.services.currency);
}

/** The slug a create or update asked for (for the SlugTaken error). */
export function requestedSlug(input: { title?: string | null; slug?: string | null }): string {
  return input.slug?.trim() || slugify(input.title?.trim() ?? "");
}

/** Changes title, slug, description or status. */
export async function updateProduct(ctx: Context, input: UpdateProductInput): Promise<Product> {
  const id = idOf(input.id, "Product", ["input", "id"]);
  const data: Prisma.ProductUncheckedUpdateManyInput = {};
  if (input.title != null) data.title = line(input.title, ["input", "title"], MAX_TITLE);
  if (input.slug != null) data.slug = checkSlug(input.slug, ["input", "slug"]);
  if (input.description != null) data.description = text(input.description, ["input", "description"], MAX_DESCRIPTION);
  if (input.status != null) data.status = input.status;
  return productFromModel(await ctx.db.$transaction((tx) => updateProductVersioned(tx, id, input.version, data, ["input"])), ctx.services.currency);
}

/** Archives a product: hidden from customers, kept for order history. */
export async function archiveProduct(ctx: Context, input: { id: string; version: number }): Promise<Product> {
  const id = idOf(input.id, "Product", ["input", "id"]);
  return productFromModel(await ctx.db.$transaction((tx) => updateProductVersioned(tx, id, input.version, { status: "ARCHIVED" }, ["input"])), ctx.services.currency);
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
  const model = await ctx.db.$transaction(async (tx) => {
    const product = await updateProductVersioned(tx, id, input.version, {}, ["input"]);
    const existing = await tx.productOption.findMany({
      where: { productId: id },
      include: { values: { include: { _count: { select: { variants: true } } } }, _count: { select: { variants: true } } },
    });
    const variantCount = await tx.variant.count({ where: { productId: id } });
    const byName = new Map(existing.map((option) => [option.name.toLowerCase(), option]));
    for (const option of existing) {
      if (!wanted.some((w) => w.name.toLowerCase() === option.name.toLowerCase()) && option._count.variants > 0) {
        reject(["input", "options"], `option "${option.name}" is used by variants; archive or change them first`);
      }
    }
    // Free the positions first: (product, name) is unique, positions are rewritten below.
    await tx.productOption.deleteMany({ where: { productId: id, name: { notIn: existing.filter((o) => wanted.some((w) => w.name.toLowerCase() === o.name.toLowerCase())).map((o) => o.name) } } });
    for (const [position, option] of wanted.entries()) {
      const current = byName.get(option.name.toLowerCase());
      if (!current) {
        if (variantCount > 0) reject(["input", "options", String(position)], "options cannot be added once the product has variants");
        await tx.productOption.create({
          data: { productId: id, name: option.name, position, values: { create: option.values.map((name, i) => ({ name, position: i })) } },
        });
        continue;
      }
      await tx.productOption.update({ where: { id: current.id }, data: { name: option.name, position } });
      const valuesByName = new Map(current.values.map((value) => [value.name.toLowerCase(), value]));
      for (const value of current.values) {
        if (!option.values.some((name) => name.toLowerCase() === value.name.toLowerCase())) {
          if (value._count.variants > 0) reject(["input", "options", String(position), "values"], `value "${value.name}" is used by variants`);
          await tx.optionValue.delete({ where: { id: value.id } });
        }
      }
      for (const [valuePosition, name] of option.values.entries()) {
        const value = valuesByName.get(name.toLowerCase());
        if (value) await tx.optionValue.update({ where: { id: value.id }, data: { name, position: valuePosition } });
        else await tx.optionValue.create({ data: { optionId: current.id, name, position: valuePosition } });
      }
    }
    return product;
  });
  return productFromModel(model, ctx.services.currency);
}
