/** Building parameterised SQL: values always travel as parameters, never inside the text. */
import type { CursorKey, CursorValue, PageWindow } from "./pagination.js";

/** An ILIKE pattern matching `text` anywhere: `%`, `_` and `\` in it match themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Collects parameter values and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder of `value`, with an optional cast such as `uuid[]`. */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** One column (or expression) of a keyset ordering, and the SQL type its cursor value is cast to. */
export interface SortKey {
  sql: string;
  cast: CursorKey;
}

/**
 * The WHERE condition, ORDER BY and LIMIT of a keyset page. All keys share one direction (the
 * last key is a unique id), so a row comparison `(a, b) > (x, y)` expresses "after the cursor".
 */
export function keysetClauses(params: SqlParams, window: PageWindow, keys: readonly SortKey[], descending: boolean): { where: string | null; orderBy: string; limit: string } {
  // Reading backwards (last/before) walks the same order in reverse.
  const readDescending = descending === window.forward;
  const direction = readDescending ? "DESC" : "ASC";
  const tuple = (items: string[]) => (items.length === 1 ? items[0]! : `(${items.join(", ")})`);
  const where =
    window.after === null
      ? null
      : `${tuple(keys.map((k) => k.sql))} ${readDescending ? "<" : ">"} ${tuple(keys.map((k, i) => params.add(window.after![i] as CursorValue, k.cast)))}`;
  return {
    where,
    orderBy: keys.map((k) => `${k.sql} ${direction}`).join(", "),
    limit: params.add(window.size + 1, "int"),
  };
}

/** `column = $n` for each entry of `changes` whose value is not undefined (undefined leaves a column as it is). */
export function assignments(params: SqlParams, changes: Record<string, unknown>): string[] {
  return Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => `${column} = ${params.add(value)}`);
}
