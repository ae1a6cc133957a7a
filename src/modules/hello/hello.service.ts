import type { Context } from "../../context.js";
import { line } from "../../shared/input-check.js";
import { MAX_NAME_LENGTH, type HelloInput } from "./hello.inputs.js";
import { GREETING_COLUMNS, HelloSuccess, toGreeting, type GreetingRow } from "./hello.types.js";

/** Records one more greeting of the (trimmed) name and answers with its running total. */
export async function greet(ctx: Context, input: HelloInput): Promise<HelloSuccess> {
  const name = line(input.name, ["input", "name"], MAX_NAME_LENGTH);
  const [row] = await ctx.sql.query<GreetingRow>(
    `INSERT INTO greeting AS g (name, updated_at) VALUES ($1, now())
     ON CONFLICT (name) DO UPDATE SET count = g.count + 1, updated_at = now() RETURNING ${GREETING_COLUMNS}`,
    [name],
  );
  return Object.assign(new HelloSuccess(), { message: `Hello, ${name}!`, greeting: toGreeting(row!) });
}
