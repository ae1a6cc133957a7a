import { Field, Int, ObjectType, createUnionType } from "type-graphql";
import { InvalidInput } from "../../shared/user-errors.js";

/** A name greeted by the `greet` mutation. */
@ObjectType({ description: "A name greeted by the `greet` mutation." })
export class Greeting {
  @Field()
  name: string;

  @Field(() => Int, { description: "How many times this exact name has been greeted." })
  timesGreeted: number;

  @Field()
  firstGreetedAt: Date;
}

/** The columns of `greeting g` that make a Greeting. */
export const GREETING_COLUMNS = "g.name, g.count, g.created_at";

export interface GreetingRow {
  name: string;
  count: number;
  created_at: Date;
}

/** A Greeting from its row. */
export function toGreeting(row: GreetingRow): Greeting {
  return Object.assign(new Greeting(), { name: row.name, timesGreeted: row.count, firstGreetedAt: row.created_at });
}

@ObjectType({ description: "The greeting was made." })
export class Greeted {
  @Field()
  message: string;

  @Field(() => Greeting)
  greeting: Greeting;
}

/** Result of the `greet` mutation. */
export const GreetResult = createUnionType({
  name: "GreetResult",
  types: () => [Greeted, InvalidInput] as const,
});
