/**
 * Statements outside transactions go to PostgreSQL as named prepared statements, at most so many
 * per connection (src/db/prepared-statements.ts). Read off the connection itself: the pool has one
 * connection, and pg_prepared_statements is read through an unprepared `pool.query` on it.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOn, type Db } from "../src/db/sql.js";
import { createTestDatabase } from "./helpers/database.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await database.drop();
});

/** Sql on a pool of one connection, and what that connection holds prepared. */
function oneConnection(preparedPerConnection: number): { sql: Db; prepared: () => Promise<string[]>; show: (text: string) => Promise<Record<string, unknown>[]> } {
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  pool.on("error", () => undefined);
  pools.push(pool);
  const prepared = async () => (await pool.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements ORDER BY prepare_time")).rows.map((r) => r.statement);
  const show = async (text: string) => (await pool.query<Record<string, unknown>>(text)).rows;
  return { sql: sqlOn(pool, { preparedPerConnection }), prepared, show };
}

const statements = [1, 2, 3, 4].map((n) => `SELECT $1::int + ${n} AS n`);

describe("prepared statements", () => {
  it("prepares a statement once per connection and reuses it", async () => {
    const { sql, prepared } = oneConnection(10);
    for (let i = 0; i < 3; i++) expect(await sql.query<{ n: number }>(statements[0]!, [i])).toEqual([{ n: i + 1 }]);
    expect(await prepared()).toEqual([statements[0]]);
  });

  it("keeps at most the configured number, dropping the least recently used, and runs a dropped one again", async () => {
    const { sql, prepared } = oneConnection(2);
    const run = async (i: number) => expect(await sql.query<{ n: number }>(statements[i]!, [10])).toEqual([{ n: 11 + i }]);
    await run(0);
    await run(1);
    await run(0); // 0 is now the most recent: 1 goes first
    await run(2);
    expect(await prepared()).toEqual([statements[0], statements[2]]);
    await run(1); // dropped above: prepared again, in place of 0
    await run(3);
    expect(await prepared()).toEqual([statements[1], statements[3]]);
    for (const i of [0, 1, 2, 3, 0, 2]) await run(i);
    expect((await prepared()).length).toBe(2);
  });

  it("prepares nothing when set to 0", async () => {
    const { sql, prepared } = oneConnection(0);
    await sql.query(statements[0]!, [1]);
    expect(await prepared()).toEqual([]);
  });

  it("a statement that fails leaves the next ones working, prepared or not", async () => {
    const { sql } = oneConnection(2);
    await sql.query(statements[0]!, [1]);
    await expect(sql.query("SELECT nonsense FROM nowhere")).rejects.toThrow(/nowhere/);
    await expect(sql.query(statements[1]!, ["not a number"])).rejects.toThrow(/integer/);
    expect(await sql.query(statements[0]!, [1])).toEqual([{ n: 2 }]);
    expect(await sql.query(statements[1]!, [1])).toEqual([{ n: 3 }]);
  });

  it("transactions send their statements unprepared", async () => {
    const { sql, prepared } = oneConnection(10);
    expect(await sql.transaction((tx) => tx.query<{ n: number }>(statements[3]!, [1]))).toEqual([{ n: 5 }]);
    expect(await prepared()).toEqual([]);
  });

  it("plans a stable read once for any values and plans other statements for theirs, transactions included", async () => {
    const { sql, show } = oneConnection(10);
    const plans = async (text: string) => (await show(`SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement = '${text}'`))[0];
    for (let i = 0; i < 3; i++) expect(await sql.queryStable<{ n: number }>(statements[0]!, [i])).toEqual([{ n: i + 1 }]);
    expect(await plans(statements[0]!)).toEqual({ generic_plans: 3, custom_plans: 0 });
    expect(await show("SHOW plan_cache_mode")).toEqual([{ plan_cache_mode: "force_generic_plan" }]);
    const inTransaction = await sql.transaction((tx) => tx.query<{ plan_cache_mode: string }>("SHOW plan_cache_mode"));
    expect(inTransaction).toEqual([{ plan_cache_mode: "auto" }]);
    for (let i = 0; i < 3; i++) await sql.query(statements[1]!, [i]);
    expect(await plans(statements[1]!)).toEqual({ generic_plans: 0, custom_plans: 3 });
    expect(await show("SHOW plan_cache_mode")).toEqual([{ plan_cache_mode: "auto" }]);
  });
});
