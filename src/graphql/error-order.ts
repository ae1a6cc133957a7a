/**
 * One order for the errors of an answer. graphql-js lists them as they happen, which depends on
 * which resolver finishes first, and graphql-jit in an order of its own; sorted by where they
 * arise in the document, then in the answer, one request gets the same bytes from either
 * (test/compiled-differential.test.ts).
 */
import type { GraphQLFormattedError } from "graphql";

function compare(a: GraphQLFormattedError, b: GraphQLFormattedError): number {
  const [at, bt] = [a.locations?.[0], b.locations?.[0]];
  // Errors about the request as a whole (variables) have no place: they come first.
  if (!at || !bt) return (at ? 1 : 0) - (bt ? 1 : 0);
  if (at.line !== bt.line) return at.line - bt.line;
  if (at.column !== bt.column) return at.column - bt.column;
  const [ap, bp] = [a.path ?? [], b.path ?? []];
  for (let i = 0; i < Math.min(ap.length, bp.length); i++) {
    const [x, y] = [ap[i]!, bp[i]!];
    if (x === y) continue;
    return typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return ap.length - bp.length;
}

/** `errors` by their place in the document, then by their path in the answer (list items in order). */
export function inDocumentOrder(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  return [...errors].sort(compare);
}
