import { allow, rule } from "graphql-shield";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";

/**
 * The `greet` mutation writes a row for anyone who asks: a demo of the write path, kept out of
 * production by this rule rather than by a different schema, so every environment has one API.
 */
const outsideProduction = rule({ cache: "contextual" })(
  (_p, _a, ctx: Context) => !ctx.services.config.production || codedError("FORBIDDEN", "This demo mutation writes to the database and is disabled in production"),
);

/** Everyone may be greeted; greeting (a write) only outside production. */
export const helloRules = {
  Query: { hello: allow, greeting: allow },
  Mutation: { greet: outsideProduction },
  Greeted: allow,
  Greeting: allow,
};
