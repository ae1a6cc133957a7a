/**
 * What a start adds to a database before the server answers: the demo catalog into an empty
 * catalog (never in production), and the super-admin from ADMIN_EMAIL / ADMIN_PASSWORD while no
 * staff exists. Both are no-ops on a database that already has them.
 */
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import { dataDirImageStorage } from "./modules/catalog/images/storage.js";
import { seedCatalog } from "./modules/catalog/seed/seed.js";
import { ensureSuperAdmin } from "./modules/identity/staff/bootstrap.js";
import type { Logger } from "./shared/logger.js";

/** Products loaded into an empty catalog on first start outside production, so a new shop has something to show. */
const DEMO_PRODUCTS = 100;

/** Seeds the demo catalog into an empty catalog outside production and creates the configured super-admin if no staff exists. */
export async function loadStartData(database: Database, config: Config, log: Logger): Promise<void> {
  // Demo data stays out of production; operators who want it there run `npm run seed`.
  if (!config.production) {
    const seeded = await seedCatalog(database.pool, dataDirImageStorage(config.dataDir), { products: DEMO_PRODUCTS });
    if (seeded > 0) log.info({ products: seeded }, "empty catalog: loaded the demo catalog");
  }
  if (config.admin) {
    const outcome = await ensureSuperAdmin(database.sql, config.admin);
    log.info({ email: config.admin.email, outcome }, outcome === "created" ? "super-admin created from ADMIN_EMAIL" : "ADMIN_EMAIL ignored: staff already exists");
  }
}
