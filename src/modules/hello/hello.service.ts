import type { Context } from "../../context.js";
import type { Greeting } from "./hello.types.js";

/** Records one more greeting of `name` and returns its running total. */
export async function greet(ctx: Context, name: string): Promise<Greeting> {
  const row = await ctx.db.greeting.upsert({
    where: { name },
    create: { name },
    update: { count: { increment: 1 } },
  });
  return { name: row.name, timesGreeted: row.count, firstGreetedAt: row.createdAt };
}
