/**
 * Which of two Apollo servers over the same schema runs a request: one executes with graphql-js,
 * the other compiles operations (compiled-execution.ts).
 *
 * Compiling pays off for operations that resolve many fields: a catalog page spends less than half
 * the CPU. It does not for small ones, because Apollo's executor hook costs a few tens of µs per
 * request by itself (it builds an object with accessors per request, which V8 gives a hidden class
 * of its own, and those fill the old generation). So an operation moves to the compiled server once
 * it has run `compileAfter` times (GRAPHQL_COMPILE_AFTER) and one of its answers was at least
 * LARGE_ANSWER_BYTES long, the JSON standing in for the number of fields resolved. With
 * `compileAfter` 0 every operation runs compiled from its first request. Operations are told apart
 * by their text and operation name; a client sending endless distinct documents is never compiled.
 */
import { LruMap } from "../shared/lru.js";

const LARGE_ANSWER_BYTES = 4096;
/** Operations remembered (least recently used first out), and the longest document considered. */
const MAX_OPERATIONS = 1000;
const MAX_QUERY_LENGTH = 20_000;

interface Seen {
  runs: number;
  largest: number;
}

export class ExecutionRouter {
  private readonly operations = new LruMap<string, Seen>(MAX_OPERATIONS);

  constructor(private readonly compileAfter: number) {}

  /** The operation's identity in a JSON request body, or undefined when it cannot be told (never compiled). */
  keyOf(body: unknown): string | undefined {
    if (typeof body !== "object" || body === null) return undefined;
    const { query, operationName } = body as Record<string, unknown>;
    if (typeof query !== "string" || query.length > MAX_QUERY_LENGTH) return undefined;
    return `${typeof operationName === "string" ? operationName : ""}\u0000${query}`;
  }

  /** Whether the operation with `key` runs compiled. */
  compiled(key: string): boolean {
    if (this.compileAfter === 0) return true;
    const seen = this.operations.get(key);
    return seen !== undefined && seen.runs >= this.compileAfter && seen.largest >= LARGE_ANSWER_BYTES;
  }

  /** Records an interpreted run of the operation with `key` and the length of its answer. */
  ran(key: string, answerLength: number): void {
    const seen = this.operations.get(key) ?? { runs: 0, largest: 0 };
    seen.runs += 1;
    seen.largest = Math.max(seen.largest, answerLength);
    this.operations.set(key, seen);
  }
}
