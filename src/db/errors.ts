/** Recognising expected database failures, so services can answer them as typed user errors. */
import pg from "pg";

/**
 * The unique index a write violated, if that is why it failed. Uniqueness is left to the
 * database (a check before the write would race with a concurrent writer).
 */
export function violatedUniqueIndex(error: unknown): string | null {
  return error instanceof pg.DatabaseError && error.code === "23505" ? (error.constraint ?? null) : null;
}
