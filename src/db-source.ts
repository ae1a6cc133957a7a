/**
 * What a loader reads through: the request's database and who is asking. It lives below
 * src/loaders.ts, so the loader registry only imports downwards (modules' loaders import this).
 */
import type { Db } from "./db/sql.js";
import type { Storage } from "./modules/catalog/images/storage.js";
import type { Viewer } from "./modules/identity/viewer.js";
import type { ShopCurrency } from "./shared/money.js";

/**
 * Where loaders get the database (read at batch time, so the request's SQL is counted), who is
 * asking (loaders that list things filter by what the viewer may see), and the per-server
 * services their rows are mapped with (a request's Context is one).
 */
export interface DbSource {
  readonly sql: Db;
  readonly viewer: Viewer;
  readonly services: { readonly currency: ShopCurrency; readonly images: Storage };
}
