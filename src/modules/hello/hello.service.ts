import type { Context } from "../../context.js";
import { line } from "../../shared/input-check.js";
import { MAX_NAME_LENGTH, type GreetInput } from "./hello.inputs.js";
import { GREETING_COLUMNS, Greeted, toGreeting, type GreetingRow } from "./hello.types.js";

/** Records one more greeting of the (trimmed) name and answers with its running total. */
export async function greet(ctx: Context, input: GreetInput): Promise<Greeted> {
  const name = line(input.name, ["input", "name"], MAX_NAME_LENGTH);
  const [row] = await ctx.sql.query<GreetingRow>(
    `INSERT INTO greeting AS g (name, updated_at) VALUES ($1, now())
     ON CONFLICT (name) DO UPDATE SET count = g.count + 1, updated_at = now() RETURNING ${GREETING_COLUMNS}`,
    [name],
  );
  return Object.assign(new Greeted(), { message: `Hello, ${name}!`, greeting: toGreeting(row!) });
}
