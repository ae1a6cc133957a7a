/** The Prisma client over a node-postgres pool whose every statement is counted per request. */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { countSqlStatement } from "../shared/sql-count.js";

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** Every statement, pooled or inside a transaction, passes through some client's `query`. */
function countQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    countSqlStatement();
    return query(...args);
  };
}

/** Opens the pool and the Prisma client; `close` ends both. */
export function openDatabase(url: string, options: { max?: number } = {}): Database {
  // Prisma writes DateTime as UTC into `timestamp` columns; SQL that compares them with now() needs UTC sessions too.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, idleTimeoutMillis: 30000, options: "-c TimeZone=UTC" });
  pool.on("connect", countQueries);
  // An idle client losing its connection (e.g. the server restarted) must not crash the process.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
