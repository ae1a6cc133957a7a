import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Greeting, HelloResult } from "./hello.types.js";
import { HelloInput } from "./hello.inputs.js";
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

  @Mutation(() => HelloResult, { name: "hello", description: "Greets a name and counts how often it was greeted." })
  greet(@Arg("input", () => HelloInput) input: HelloInput, @Ctx() ctx: Context): Promise<typeof HelloResult> {
    return runMutation(() => greet(ctx, input));
  }
}
