/** The node-postgres pool and plain SQL on it (see sql.ts); Prisma keeps the schema and migrations. */
import pg from "pg";
import { sqlOn, type Db } from "./sql.js";

export interface Database {
  pool: pg.Pool;
  /** Plain SQL on the pool, outside any request's count (startup, background work, tests). */
  sql: Db;
  close(): Promise<void>;
}

/** Opens the pool; `close` ends it. */
export function openDatabase(url: string, options: { max?: number; preparedPerConnection?: number } = {}): Database {
  // Timestamps are stored as UTC without a zone (see result-parsers.ts); SQL that compares them with
  // now() needs UTC sessions too. Catalog search's typo matching (`<%`): PostgreSQL's default
  // threshold of 0.6 misses one-letter typos in short words ("sweter" scores 0.5 against "Sweater").
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30000,
    options: "-c TimeZone=UTC -c pg_trgm.word_similarity_threshold=0.5",
  });
  // An idle client losing its connection (e.g. the server restarted) must not crash the process.
  pool.on("error", () => undefined);
  return {
    pool,
    sql: sqlOn(pool, { preparedPerConnection: options.preparedPerConnection }),
    close: () => pool.end(),
  };
}
