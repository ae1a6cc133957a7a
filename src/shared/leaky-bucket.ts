/**
 * Leaky buckets of points, refilled continuously at a restore rate up to their size, debited by a
 * variable amount: the budget every GraphQL operation's cost is taken from. The default store is
 * PostgreSQL, so every server instance shares the buckets; leaky-bucket-redis.ts is the other.
 *
 * Written by hand: rate-limiter-flexible's PostgreSQL and Redis limiters count points in fixed
 * windows (a full reset when the window ends, not a continuous restore), keep their own table
 * outside the migrations, and take the time from each instance's clock. Here one statement restores,
 * checks and debits atomically on the database's clock.
 */
import type { Sql } from "../db/sql.js";

/** A bucket's size in points, and the points it gets back per second. */
export interface BucketLimits {
  size: number;
  restorePerSecond: number;
}

/** The outcome of a debit: whether it was granted, the points left after it, and the points it took. */
export interface BucketLevel {
  granted: boolean;
  level: number;
  /** What the debit took: `amount`, or less when the bucket held less (0 when refused, negative for a give-back). */
  taken: number;
}

/** Where the buckets live. */
export interface BucketStore {
  /**
   * Restores bucket `key` for the time since it was last used, then takes `amount` from it if it
   * holds at least `need` (a negative amount gives points back), or all it holds when that is less
   * than `amount`. A new bucket starts full; a bucket never holds more than its size nor less than 0.
   */
  take(key: string, need: number, amount: number, limits: BucketLimits): Promise<BucketLevel>;
  /** Takes each settlement's `amount` from its bucket, unconditionally, in one round trip for all of them. */
  settle(settlements: readonly Settlement[]): Promise<void>;
}

/** Points to take from one bucket (a negative amount gives them back) without a check. */
export interface Settlement {
  key: string;
  amount: number;
  limits: BucketLimits;
}

/** Seconds until a bucket at `level` holds `need` again. */
export function secondsUntil(need: number, level: number, limits: BucketLimits): number {
  return Math.max(1, Math.ceil((need - level) / limits.restorePerSecond));
}

const [NEED, AMOUNT, SIZE, RATE] = ["$2::float8", "$3::float8", "$4::float8", "$5::float8"];
// now() is the statement's (transaction's) time, by the database's clock.
const RESTORED = `least(${SIZE}, b.level + greatest(0, extract(epoch FROM now()) - b.updated_at) * ${RATE})`;
/** What a debit from a bucket at `level` leaves in it. */
const after = (level: string) => `greatest(0, least(${SIZE}, ${level} - ${AMOUNT}))`;
// `taken` is stored only to be returned: RETURNING sees the new row, not the level it replaced.
const TAKE_SQL = `
  INSERT INTO cost_bucket AS b (key, level, granted, taken, updated_at)
  VALUES ($1, CASE WHEN ${SIZE} >= ${NEED} THEN ${after(SIZE)} ELSE ${SIZE} END, ${SIZE} >= ${NEED},
    CASE WHEN ${SIZE} >= ${NEED} THEN ${SIZE} - ${after(SIZE)} ELSE 0 END, extract(epoch FROM now()))
  ON CONFLICT (key) DO UPDATE SET
    granted = ${RESTORED} >= ${NEED},
    level = CASE WHEN ${RESTORED} >= ${NEED} THEN ${after(RESTORED)} ELSE ${RESTORED} END,
    taken = CASE WHEN ${RESTORED} >= ${NEED} THEN ${RESTORED} - ${after(RESTORED)} ELSE 0 END,
    updated_at = extract(epoch FROM now())
  RETURNING level, granted, taken`;

// Rows are locked in key order (ORDER BY under FOR UPDATE), so that two instances settling the
// same buckets never deadlock. A bucket with no row is full (purgeFullBuckets), so it is left
// alone: a settlement that would charge it is lost, which can only happen to a bucket untouched
// since long before its operation ran.
const SETTLE_SQL = `
  WITH s AS MATERIALIZED (
    SELECT b.key, u.amount, u.size, u.rate
    FROM cost_bucket b JOIN unnest($1::text[], $2::float8[], $3::float8[], $4::float8[]) AS u(key, amount, size, rate) ON u.key = b.key
    ORDER BY b.key FOR UPDATE OF b)
  UPDATE cost_bucket AS b SET
    level = greatest(0, least(s.size, least(s.size, b.level + greatest(0, extract(epoch FROM now()) - b.updated_at) * s.rate) - s.amount)),
    updated_at = extract(epoch FROM now())
  FROM s WHERE b.key = s.key`;

/** Buckets in the `cost_bucket` table. */
export function postgresBuckets(sql: Sql): BucketStore {
  return {
    async take(key, need, amount, limits) {
      const [row] = await sql.query<{ level: number; granted: boolean; taken: number }>(TAKE_SQL, [key, need, amount, limits.size, limits.restorePerSecond]);
      return { granted: row!.granted, level: Number(row!.level), taken: Number(row!.taken) };
    },
    async settle(settlements) {
      const column = <T>(of: (s: Settlement) => T) => settlements.map(of);
      await sql.query(SETTLE_SQL, [column((s) => s.key), column((s) => s.amount), column((s) => s.limits.size), column((s) => s.limits.restorePerSecond)]);
    },
  };
}

/** Deletes buckets untouched for `fullAfterSeconds`: they are full again, which is what a missing bucket means. */
export async function purgeFullBuckets(sql: Sql, fullAfterSeconds: number): Promise<number> {
  return sql.execute`DELETE FROM cost_bucket WHERE updated_at < extract(epoch FROM now()) - ${fullAfterSeconds}::float8`;
}
