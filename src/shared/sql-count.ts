/**
 * Per-request SQL statement counting, carried through async calls by AsyncLocalStorage.
 *
 * On Node 20, an enabled AsyncLocalStorage hooks every promise in the process, which costs
 * measurable CPU on promise-heavy paths such as Apollo's request pipeline. So a request enters its
 * tally only when it first touches the database, and the storage is disabled again whenever no
 * request is doing database work: requests that never reach the database pay nothing.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** A request's running statement count. */
export interface SqlTally {
  statements: number;
  /** Whether this request entered the storage and holds a reference on it. */
  tracking?: boolean;
}

const storage = new AsyncLocalStorage<SqlTally>();
let tracking = 0;

/** Counts, from now on, the statements caused by the current async execution against `tally`. */
export function trackSql(tally: SqlTally): void {
  if (!tally.tracking) {
    tally.tracking = true;
    tracking += 1;
  }
  if (storage.getStore() !== tally) storage.enterWith(tally);
}

/** Ends a request's counting; the last one to end switches the storage off. */
export function untrackSql(tally: SqlTally): void {
  if (!tally.tracking) return;
  tally.tracking = false;
  tracking -= 1;
  if (tracking === 0) storage.disable();
}

/** Records one statement against the current request, if any. */
export function countSqlStatement(): void {
  const tally = storage.getStore();
  if (tally) tally.statements += 1;
}
