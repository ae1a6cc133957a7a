/** Creating, moving, filling and deleting collections. */
import type { Context } from "../../../context.js";
import type { Tx } from "../../../db/sql.js";
import { idOf, integer, line, reject, text } from "../../../shared/input-check.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { MAX_DESCRIPTION, MAX_TITLE, slug as checkSlug, slugify } from "../validation.js";
import { updateVersioned, type VersionedTable } from "../versioned-update.js";
import { COLLECTION_COLUMNS, toCollection, type Collection, type CollectionRow } from "./collection.types.js";
import type { CreateCollectionInput, SetCollectionProductsInput, UpdateCollectionInput } from "./collection.inputs.js";

const MAX_PRODUCTS = 1000;
const MAX_POSITION = 1_000_000;

async function checkParent(tx: Tx, parentId: string, movingId: string | null): Promise<void> {
  // The new parent's ancestors (itself included) must not contain the collection being moved.
  const chain = await tx.query<{ id: string }>`
    WITH RECURSIVE up AS (SELECT id, parent_id FROM collection WHERE id = ${parentId}::uuid
      UNION SELECT c.id, c.parent_id FROM collection c JOIN up ON c.id = up.parent_id)
    SELECT id FROM up`;
  if (chain.length === 0) reject(["input", "parentId"], "no such collection");
  if (movingId !== null && chain.some((row) => row.id === movingId)) reject(["input", "parentId"], "a collection cannot be moved under itself or its descendants");
}

/** Creates a collection under `parentId` (or at the top); a taken slug is the index `collection_slug_key`. */
export async function createCollection(ctx: Context, input: CreateCollectionInput): Promise<Collection> {
  const title = line(input.title, ["input", "title"], MAX_TITLE);
  const slug = input.slug == null ? slugify(title) : checkSlug(input.slug, ["input", "slug"]);
  const description = text(input.description ?? "", ["input", "description"], MAX_DESCRIPTION);
  const parentId = input.parentId == null ? null : idOf(input.parentId, "Collection", ["input", "parentId"]);
  return ctx.sql.transaction(async (tx) => {
    if (parentId) await checkParent(tx, parentId, null);
    const position = input.position == null ? null : integer(input.position, ["input", "position"], 0, MAX_POSITION);
    const [row] = await tx.query<CollectionRow>(
      `INSERT INTO collection AS c (id, title, slug, description, parent_id, position, updated_at)
       SELECT $1::uuid, $2, $3, $4, $5::uuid, coalesce($6::int, (SELECT coalesce(max(position), -1) + 1 FROM collection WHERE parent_id IS NOT DISTINCT FROM $5::uuid)), now()
       RETURNING ${COLLECTION_COLUMNS}`,
      [uuidv7(), title, slug, description, parentId, position],
    );
    return toCollection(row!);
  });
}

const COLLECTIONS: VersionedTable = { table: "collection", alias: "c", columns: COLLECTION_COLUMNS, noun: "collection" };

/** Applies `changes` to a collection if `version` is still current (see versioned-update.ts). */
function updateCollectionVersioned(tx: Tx, id: string, version: number, changes: Record<string, unknown>): Promise<CollectionRow> {
  return updateVersioned<CollectionRow>(tx, COLLECTIONS, id, version, changes, ["input"]);
}

/** Renames, re-slugs, moves or reorders a collection; a taken slug is the index `collection_slug_key`. */
export async function updateCollection(ctx: Context, input: UpdateCollectionInput): Promise<Collection> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  const changes: Record<string, unknown> = {
    title: input.title == null ? undefined : line(input.title, ["input", "title"], MAX_TITLE),
    slug: input.slug == null ? undefined : checkSlug(input.slug, ["input", "slug"]),
    description: input.description == null ? undefined : text(input.description, ["input", "description"], MAX_DESCRIPTION),
    position: input.position == null ? undefined : integer(input.position, ["input", "position"], 0, MAX_POSITION),
  };
  const parentId = input.parentId == null ? input.parentId : idOf(input.parentId, "Collection", ["input", "parentId"]);
  return ctx.sql.transaction(async (tx) => {
    if (parentId !== undefined) {
      // Moves are serialised: two concurrent moves could otherwise build a cycle together.
      await tx.execute`SELECT pg_advisory_xact_lock(hashtext('collection-tree'))`;
      if (parentId !== null) await checkParent(tx, parentId, id);
      changes.parent_id = parentId;
    }
    return toCollection(await updateCollectionVersioned(tx, id, input.version, changes));
  });
}

/** Deletes an empty-of-children collection (its product memberships go with it). */
export async function deleteCollection(ctx: Context, input: { id: string; version: number }): Promise<string> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  await ctx.sql.transaction(async (tx) => {
    await updateCollectionVersioned(tx, id, input.version, {});
    const children = await tx.query<{ id: string }>`SELECT id FROM collection WHERE parent_id = ${id}::uuid LIMIT 1`;
    if (children.length > 0) reject(["input", "id"], "move or delete its child collections first");
    await tx.execute`DELETE FROM collection WHERE id = ${id}::uuid`;
  });
  return input.id;
}

/** Makes the collection's products exactly `productIds`, in that order. */
export async function setCollectionProducts(ctx: Context, input: SetCollectionProductsInput): Promise<Collection> {
  const id = idOf(input.id, "Collection", ["input", "id"]);
  if (input.productIds.length > MAX_PRODUCTS) reject(["input", "productIds"], `at most ${MAX_PRODUCTS} products`);
  const productIds = input.productIds.map((productId, i) => idOf(productId, "Product", ["input", "productIds", String(i)]));
  if (new Set(productIds).size !== productIds.length) reject(["input", "productIds"], "a product is listed twice");
  return ctx.sql.transaction(async (tx) => {
    const collection = await updateCollectionVersioned(tx, id, input.version, {});
    const [{ found }] = await tx.query<{ found: number }>`SELECT count(*)::int AS found FROM product WHERE id = ANY(${productIds}::uuid[])`;
    if (found !== productIds.length) reject(["input", "productIds"], "some products do not exist");
    await tx.execute`DELETE FROM collection_product WHERE collection_id = ${id}::uuid`;
    await tx.execute`
      INSERT INTO collection_product (collection_id, product_id, position)
      SELECT ${id}::uuid, p.id, p.n - 1 FROM unnest(${productIds}::uuid[]) WITH ORDINALITY AS p(id, n)`;
    return toCollection(collection);
  });
}
