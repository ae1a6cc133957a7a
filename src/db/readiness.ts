/** The readiness probe: the database answers and every committed migration is applied. */
import type pg from "pg";
import { pendingMigrations } from "./migrate.js";

export interface Readiness {
  /** Database reachable and no migration pending. */
  ready: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: string[];
}

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
