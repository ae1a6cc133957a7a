/**
 * Catalog writes: seeding the demo catalog on a fresh cluster (products, then variants and
 * collections, whose rollup triggers update every product), then retitling a tenth of the products
 * in one statement, and the size of `product` after. Each checkout uses its own migrations and
 * seed code on this checkout's PostgreSQL binaries.
 * `BENCH_BASELINE=<a built checkout of another commit>[,<another>…]` adds each commit, interleaved
 * per round; medians are reported.
 * Usage: npm run bench:seed -- [rounds=3] [products=10000]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { median, printTable } from "./harness.js";

const [rounds = 3, products = 10000] = process.argv.slice(2).map(Number);
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const checkouts = [here, ...(process.env.BENCH_BASELINE ?? "").split(",").filter(Boolean).map((dir) => path.resolve(dir))];

type Seed = typeof import("../src/modules/catalog/seed/seed.js");
type Storage = typeof import("../src/modules/catalog/images/storage.js");
interface Sample {
  seed: number;
  retitle: number;
  table: number;
  indexes: number;
}

async function once(checkout: string): Promise<Sample> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-seed-"));
  const cluster = await startEmbeddedPostgres({ dataDir, port: 55000 + Math.floor(Math.random() * 1000) });
  try {
    await applyMigrations(cluster.url, path.join(checkout, "prisma/migrations"));
    const { seedCatalog } = (await import(path.join(checkout, "dist/src/modules/catalog/seed/seed.js"))) as Seed;
    const { dataDirImageStorage } = (await import(path.join(checkout, "dist/src/modules/catalog/images/storage.js"))) as Storage;
    const pool = new pg.Pool({ connectionString: cluster.url });
    const started = performance.now();
    await seedCatalog(pool, dataDirImageStorage(dataDir), { products, reset: true });
    const seeded = performance.now();
    await pool.query("UPDATE product SET title = title || ' II' WHERE id IN (SELECT id FROM product ORDER BY id LIMIT $1)", [Math.ceil(products / 10)]);
    const retitled = performance.now();
    const { rows } = await pool.query<{ table: string; indexes: string }>("SELECT pg_table_size('product') AS table, pg_indexes_size('product') AS indexes");
    await pool.end();
    return { seed: (seeded - started) / 1000, retitle: retitled - seeded, table: Number(rows[0]!.table) / 2 ** 20, indexes: Number(rows[0]!.indexes) / 2 ** 20 };
  } finally {
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const samples = new Map<string, Sample[]>(checkouts.map((checkout) => [checkout, []]));
for (let round = 0; round < rounds; round++) for (const checkout of checkouts) samples.get(checkout)!.push(await once(checkout));

const commit = (dir: string) => execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
console.log(`\n${products} products; ${rounds} interleaved rounds; medians\n`);
printTable(
  ["checkout", "seed s", `retitle ${Math.ceil(products / 10)} ms`, "product table MB", "product indexes MB"],
  checkouts.map((checkout) => {
    const s = samples.get(checkout)!;
    const of = (pick: (x: Sample) => number, digits: number) => median(s.map(pick)).toFixed(digits);
    return [checkout === here ? `this checkout (${commit(here)})` : commit(checkout), of((x) => x.seed, 2), of((x) => x.retitle, 0), of((x) => x.table, 1), of((x) => x.indexes, 1)];
  }),
);
