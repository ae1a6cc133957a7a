import { Field, InputType } from "type-graphql";
import { checkSingleLine } from "../../shared/text.js";
import { InvalidInput } from "../../shared/user-errors.js";

export const MAX_NAME_LENGTH = 100;

@InputType({ description: "Who to greet." })
export class GreetInput {
  // Nullable in the schema on purpose: a missing name is answered with a typed InvalidInput.
  @Field(() => String, { nullable: true, description: `1 to ${MAX_NAME_LENGTH} characters, not blank.` })
  name?: string | null;
}

/** The trimmed name, or the user error naming the field at fault. */
export function validateGreetInput(input: GreetInput): { name: string } | InvalidInput {
  const name = checkSingleLine(input.name, "name", MAX_NAME_LENGTH);
  return "problem" in name ? InvalidInput.at(["input", "name"], name.problem) : { name: name.value };
}
