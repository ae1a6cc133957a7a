/**
 * Loads the demo catalog with bulk inserts (`INSERT … SELECT FROM unnest(arrays)`, a few thousand
 * rows per statement), in one transaction: 10,000 products with their variants take seconds.
 */
import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";
import type { Storage } from "../images/storage.js";
import { COLORS, demoCollections, demoProducts, type DemoProduct } from "./demo-catalog.js";
import { encodePng } from "./png.js";

const BATCH = 2000;

/** Inserts rows given column-wise: `columns` maps each column to its SQL array type and values. */
async function insertColumns(client: pg.PoolClient, table: string, columns: Record<string, [string, unknown[]]>): Promise<void> {
  const names = Object.keys(columns);
  const casts = names.map((name, i) => `$${i + 1}::${columns[name]![0]}`);
  await client.query(`INSERT INTO ${table} (${names.join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`, names.map((name) => columns[name]![1]));
}

/** One picture per colour: a soft vertical gradient, so the demo shop is not a wall of flat squares. */
async function storeColorImages(client: pg.PoolClient, storage: Storage): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = { id: [] as string[], key: [] as string[], size: [] as number[] };
  for (const [name, [r, g, b]] of Object.entries(COLORS)) {
    const shade = (value: number, y: number) => Math.max(0, Math.min(255, Math.round(value * (1.15 - (y / 96) * 0.3))));
    const bytes = encodePng(96, 96, (_x, y) => [shade(r, y), shade(g, y), shade(b, y)]);
    const key = `${createHash("sha256").update(bytes).digest("hex")}.png`;
    await storage.put(key, bytes);
    const id = randomUUID();
    ids.set(name, id);
    rows.id.push(id);
    rows.key.push(key);
    rows.size.push(bytes.length);
  }
  await insertColumns(client, "image", {
    id: ["uuid[]", rows.id],
    storage_key: ["text[]", rows.key],
    content_type: ["text[]", rows.id.map(() => "image/png")],
    byte_size: ["int[]", rows.size],
    width: ["int[]", rows.id.map(() => 96)],
    height: ["int[]", rows.id.map(() => 96)],
    alt: ["text[]", [...ids.keys()].map((name) => `${name} swatch`)],
  });
  return ids;
}

async function insertProducts(client: pg.PoolClient, products: DemoProduct[], offset: number, images: Map<string, string>, fallbackImage: string): Promise<void> {
  const stamp = (date: Date) => date.toISOString();
  await insertColumns(client, "product", {
    id: ["uuid[]", products.map((p) => p.id)],
    title: ["text[]", products.map((p) => p.title)],
    slug: ["text[]", products.map((p) => p.slug)],
    description: ["text[]", products.map((p) => p.description)],
    status: ['"ProductStatus"[]', products.map(() => "ACTIVE")],
    created_at: ["timestamp[]", products.map((p) => stamp(p.createdAt))],
    updated_at: ["timestamp[]", products.map((p) => stamp(p.createdAt))],
  });
  const options = products.flatMap((p) => p.options.map((o, position) => ({ ...o, productId: p.id, position })));
  await insertColumns(client, "product_option", {
    id: ["uuid[]", options.map((o) => o.id)],
    product_id: ["uuid[]", options.map((o) => o.productId)],
    name: ["text[]", options.map((o) => o.name)],
    position: ["int[]", options.map((o) => o.position)],
  });
  const values = options.flatMap((o) => o.values.map((v, position) => ({ ...v, optionId: o.id, position })));
  await insertColumns(client, "option_value", {
    id: ["uuid[]", values.map((v) => v.id)],
    option_id: ["uuid[]", values.map((v) => v.optionId)],
    name: ["text[]", values.map((v) => v.name)],
    position: ["int[]", values.map((v) => v.position)],
  });
  const variants = products.flatMap((p) => p.variants.map((v) => ({ ...v, product: p })));
  const colorOf = (v: (typeof variants)[number]) => v.values[v.product.options.findIndex((o) => o.name === "Color")];
  await insertColumns(client, "variant", {
    id: ["uuid[]", variants.map((v) => v.id)],
    product_id: ["uuid[]", variants.map((v) => v.product.id)],
    sku: ["text[]", variants.map((v) => v.sku)],
    position: ["int[]", variants.map((v) => v.position)],
    price: ["bigint[]", variants.map((v) => v.price)],
    compare_at_price: ["bigint[]", variants.map((v) => v.compareAtPrice)],
    weight_grams: ["int[]", variants.map((v) => v.weightGrams)],
    track_inventory: ["bool[]", variants.map((v) => v.trackInventory)],
    stock_on_hand: ["int[]", variants.map((v) => v.onHand)],
    featured_image_id: ["uuid[]", variants.map((v) => images.get(colorOf(v) ?? "") ?? null)],
    created_at: ["timestamp[]", variants.map((v) => stamp(v.product.createdAt))],
    updated_at: ["timestamp[]", variants.map((v) => stamp(v.product.createdAt))],
  });
  const selections = variants.flatMap((v) => v.values.map((name, i) => ({ variantId: v.id, option: v.product.options[i]!, name })));
  await insertColumns(client, "variant_option_value", {
    variant_id: ["uuid[]", selections.map((s) => s.variantId)],
    option_id: ["uuid[]", selections.map((s) => s.option.id)],
    value_id: ["uuid[]", selections.map((s) => s.option.values.find((v) => v.name === s.name)!.id)],
  });
  const variantImages = variants.filter((v) => images.has(colorOf(v) ?? ""));
  await insertColumns(client, "variant_image", {
    variant_id: ["uuid[]", variantImages.map((v) => v.id)],
    image_id: ["uuid[]", variantImages.map((v) => images.get(colorOf(v)!)!)],
    position: ["int[]", variantImages.map(() => 0)],
  });
  const productImages = products.flatMap((p) => {
    const ids = p.colors.length > 0 ? p.colors.slice(0, 3).map((c) => images.get(c)!) : [fallbackImage];
    return ids.map((imageId, position) => ({ productId: p.id, imageId, position }));
  });
  await insertColumns(client, "product_image", {
    product_id: ["uuid[]", productImages.map((i) => i.productId)],
    image_id: ["uuid[]", productImages.map((i) => i.imageId)],
    position: ["int[]", productImages.map((i) => i.position)],
  });
  await client.query(
    `UPDATE product p SET featured_image_id = pi.image_id FROM product_image pi WHERE pi.product_id = p.id AND pi.position = 0 AND p.id = ANY($1::uuid[])`,
    [products.map((p) => p.id)],
  );
  const members = products.map((p, i) => ({ collectionId: p.collectionId, productId: p.id, position: offset + i }));
  await insertColumns(client, "collection_product", {
    collection_id: ["uuid[]", members.map((m) => m.collectionId)],
    product_id: ["uuid[]", members.map((m) => m.productId)],
    position: ["int[]", members.map((m) => m.position)],
  });
}

/**
 * Seeds `products` demo products when the catalog is empty (or always, after emptying it, with
 * `reset`). Returns how many products were added (0 when the catalog already had some).
 */
export async function seedCatalog(pool: pg.Pool, storage: Storage, options: { products: number; reset?: boolean }): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Two servers starting on one empty database must not both seed it.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('larder-catalog-seed'))");
    if (options.reset) await client.query("TRUNCATE product, collection, image CASCADE");
    const { rows } = await client.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM product) OR EXISTS (SELECT 1 FROM collection) AS any");
    if (rows[0]!.any) {
      await client.query("ROLLBACK");
      return 0;
    }
    const collections = demoCollections();
    await insertColumns(client, "collection", {
      id: ["uuid[]", collections.map((c) => c.id)],
      parent_id: ["uuid[]", collections.map((c) => c.parentId)],
      title: ["text[]", collections.map((c) => c.title)],
      slug: ["text[]", collections.map((c) => c.slug)],
      description: ["text[]", collections.map((c) => `Our ${c.title.toLowerCase()}.`)],
      position: ["int[]", collections.map((c) => c.position)],
      updated_at: ["timestamp[]", collections.map(() => new Date().toISOString())],
    });
    const images = await storeColorImages(client, storage);
    // Rollups (price range, facet pairs, collections) once at the end rather than per inserted batch and table.
    await client.query("ALTER TABLE variant DISABLE TRIGGER USER");
    await client.query("ALTER TABLE variant_option_value DISABLE TRIGGER USER");
    await client.query("ALTER TABLE collection_product DISABLE TRIGGER USER");
    const fallbackImage = images.get("Grey")!;
    let batch: DemoProduct[] = [];
    let inserted = 0;
    for (const product of demoProducts(options.products, collections)) {
      batch.push(product);
      if (batch.length === BATCH) {
        await insertProducts(client, batch, inserted, images, fallbackImage);
        inserted += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await insertProducts(client, batch, inserted, images, fallbackImage);
    await client.query("SELECT refresh_product_rollups(array_agg(id)) FROM product");
    await client.query("ALTER TABLE variant ENABLE TRIGGER USER");
    await client.query("ALTER TABLE variant_option_value ENABLE TRIGGER USER");
    await client.query("ALTER TABLE collection_product ENABLE TRIGGER USER");
    await client.query("COMMIT");
    // Fresh statistics for the planner, and no dead row versions from the rollup update.
    await client.query("VACUUM ANALYZE product, variant, collection_product, variant_option_value, product_option, option_value");
    return options.products;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
