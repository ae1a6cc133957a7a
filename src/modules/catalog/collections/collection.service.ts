/** Creating, moving, filling and deleting collections. */
import type { Context } from "../../../context.js";
import type { Collection as CollectionModel, Prisma } from "../../../generated/prisma/client.js";
import { VersionConflict } from "../../../shared/user-errors.js";
import type { Tx } from "../products/product.service.js";
import { idOf, integer, line, MAX_DESCRIPTION, MAX_TITLE, reject, Rejection, slug as checkSlug, slugify, text } from "../validation.js";
import { toCollection, type Collection } from "./collection.types.js";
import type { CreateCollectionInput, SetCollectionProductsInput, UpdateCollectionInput } from "./collection.inputs.js";

const MAX_PRODUCTS = 1000;
const MAX_POSITION = 1_000_000;

function fromModel(model: CollectionModel): Collection {
  return toCollection({
    id: model.id,
    parent_id: model.parentId,
    title: model.title,
    slug: model.slug,
    description: model.description,
    position: model.position,
    version: model.version,
    created_at: model.createdAt,
    updated_at: model.updatedAt,
  });
}

async function checkParent(tx: Tx, parentId: string, movingId: string | null): Promise<void> {
  // The new parent's ancestors (itself included) must not contain the collection being moved.
  const chain = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (SELECT id, parent_id FROM collection WHERE id = ${parentId}::uuid
      UNION SELECT c.id, c.parent_id FROM collection c JOIN up ON c.id = up.parent_id)
    SELECT id FROM up`;
  if (chain.length === 0) reject(["input", "parentId"], "no such collection");
  if (movingId !== null && chain.some((row) => row.id === movingId)) reject(["input", "parentId"], "a collection cannot be moved under itself or its descendants");
}

/** Creates a collection under `parentId` (or at the top). */
export async function createCollection(ctx: Context, input: CreateCollectionInput): Promise<Collection> {
  const title = line(input.title, ["input", "title"], MAX_TITLE);
  const slug = input.slug == null ? slugify(title) : checkSlug(input.slug, ["input", "slug"]);
  const description = text(input.description ?? "", ["input", "description"], MAX_DESCRIPTION);
  const parentId = input.parentId == null ? null : idOf(input.parentId, "Collection", ["input", "parentId"]);
  const model = await ctx.db.$transaction(async (tx) => {
    if (parentId) await checkParent(tx, parentId, null);
    const last = await tx.collection.aggregate({ where: { parentId }, _max: { position: true } });
    const position = input.position == null ? (last._max.position ?? -1) + 1 : integer(input.position, ["input", "position"], 0, MAX_POSITION);
    return tx.collection.create({ data: { title, slug, description, parentId, position } });
  });
  return fromModel(model);
}

async function updateVersioned(tx: Tx, id: string, version: number, data: Prisma.CollectionUncheckedUpdateManyInput): Promise<CollectionModel> {
  const { count } = await tx.collection.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await tx.collection.findUnique({ where: { id }, select: { version: true } });
    if (!current) reject(["input", "id"], "no such collection");
    throw new Rejection(VersionConflict.of(["input", "version"], current.version));
  }
  return tx.collection.findUniqueOrThrow({ where: { id } });
}

/** Renames, re-slugs, moves or reorders a collection. */
export async function updateCollection(ctx: Context, input: UpdateCollectionInput): Promise<Collection> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  const data: Prisma.CollectionUncheckedUpdateManyInput = {};
  if (input.title != null) data.title = line(input.title, ["input", "title"], MAX_TITLE);
  if (input.slug != null) data.slug = checkSlug(input.slug, ["input", "slug"]);
  if (input.description != null) data.description = text(input.description, ["input", "description"], MAX_DESCRIPTION);
  if (input.position != null) data.position = integer(input.position, ["input", "position"], 0, MAX_POSITION);
  const parentId = input.parentId == null ? input.parentId : idOf(input.parentId, "Collection", ["input", "parentId"]);
  const model = await ctx.db.$transaction(async (tx) => {
    if (parentId !== undefined) {
      // Moves are serialised: two concurrent moves could otherwise build a cycle together.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('collection-tree'))`;
      if (parentId !== null) await checkParent(tx, parentId, id);
      data.parentId = parentId;
    }
    return updateVersioned(tx, id, input.version, data);
  });
  return fromModel(model);
}

/** Deletes an empty-of-children collection (its product memberships go with it). */
export async function deleteCollection(ctx: Context, input: { id: string; version: number }): Promise<string> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  await ctx.db.$transaction(async (tx) => {
    await updateVersioned(tx, id, input.version, {});
    if ((await tx.collection.count({ where: { parentId: id } })) > 0) reject(["input", "id"], "move or delete its child collections first");
    await tx.collection.delete({ where: { id } });
  });
  return input.id;
}

/** Makes the collection's products exactly `productIds`, in that order. */
export async function setCollectionProducts(ctx: Context, input: SetCollectionProductsInput): Promise<Collection> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  if (input.productIds.length > MAX_PRODUCTS) reject(["input", "productIds"], `at most ${MAX_PRODUCTS} products`);
  const productIds = input.productIds.map((productId, i) => idOf(productId, "Product", ["input", "productIds", String(i)]));
  if (new Set(productIds).size !== productIds.length) reject(["input", "productIds"], "a product is listed twice");
  const model = await ctx.db.$transaction(async (tx) => {
    const collection = await updateVersioned(tx, id, input.version, {});
    const found = await tx.product.count({ where: { id: { in: productIds } } });
    if (found !== productIds.length) reject(["input", "productIds"], "some products do not exist");
    await tx.collectionProduct.deleteMany({ where: { collectionId: id } });
    await tx.collectionProduct.createMany({ data: productIds.map((productId, position) => ({ collectionId: id, productId, position })) });
    return collection;
  });
  return fromModel(model);
}
