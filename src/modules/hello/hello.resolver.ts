import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Greeting, GreetResult } from "./hello.types.js";
import { GreetInput } from "./hello.inputs.js";
import { greet } from "./hello.service.js";
import { runMutation } from "../../shared/mutation.js";

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
  greet(@Arg("input", () => GreetInput) input: GreetInput, @Ctx() ctx: Context): Promise<typeof GreetResult> {
    return runMutation(() => greet(ctx, input));
  }
}
