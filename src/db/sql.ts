/**
 * Plain SQL on the pool: how the server reads and writes. Values always travel as parameters.
 * Statements skip Prisma's query layer (about twice the CPU of a small statement itself, and
 * several times that in an interactive transaction: 5 statements took 1.45 ms of CPU in
 * `$transaction` against 0.36 ms this way). Every statement, transactions' included, is counted
 * straight into the tally its `Db` was made with (a request's `meta.sql`). Reads combined by
 * `batched` name the shape of their rows, which then travel as compact JSON (json-rows.ts).
 */
import type pg from "pg";
import type { RowShape } from "./json-rows.js";
import { DEFAULT_PREPARED_PER_CONNECTION, preparedStatements, type Send } from "./prepared-statements.js";
import { RESULT_TYPES } from "./result-parsers.js";
import { StatementBatch } from "./statement-batch.js";

/**
 * Parameterised statements, written as a tagged template (`sql.query<Row>\`SELECT … WHERE id =
 * ${id}::uuid\``) or as text with `$n` placeholders and its values. Functions that only read take
 * this, so they read the same way inside a transaction or outside one.
 */
export interface Sql {
  /** The rows of a statement. */
  query<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  query<T>(text: string, values?: readonly unknown[]): Promise<T[]>;
  /** How many rows a statement changed. */
  execute(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
  execute(text: string, values?: readonly unknown[]): Promise<number>;
}

/** Statements inside one open transaction: what must change together, or hold its row locks. */
export interface Tx extends Sql {
  readonly inTransaction: true;
}

/** The database: each statement on its own, or several in one transaction. */
export interface Db extends Sql {
  /**
   * Runs `work` in a READ COMMITTED transaction: committed when it returns, rolled back when it
   * throws. No statement may wait longer than `timeoutMs` (a lock, say), nor the transaction sit
   * idle that long (a payment provider that does not answer): the database ends it rather than
   * let it hold its locks.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** The same database, counting every statement into `tally` instead (a request's). */
  countingInto(tally: SqlTally): Db;
  /**
   * The rows of a read whose best plan does not depend on its values (by ids, a keyset page in a
   * fixed order): PostgreSQL plans it once per connection (prepared-statements.ts).
   */
  queryStable<T>(text: string, values: readonly unknown[]): Promise<T[]>;
  /**
   * The rows of a read (text with `$n` placeholders), sent with the other reads batched in the
   * same turn of the event loop as one statement (see statement-batch.ts): how loaders read, so
   * planned once as `queryStable` is.
   * `shape` names its output columns and how each travels (json-rows.ts); the rows are the same
   * either way.
   */
  batched<T>(text: string, values: readonly unknown[], shape: RowShape<T>): Promise<T[]>;
}

/** A running count of SQL statements, e.g. a request's. */
export interface SqlTally {
  statements: number;
}

/** Timestamps are stored as UTC without a zone: a Date goes in as its UTC ISO text. */
function param(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function statement(first: TemplateStringsArray | string, rest: unknown[]): pg.QueryConfig {
  if (typeof first === "string") return { text: first, values: ((rest[0] as readonly unknown[] | undefined) ?? []).map(param), types: RESULT_TYPES };
  const text = first.reduce((sql, part, i) => (i === 0 ? part : `${sql}$${i}${part}`), "");
  return { text, values: rest.map(param), types: RESULT_TYPES };
}

/** Statements sent through `send`, each counted into `tally`. */
class Statements implements Sql {
  constructor(
    protected readonly tally: SqlTally,
    private readonly send: Send,
  ) {}

  query<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  query<T>(text: string, values?: readonly unknown[]): Promise<T[]>;
  async query<T>(first: TemplateStringsArray | string, ...rest: unknown[]): Promise<T[]> {
    return (await this.run(statement(first, rest))).rows as T[];
  }

  execute(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
  execute(text: string, values?: readonly unknown[]): Promise<number>;
  async execute(first: TemplateStringsArray | string, ...rest: unknown[]): Promise<number> {
    return (await this.run(statement(first, rest))).rowCount ?? 0;
  }

  protected run(statement: pg.QueryConfig, send = this.send): Promise<pg.QueryResult> {
    this.tally.statements += 1;
    return send(statement);
  }
}

class Transaction extends Statements implements Tx {
  readonly inTransaction = true as const;
}

class PooledSql extends Statements implements Db {
  private batch?: StatementBatch;

  constructor(
    tally: SqlTally,
    private readonly pool: pg.Pool,
    private readonly senders: { send: Send; sendStable: Send },
  ) {
    super(tally, senders.send);
  }

  countingInto(tally: SqlTally): Db {
    return new PooledSql(tally, this.pool, this.senders);
  }

  async queryStable<T>(text: string, values: readonly unknown[]): Promise<T[]> {
    return (await this.run(statement(text, [values]), this.senders.sendStable)).rows as T[];
  }

  batched<T>(text: string, values: readonly unknown[], shape: RowShape<T>): Promise<T[]> {
    this.batch ??= new StatementBatch((text, values) => this.queryStable(text, values));
    return this.batch.read<T>(text, values, shape);
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const timeout = Math.round(options.timeoutMs ?? 15_000);
    const client = await this.pool.connect();
    const tx = new Transaction(this.tally, (statement) => client.query(statement));
    // Only a connection known to be outside any transaction goes back to the pool; any other is closed.
    let clean = false;
    try {
      // plan_cache_mode: the connection may have run stable reads last (prepared-statements.ts).
      await tx.execute(`BEGIN; SET LOCAL statement_timeout = ${timeout}; SET LOCAL idle_in_transaction_session_timeout = ${timeout}; SET LOCAL plan_cache_mode = auto`);
      let result: T;
      try {
        result = await work(tx);
      } catch (error) {
        await tx.execute("ROLLBACK").then(() => (clean = true), () => undefined);
        throw error;
      }
      await tx.execute("COMMIT");
      clean = true;
      return result;
    } finally {
      client.release(!clean);
    }
  }
}

/**
 * The database behind `pool`, counting every statement into `tally` (by default one nobody reads).
 * Statements outside transactions are prepared, at most `preparedPerConnection` per connection
 * (prepared-statements.ts; 0: none).
 */
export function sqlOn(pool: pg.Pool, options: { tally?: SqlTally; preparedPerConnection?: number } = {}): Db {
  return new PooledSql(options.tally ?? { statements: 0 }, pool, preparedStatements(pool, options.preparedPerConnection ?? DEFAULT_PREPARED_PER_CONNECTION));
}
