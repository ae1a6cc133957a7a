import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Greeted, Greeting, GreetResult } from "./hello.types.js";
import { GreetInput, validateGreetInput } from "./hello.inputs.js";
import { greet } from "./hello.service.js";
import { InvalidInput } from "../../shared/user-errors.js";

@Resolver()
export class HelloResolver {
  @Query(() => String, { description: "The classic first query." })
  hello(): string {
    return "Hello, World!";
  }

  @Query(() => Greeting, { nullable: true, description: "A greeted name, or null if it was never greeted." })
  greeting(@Arg("name", () => String) name: string, @Ctx() ctx: Context): Promise<Greeting | null> {
    return ctx.loaders.greetingByName.load(name);
  }

  @Mutation(() => GreetResult, { description: "Greets a name and counts how often it was greeted." })
  async greet(@Arg("input", () => GreetInput) input: GreetInput, @Ctx() ctx: Context): Promise<typeof GreetResult> {
    const valid = validateGreetInput(input);
    if (valid instanceof InvalidInput) return valid;
    const greeting = await greet(ctx, valid.name);
    return Object.assign(new Greeted(), { message: `Hello, ${valid.name}!`, greeting });
  }
}
