/** The demo catalog: bulk seeding, its consistency, the seed command, and seeding on first start (never in production). */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { dataDirImageStorage } from "../../src/modules/catalog/images/storage.js";
import { seedCatalog } from "../../src/modules/catalog/seed/seed.js";
import { createTestDatabase, query } from "../helpers/database.js";
import { freePort } from "../helpers/ports.js";
import { spawnServer } from "../helpers/process.js";

const run = promisify(execFile);

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-seed-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** A database of the test's own, dropped when the test ends. */
async function ownDatabase(): Promise<{ url: string; database: Database }> {
  const db = await createTestDatabase();
  const database = openDatabase(db.url);
  onTestFinished(async () => {
    await database.close();
    await db.drop();
  });
  return { url: db.url, database };
}

describe("seedCatalog", () => {
  it("loads a consistent catalog once, and again only when asked to reset", async () => {
    const { url, database } = await ownDatabase();
    const db = { url };
    const storage = dataDirImageStorage(dataDir);
    expect(await seedCatalog(database.pool, storage, { products: 40 })).toBe(40);
    const [counts] = await query<Record<string, number>>(
      db.url,
      `SELECT (SELECT count(*)::int FROM product WHERE status = 'ACTIVE') AS active,
              (SELECT count(*)::int FROM collection) AS collections,
              (SELECT count(*)::int FROM image) AS images,
              (SELECT count(*)::int FROM product p WHERE NOT EXISTS (SELECT 1 FROM variant v WHERE v.product_id = p.id)) AS without_variants,
              (SELECT count(*)::int FROM product WHERE price_min IS NULL OR search_vector IS NULL OR featured_image_id IS NULL) AS incomplete,
              (SELECT count(*)::int FROM variant v WHERE (SELECT count(*) FROM variant_option_value x WHERE x.variant_id = v.id)
                 <> (SELECT count(*) FROM product_option o WHERE o.product_id = v.product_id)) AS variants_missing_values,
              (SELECT count(*)::int FROM product p WHERE NOT EXISTS (SELECT 1 FROM collection_product cp WHERE cp.product_id = p.id)) AS uncollected`,
    );
    expect(counts).toEqual({ active: 40, collections: 11, images: 8, without_variants: 0, incomplete: 0, variants_missing_values: 0, uncollected: 0 });
    const [image] = await query<{ storage_key: string }>(db.url, "SELECT storage_key FROM image LIMIT 1");
    expect((await storage.get(image!.storage_key))?.subarray(1, 4).toString()).toBe("PNG");

    expect(await seedCatalog(database.pool, storage, { products: 40 })).toBe(0);
    expect(await seedCatalog(database.pool, storage, { products: 15, reset: true })).toBe(15);
    expect(await query(db.url, "SELECT count(*)::int AS n FROM product")).toEqual([{ n: 15 }]);
  });

  it("is a command with a product count", async () => {
    const env = { ...process.env, DATABASE_URL: (await ownDatabase()).url, DATA_DIR: dataDir };
    const { stdout } = await run(process.execPath, ["dist/src/seed-cli.js", "--products", "25", "--reset"], { env });
    expect(stdout).toMatch(/^seeded 25 products in \d+\.\d s\n$/);
    const again = await run(process.execPath, ["dist/src/seed-cli.js"], { env });
    expect(again.stdout).toBe("the catalog already has products; pass --reset to replace them\n");
    await expect(run(process.execPath, ["dist/src/seed-cli.js", "--products", "lots"], { env })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("usage: seed") });
  });
});

describe("first start", () => {
  it("seeds an empty catalog so a new shop has something to show, with images served", async () => {
    const fresh = await createTestDatabase();
    const port = await freePort();
    const server = spawnServer({ DATABASE_URL: fresh.url, DATA_DIR: dataDir, PORT: String(port) });
    try {
      await server.ready;
      expect(server.logs.find((line) => line.msg === "empty catalog: loaded the demo catalog")).toMatchObject({ products: 100 });
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ products(first: 1) { totalCount nodes { featuredImage { url } } } }" }),
      });
      const body = (await response.json()) as { data: { products: { totalCount: number; nodes: { featuredImage: { url: string } }[] } } };
      expect(body.data.products.totalCount).toBe(100);
      const image = await fetch(`http://127.0.0.1:${port}${body.data.products.nodes[0]!.featuredImage.url}`);
      expect(image.headers.get("content-type")).toBe("image/png");
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await fresh.drop();
    }
  });

  it("leaves an empty catalog empty in production", async () => {
    const fresh = await createTestDatabase();
    const port = await freePort();
    const server = spawnServer({ NODE_ENV: "production", DATABASE_URL: fresh.url, DATA_DIR: dataDir, PORT: String(port) });
    try {
      await server.ready;
      expect(server.logs.find((line) => line.msg === "empty catalog: loaded the demo catalog")).toBeUndefined();
      expect(await query(fresh.url, "SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM image) AS images")).toEqual([{ products: 0, images: 0 }]);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await fresh.drop();
    }
  });
});
