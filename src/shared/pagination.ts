/**
 * Relay cursor connections with keyset pagination: a page is "the rows after (or before) this
 * sort key", never an OFFSET, so deep pages cost what the first one does and rows inserted while
 * a client pages neither repeat nor vanish.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { codedError } from "./errors.js";

/** Page size when neither `first` nor `last` is given, and the largest allowed. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (or after \`after\`); default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge to start after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (or before \`before\`); at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge to end before." })
  before?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list." })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** A sort key value stored in a cursor. */
export type CursorValue = string | number;

/** What a sort key of a cursor holds, named for the SQL type it is compared as (its `SortKey.cast`). */
export type CursorKey = "int" | "bigint" | "float8" | "text" | "timestamp" | "uuid";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A cursor is client input: each key is checked here, so a forged one is refused before it reaches a SQL cast.
const VALID_KEY: Record<CursorKey, (value: unknown) => boolean> = {
  int: (value) => Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31,
  bigint: (value) => Number.isSafeInteger(value),
  float8: (value) => typeof value === "number" && Number.isFinite(value),
  // PostgreSQL text cannot hold U+0000.
  text: (value) => typeof value === "string" && !value.includes("\u0000"),
  // Cursors hold `toISOString()` of a stored timestamp: anything else was not made here.
  timestamp: (value) => typeof value === "string" && /^\d{4}-/.test(value) && isIsoString(value),
  uuid: (value) => typeof value === "string" && UUID.test(value),
};

function isIsoString(value: string): boolean {
  const date = new Date(value);
  return Number.isFinite(date.getTime()) && date.toISOString() === value;
}

/** What a page query needs: direction, row limit (one more than the page, to see if more exist) and the keyset position. */
export interface PageWindow {
  /** True for first/after; false for last/before, which reads the order backwards and reverses. */
  forward: boolean;
  size: number;
  /** Sort key of the cursor row, or null from the start (or end). */
  after: CursorValue[] | null;
}

const badInput = (argument: string, message: string) => codedError("BAD_USER_INPUT", message, { argument });

/** Opaque cursor: base64url of `[ordering, ...key]`, so a cursor only works with the ordering that made it. */
export function encodeCursor(ordering: string, key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([ordering, ...key]), "utf8").toString("base64url");
}

function decodeCursor(cursor: string, ordering: string, shape: readonly CursorKey[], argument: string): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = cursor.length <= 1024 && /^[A-Za-z0-9_-]*$/.test(cursor) ? JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) : undefined;
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed[0] === ordering &&
    parsed.length === shape.length + 1 &&
    shape.every((kind, i) => VALID_KEY[kind](parsed[i + 1]));
  if (!valid) throw badInput(argument, `${argument} is not a valid cursor for this list and sort order`);
  return (parsed as CursorValue[]).slice(1);
}

function checkSize(value: number | null | undefined, argument: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) throw badInput(argument, `${argument} must be between 0 and ${MAX_PAGE_SIZE}`);
  return value;
}

/**
 * Reads first/after/last/before for a list sorted by `ordering` whose keys have `shape`.
 * Mixing directions (first with before, last with after) is refused rather than guessed at.
 */
export function pageWindow(args: ConnectionArgs, ordering: string, shape: readonly CursorKey[]): PageWindow {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first !== undefined && last !== undefined) throw badInput("last", "use either first or last, not both");
  if (last !== undefined || (args.before != null && first === undefined)) {
    if (args.after != null) throw badInput("after", "after cannot be combined with last or before");
    const before = args.before == null ? null : decodeCursor(args.before, ordering, shape, "before");
    return { forward: false, size: last ?? DEFAULT_PAGE_SIZE, after: before };
  }
  if (args.before != null) throw badInput("before", "before cannot be combined with first");
  const after = args.after == null ? null : decodeCursor(args.after, ordering, shape, "after");
  return { forward: true, size: first ?? DEFAULT_PAGE_SIZE, after };
}

/** One page of rows read with `window`; cursors are encoded only when a client asks for them. */
export interface Page<T> {
  nodes: T[];
  /** Cursor of the node at `index`. */
  cursor(index: number): string;
  pageInfo: PageInfo;
}

/** Trims the probe row, restores display order for backward reads, and builds page info. */
export function toPage<T>(rows: readonly T[], window: PageWindow, ordering: string, keyOf: (row: T) => CursorValue[]): Page<T> {
  const more = rows.length > window.size;
  const nodes = rows.slice(0, window.size);
  if (!window.forward) nodes.reverse();
  // Sort keys and cursors of every page of a nested list (variants of each product) add up to
  // work and garbage per request that most clients never read.
  const cursor = (index: number) => encodeCursor(ordering, keyOf(nodes[index]!));
  return {
    nodes,
    cursor,
    pageInfo: {
      // The side we came from has rows exactly when a cursor was given (the cursor row itself);
      // the side we read toward is known from the probe row.
      hasNextPage: window.forward ? more : window.after !== null,
      hasPreviousPage: window.forward ? window.after !== null : more,
      get startCursor() {
        return nodes.length > 0 ? cursor(0) : null;
      },
      get endCursor() {
        return nodes.length > 0 ? cursor(nodes.length - 1) : null;
      },
    },
  };
}

/** Defines `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A ${name} and its cursor.` })
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    /** Set by `toConnection`. */
    page: Page<T>;
    /** Counts the whole list: a separate statement, run only when `totalCount` is selected. */
    count: () => Promise<number>;

    @Field(() => [Edge])
    edges(): Edge[] {
      const { nodes, cursor } = this.page;
      return nodes.map((node, i) => ({ cursor: cursor(i), node }));
    }

    // Plain properties: without `simple`, each read would go through a type-graphql resolver wrapper.
    @Field(() => [nodeType], { simple: true, description: "The nodes of `edges`, for clients that need no cursors." })
    nodes: T[];

    @Field(() => PageInfo, { simple: true })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many nodes the whole list holds, across all pages." })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

/** Builds a connection object of class `type` from a page. */
export function toConnection<T, C extends { page: Page<T>; count: () => Promise<number>; nodes: T[]; pageInfo: PageInfo }>(
  type: new () => C,
  page: Page<T>,
  count: () => Promise<number>,
): C {
  const connection = new type();
  connection.page = page;
  connection.nodes = page.nodes;
  connection.pageInfo = page.pageInfo;
  connection.count = count;
  return connection;
}
