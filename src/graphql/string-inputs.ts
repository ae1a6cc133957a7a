/**
 * The one check every string input passes before execution, whatever field it is for: no U+0000
 * (PostgreSQL text cannot store it) and no unpaired surrogate (not Unicode text; JSON columns
 * refuse it). Which other characters a field accepts is that field's business (shared/text.ts).
 * Both the operation's literals and its variables are checked; a problem is BAD_USER_INPUT naming
 * where it is (`input.email` in a literal, `$input.email` in the variables).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from "graphql";
import type { Context } from "../context.js";
import { codedError } from "../shared/errors.js";

// With the `u` flag a surrogate pair is one code point, so this matches unpaired surrogates only.
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;

function stringProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain the character U+0000";
  if (UNPAIRED_SURROGATE.test(value)) return "must not contain unpaired surrogates";
  return undefined;
}

function refusal(where: string, problem: string): GraphQLError {
  return codedError("BAD_USER_INPUT", `"${where}" ${problem}`, { argument: where });
}

function literalProblem(value: ValueNode, where: string): GraphQLError | undefined {
  if (value.kind === Kind.STRING) {
    const problem = stringProblem(value.value);
    return problem === undefined ? undefined : refusal(where, problem);
  }
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = literalProblem(item, `${where}.${i}`);
      if (found) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = literalProblem(field.value, `${where}.${field.name.value}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first string literal among the document's arguments that no field may take. */
export function stringLiteralProblem(document: DocumentNode): GraphQLError | undefined {
  let found: GraphQLError | undefined;
  visit(document, {
    Argument(node) {
      found = literalProblem(node.value, node.name.value);
      // The value was walked above; the first problem ends the walk.
      return found ? BREAK : false;
    },
  });
  return found;
}

/** The first string in a request's variables that no field may take; iterative, so any nesting is safe. */
export function stringVariableProblem(variables: unknown): GraphQLError | undefined {
  if (typeof variables !== "object" || variables === null) return undefined;
  const pending: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, `$${name}`]);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, where] = next;
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem !== undefined) return refusal(where, problem);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push([item, `${where}.${key}`]);
    }
  }
  return undefined;
}

/** Refuses an operation with such a string (HTTP 400) after it is resolved and before it runs. */
export function stringInputCheck(): ApolloServerPlugin<Context> {
  // Apollo reuses the parsed document of a known query, so its literals are checked once.
  const literals = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let literal = literals.get(document);
          if (literal === undefined) literals.set(document, (literal = stringLiteralProblem(document) ?? null));
          const problem = literal ?? stringVariableProblem(request.variables);
          if (problem) throw new GraphQLError(problem.message, { extensions: { ...problem.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
