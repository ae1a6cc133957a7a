import { allow } from "graphql-shield";

/** Everyone may greet and be greeted. */
export const helloRules = {
  Query: { hello: allow, greeting: allow },
  Mutation: { greet: allow },
  Greeted: allow,
  Greeting: allow,
};
