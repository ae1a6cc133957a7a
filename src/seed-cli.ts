/**
 * `npm run seed -- [--products N] [--reset]`: applies pending migrations and loads the demo
 * catalog (100 products unless told) into DATABASE_URL, or the embedded PostgreSQL in DATA_DIR.
 * A catalog that already has products is left alone unless `--reset` empties it first.
 */
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { startEmbeddedPostgres } from "./db/embedded.js";
import { applyMigrations } from "./db/migrate.js";
import { dataDirImageStorage } from "./modules/catalog/images/storage.js";
import { seedCatalog } from "./modules/catalog/seed/seed.js";

const USAGE = "usage: seed [--products N (1 to 1000000)] [--reset]";

function parseArgs(args: string[]): { products: number; reset: boolean } {
  let products = 100;
  let reset = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--reset") reset = true;
    else if (args[i] === "--products" && /^\d+$/.test(args[i + 1] ?? "")) products = Number(args[++i]);
    else throw new Error(USAGE);
  }
  if (products < 1 || products > 1_000_000) throw new Error(USAGE);
  return { products, reset };
}

async function run(): Promise<string> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    await applyMigrations(url);
    const database = openDatabase(url);
    try {
      const started = Date.now();
      const added = await seedCatalog(database.pool, dataDirImageStorage(config.dataDir), options);
      return added === 0 ? "the catalog already has products; pass --reset to replace them" : `seeded ${added} products in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    } finally {
      await database.close();
    }
  } finally {
    await embedded?.stop();
  }
}

try {
  console.log(await run());
} catch (error) {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
