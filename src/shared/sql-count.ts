/** Per-request SQL statement counting, carried through async calls by AsyncLocalStorage. */
import { AsyncLocalStorage } from "node:async_hooks";

/** A request's running statement count. */
export interface SqlTally {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlTally>();

/** Runs `fn` so that statements issued by anything it starts are added to `tally`. */
export function countSqlInto<T>(tally: SqlTally, fn: () => T): T {
  return storage.run(tally, fn);
}

/** Records one statement against the current request, if any. */
export function countSqlStatement(): void {
  const tally = storage.getStore();
  if (tally) tally.statements += 1;
}
