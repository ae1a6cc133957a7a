import { Field, InputType } from "type-graphql";

export const MAX_NAME_LENGTH = 100;

@InputType({ description: "Who to greet." })
export class GreetInput {
  // Nullable in the schema on purpose: a missing name is answered with a typed InvalidInput.
  @Field(() => String, { nullable: true, description: `1 to ${MAX_NAME_LENGTH} characters, not blank.` })
  name?: string | null;
}
