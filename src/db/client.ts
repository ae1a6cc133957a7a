/** The Prisma client over a node-postgres pool whose every statement is counted per request. */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { countSqlStatement, type SqlTally } from "../shared/sql-count.js";

export type Db = PrismaClient;

/** Plain parameterised reads. */
export interface SqlReader {
  query<T>(text: string, values?: readonly unknown[]): Promise<T[]>;
}

/** Plain parameterised SQL on the pool behind a Prisma client. */
export interface RawSql extends SqlReader {
  /** A client of the pool, for a transaction on one connection (see tx.ts); the caller releases it. */
  connect(): Promise<pg.PoolClient>;
}

/** A statement already counted against its request by `countedSql`: the per-client counter skips it. */
type CountedQuery = pg.QueryConfig & { counted?: true };

// Timestamps are stored without zone as UTC (Prisma's convention) and counts come back as int8:
// parse both into what the API serves, for these queries only, leaving pg's global parsers alone.
const PARSERS: Record<number, (value: string) => unknown> = {
  20: Number,
  1114: parseUtcTimestamp,
};

/** The decimal number in `text` from `start` up to `end`. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * A `timestamp` column as a UTC Date. Lists parse hundreds per request, and PostgreSQL's text form
 * (`2025-01-31 12:00:00.123`, not ISO) sends `Date`'s string parser down its slow legacy path, so
 * the usual shape (four-digit year, at most milliseconds) is read digit by digit; anything else
 * (`infinity`, BC years, years before 100, microseconds) still goes through `Date`.
 */
export function parseUtcTimestamp(value: string): Date {
  const fraction = value.length - 20;
  const usual = value[4] === "-" && value[10] === " " && value[13] === ":" && (fraction === -1 || (fraction >= 1 && fraction <= 3 && value[19] === "."));
  // Date.UTC reads years 0–99 as 1900–1999.
  const year = usual ? digitsAt(value, 0, 4) : 0;
  if (year < 100) return new Date(`${value}Z`);
  const millis = fraction > 0 ? digitsAt(value, 20, value.length) * 10 ** (3 - fraction) : 0;
  return new Date(Date.UTC(year, digitsAt(value, 5, 7) - 1, digitsAt(value, 8, 10), digitsAt(value, 11, 13), digitsAt(value, 14, 16), digitsAt(value, 17, 19), millis));
}

export const RESULT_TYPES = { getTypeParser: (oid: number, format?: string) => PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text") };

/** The rows of one statement on `pool`, with this module's result parsers; `counted` marks it as already counted. */
async function selectRows<T>(pool: pg.Pool, text: string, values: readonly unknown[], counted?: true): Promise<T[]> {
  const config: CountedQuery = { text, values: values as unknown[], types: RESULT_TYPES, counted };
  return (await pool.query(config)).rows as T[];
}

const rawByClient = new WeakMap<PrismaClient, RawSql & { pool: pg.Pool }>();

/**
 * Plain SQL on the pool behind a Prisma client, skipping Prisma's query layer (about twice the CPU
 * of a small statement itself). Statements are counted through the async context like Prisma's;
 * a request's reads go through `countedSql` instead (`ctx.sql`), transactions through `connect`.
 */
export function rawSql(db: Db): RawSql & { pool: pg.Pool } {
  const raw = rawByClient.get(db);
  if (!raw) throw new Error("rawSql: this Prisma client was not opened by openDatabase");
  return raw;
}

/**
 * Reads on `db`'s pool, each counted straight into `tally`. Unlike statements counted through the
 * async context (see shared/sql-count.ts), these cost the request no promise hooks: a request whose
 * every statement comes through here never turns the async storage on.
 */
export function countedSql(db: Db, tally: SqlTally): SqlReader {
  const { pool } = rawSql(db);
  return {
    query<T>(text: string, values: readonly unknown[] = []) {
      tally.statements += 1;
      return selectRows<T>(pool, text, values, true);
    },
  };
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
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
  rawByClient.set(prisma, {
    pool,
    query: <T>(text: string, values: readonly unknown[] = []) => selectRows<T>(pool, text, values),
    connect: () => pool.connect(),
  });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
