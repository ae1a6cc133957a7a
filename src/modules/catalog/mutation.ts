/** Running a catalog mutation: typed rejections and unique-index conflicts become user errors. */
import { Field, ObjectType } from "type-graphql";
import { Rejection } from "./validation.js";
import { violatedUniqueIndex } from "./catalog.errors.js";

/**
 * Runs `work`; a Rejection thrown inside it (which also rolls back its transaction) or a
 * violation of one of the `conflicts` unique indexes is answered with the matching user error.
 */
export async function runMutation<T, E extends object>(work: () => Promise<T>, conflicts: Record<string, () => E> = {}): Promise<T | E> {
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

@ObjectType({ description: "The id of the deleted collection." })
export class CollectionDeleted {
  @Field()
  deletedId: string;
}
