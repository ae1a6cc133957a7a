/**
 * Statements sent as named prepared statements: PostgreSQL parses and analyses a statement's text
 * once per connection, and after a few executions plans it once too (plan_cache_mode `auto`), instead
 * of on every execution. On the catalog pages that is most of what PostgreSQL spends beside the read
 * itself (the product list's statement: 0.9 ms of planning for 0.75 ms of execution).
 *
 * Each connection keeps at most `perConnection` statements, least recently used dropped first with
 * DEALLOCATE, so a stream of statements of ever new shapes (a client varying its documents) costs
 * at worst one extra round trip per statement, never unbounded memory in either process. The name is
 * a hash of the text, so the same text is the same statement on every connection.
 *
 * Written by hand: node-postgres prepares a named statement once per connection but never drops one,
 * and keeps its record of them in `connection.parsedStatements`, which DEALLOCATE must clear too.
 * A connection whose statement fails is closed (as `pool.query` does), its statements with it.
 *
 * Plans: PostgreSQL's default (`plan_cache_mode = auto`) keeps planning a prepared statement for its
 * values when that plan looks cheaper than the one plan for any values, which for a read of a few
 * ids by `= ANY($1::uuid[])` it always does, so the planning is never saved. Reads whose best plan
 * does not depend on their values (by ids, keyset pages of a fixed order) are sent as `stable`:
 * the connection runs them with `force_generic_plan`, planned once. Every other statement runs
 * under `auto`, so a search is still planned for its words. A connection switches (one `SET`) only
 * when the next statement needs the other mode; a transaction sets `auto` for itself (sql.ts).
 */
import { createHash } from "node:crypto";
import type pg from "pg";

/** Statements each connection keeps prepared unless told otherwise (`DATABASE_PREPARED_STATEMENTS`). */
export const DEFAULT_PREPARED_PER_CONNECTION = 100;

export type Send = (statement: pg.QueryConfig) => Promise<pg.QueryResult>;

/** The prepared statements of one connection, least recently used first, node-postgres's record of them, and its plan mode. */
interface Prepared {
  names: Set<string>;
  parsed: Record<string, string> | undefined;
  generic: boolean;
}

const preparedOn = new WeakMap<pg.PoolClient, Prepared>();

function statementName(text: string): string {
  return `l${createHash("sha1").update(text).digest("base64url").slice(0, 22)}`;
}

/** The name to send `text` under on `client`, after making room for it and setting the plan mode. */
async function nameOn(client: pg.PoolClient, text: string, perConnection: number, stable: boolean): Promise<string | undefined> {
  let prepared = preparedOn.get(client);
  if (!prepared) {
    const parsed = (client as unknown as { connection?: { parsedStatements?: Record<string, string> } }).connection?.parsedStatements;
    preparedOn.set(client, (prepared = { names: new Set(), parsed, generic: false }));
  }
  // Without node-postgres's record a statement could not be dropped: nothing is prepared.
  if (!prepared.parsed) return undefined;
  if (prepared.generic !== stable) {
    await client.query(stable ? "SET plan_cache_mode = force_generic_plan" : "SET plan_cache_mode = auto");
    prepared.generic = stable;
  }
  const name = statementName(text);
  if (prepared.names.delete(name)) {
    prepared.names.add(name);
    return name;
  }
  if (prepared.names.size >= perConnection) {
    const oldest = prepared.names.values().next().value!;
    prepared.names.delete(oldest);
    await client.query(`DEALLOCATE "${oldest}"`);
    delete prepared.parsed[oldest];
  }
  prepared.names.add(name);
  return name;
}

/**
 * Sends statements on `pool`, prepared (at most `perConnection` per connection; 0 sends them
 * unprepared): `send` under `auto` plans, `sendStable` for reads whose plan does not depend on their values.
 */
export function preparedStatements(pool: pg.Pool, perConnection: number): { send: Send; sendStable: Send } {
  if (perConnection === 0) {
    const send: Send = (statement) => pool.query(statement);
    return { send, sendStable: send };
  }
  const sender = (stable: boolean): Send => async (statement) => {
    const client = await pool.connect();
    // As in pool.query: an error of the connection while the statement runs rejects it and closes the connection.
    let failed: Error | undefined;
    const onError = (error: Error) => (failed = error);
    client.once("error", onError);
    try {
      const name = await nameOn(client, statement.text, perConnection, stable);
      return await client.query(name ? { ...statement, name } : statement);
    } catch (error) {
      failed ??= error as Error;
      throw error;
    } finally {
      client.removeListener("error", onError);
      client.release(failed);
    }
  };
  return { send: sender(false), sendStable: sender(true) };
}
