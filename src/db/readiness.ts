/** The readiness probe: the database answers and every committed migration is applied. */
import type pg from "pg";
import type { Readiness } from "../http/health.js";
import { pendingMigrations } from "./migrate.js";

/** Returns a check that never throws: failures are reported as not ready. */
export function readinessCheck(pool: pg.Pool): () => Promise<Readiness> {
  return async () => {
    try {
      await pool.query("SELECT 1");
    } catch {
      return { ready: false, database: "unreachable", pendingMigrations: [] };
    }
    const pending = await pendingMigrations(pool).catch(() => ["<unknown>"]);
    return { ready: pending.length === 0, database: "ok", pendingMigrations: pending };
  };
}
