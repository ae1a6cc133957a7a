/**
 * Rows that travel inside one JSON value (the reads of a combined statement, the variants read
 * along with each product of a list, a search's page with its images and facet collections): each
 * row a JSON array of its columns, in the order a
 * `RowShape` names them, made back here into the row objects a plain read of the columns gives.
 *
 * Why: as `json_agg(r)`, every row repeated every column name and sent its timestamps as ISO text
 * to be parsed one by one. The statement of a list of 20 products with their variants returned
 * 53 KB for a 14 KB answer, and reading it was the largest part of the request's own CPU. As
 * arrays, with timestamps as numbers, the same rows are less than half the bytes, and parsing and
 * decoding them took a quarter of the time (docs/performance.md, "Compact rows").
 *
 * Guarantees: a decoded row holds the same values as the row of a plain read (result-parsers.ts).
 * - `timestamp` columns (all `timestamp(3)`, UTC, finite) travel as whole epoch milliseconds,
 *   computed exactly (`extract` is numeric), and become Dates of that instant; null stays null.
 * - `int8` columns travel as JSON numbers and must be safe integers, else a RangeError, as from
 *   `parseSafeInteger` (a JSON number beyond 2^53 parses to an unsafe one, so the loss is seen).
 * - Everything else (text, uuid, enums, booleans, int4, float8) is its JSON value: text with
 *   quotes, backslashes or any Unicode comes back as it was stored.
 * - Row order is the order the rows were aggregated in; the callers say how that is ordered.
 * - A shape `without` some columns decodes rows that have those columns null.
 */

/** How a column travels: as its JSON value, as an int8 that must stay exact, or as a timestamp. */
export type ColumnKind = "value" | "int8" | "timestamp";

const NAME = /^[a-z_][a-z0-9_]*$/;

/** An int8 from JSON: refused beyond Number.MAX_SAFE_INTEGER, where digits were already lost. */
function int8(value: unknown): unknown {
  if (value === null || Number.isSafeInteger(value)) return value;
  throw new RangeError(`int8 value ${String(value)} is beyond Number.MAX_SAFE_INTEGER`);
}

/**
 * The row builder of `columns`: a function whose body is one object literal of those keys, so every
 * row is one allocation of one hidden class. Generated because a loop storing keys one by one is
 * megamorphic and was, for 200 variant rows, ten times the cost of the literal (about 70 µs against
 * 6 µs). The names are column names checked against NAME, never input.
 */
function rowBuilder(
  columns: Readonly<Record<string, ColumnKind>>,
  given: readonly string[],
  unread: readonly string[],
): (array: readonly unknown[], values: readonly unknown[]) => unknown {
  let sent = 0;
  const fields = Object.entries(columns).map(([name, kind]) => {
    const fixed = given.indexOf(name);
    if (fixed >= 0) return `${name}: g[${fixed}]`;
    if (unread.includes(name)) return `${name}: null`;
    const value = `a[${sent++}]`;
    if (kind === "int8") return `${name}: int8(${value})`;
    if (kind === "timestamp") return `${name}: ${value} === null ? null : new Date(${value})`;
    return `${name}: ${value}`;
  });
  return new Function("int8", `return function row(a, g) { return { ${fields.join(", ")} }; }`)(int8) as (array: readonly unknown[], values: readonly unknown[]) => unknown;
}

/** The columns of a row type `T`, how each travels as JSON, and how its rows are decoded. */
export class RowShape<T> {
  private readonly build: (array: readonly unknown[], values: readonly unknown[]) => unknown;
  private readonly arrays = new Map<string, string>();
  private readonly withoutShapes = new Map<string, RowShape<T>>();

  /**
   * `columns`: every column of `T` (named as the read names its output) and its kind, in the
   * order they travel. `given`: columns left out of the JSON because the receiver knows them
   * (a variant's product inside its product's row); `decode` is handed their values. `unread`:
   * columns left out because nothing asked for them; decoded rows have them null.
   */
  constructor(
    readonly columns: { readonly [K in keyof T]-?: ColumnKind },
    private readonly leftOut: readonly (keyof T & string)[] = [],
    private readonly unread: readonly (keyof T & string)[] = [],
  ) {
    for (const name of Object.keys(columns)) if (!NAME.test(name)) throw new Error(`not a column name: ${name}`);
    this.build = rowBuilder(columns, leftOut, unread);
  }

  /** The same shape with `names` left out of the JSON; `decode` takes their values in this order. */
  given(...names: (keyof T & string)[]): RowShape<T> {
    return new RowShape<T>(this.columns, names, this.unread);
  }

  /**
   * The same shape without the `unread` columns: they do not travel (not even as null: a list page's
   * nulls were nearly half its JSON, and building them a quarter of its statement's time in PostgreSQL),
   * and its decoded rows have them null. One shape per set of columns, made once and kept: a set is
   * a choice among a shape's columns, so they are few.
   */
  without(unread: readonly (keyof T & string)[]): RowShape<T> {
    if (unread.length === 0) return this;
    const key = unread.join(" ");
    let shape = this.withoutShapes.get(key);
    if (!shape) this.withoutShapes.set(key, (shape = new RowShape<T>(this.columns, this.leftOut, [...this.unread, ...unread])));
    return shape;
  }

  /** SQL: the row of the relation `alias` as a JSON array of the columns that travel. */
  jsonArray(alias: string): string {
    let sql = this.arrays.get(alias);
    if (sql === undefined) this.arrays.set(alias, (sql = this.arraySql(alias)));
    return sql;
  }

  private arraySql(alias: string): string {
    const sent = Object.entries(this.columns as Record<string, ColumnKind>).filter(([name]) => !this.leftOut.includes(name as keyof T & string) && !this.unread.includes(name as keyof T & string));
    const column = ([name, kind]: [string, ColumnKind]) => (kind === "timestamp" ? `(extract(epoch FROM ${alias}.${name}) * 1000)::int8` : `${alias}.${name}`);
    return `json_build_array(${sent.map(column).join(", ")})`;
  }

  /** The rows of their JSON arrays (as `jsonArray` made them); `values` of the given columns, shared by all. */
  decode(arrays: readonly (readonly unknown[])[], values: readonly unknown[] = []): T[] {
    const rows = new Array<T>(arrays.length);
    for (let i = 0; i < arrays.length; i++) rows[i] = this.build(arrays[i]!, values) as T;
    return rows;
  }
}
