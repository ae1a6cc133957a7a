/** The node-postgres pool, plain SQL on it, and the Prisma client over it. */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { countSqlStatement } from "../shared/sql-count.js";
import { sqlOn, type Db as Sql } from "./sql.js";

export type Db = PrismaClient;

/** A statement counted already by a `Db` (see sql.ts): the per-client counter skips it. */
type CountedQuery = pg.QueryConfig & { counted?: true };

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** Plain SQL on the pool, outside any request's count (startup, background work). */
  sql: Sql;
  close(): Promise<void>;
}

/** Every statement, pooled or inside a transaction, passes through some client's `query`. */
function countQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (!(args[0] as CountedQuery | undefined)?.counted) countSqlStatement();
    return query(...args);
  };
}

/** Opens the pool and the Prisma client; `close` ends both. */
export function openDatabase(url: string, options: { max?: number } = {}): Database {
  // Prisma writes DateTime as UTC into `timestamp` columns; SQL that compares them with now() needs UTC
  // sessions too. Catalog search's typo matching (`<%`): PostgreSQL's default threshold of 0.6 misses
  // one-letter typos in short words ("sweter" scores 0.5 against "Sweater").
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30000,
    options: "-c TimeZone=UTC -c pg_trgm.word_similarity_threshold=0.5",
  });
  pool.on("connect", countQueries);
  // An idle client losing its connection (e.g. the server restarted) must not crash the process.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    sql: sqlOn(pool),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
