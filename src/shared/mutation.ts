/** Running a mutation: expected failures thrown as a Rejection, and unique-index conflicts, become its typed result. */
import { violatedUniqueIndex } from "../db/errors.js";
import type { UserError } from "./errors.js";

/** Thrown inside a service to abort its work (and roll back its transaction) and answer with a typed user error. */
export class Rejection extends Error {
  constructor(readonly error: UserError) {
    super("rejected");
  }
}

/**
 * Runs `work`; a Rejection thrown inside it (which also rolls back its transaction) or a
 * violation of one of the `conflicts` unique indexes is answered with the matching user error.
 */
export async function runMutation<T, E extends UserError = UserError>(work: () => Promise<T>, conflicts: Record<string, () => E> = {}): Promise<T | E> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Rejection) return error.error as E;
    const index = violatedUniqueIndex(error);
    const conflict = index === null ? undefined : conflicts[index];
    if (conflict) return conflict();
    throw error;
  }
}
