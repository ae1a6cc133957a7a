/**
 * Which requests the response cache may answer.
 *
 * Eligible: a POST of a JSON query from an anonymous caller (no session token) whose root fields
 * are all public catalog reads. Their answers depend on catalog tables only, and visibility is the
 * same for every anonymous caller. Everything else, including any request with a token, runs.
 */
import type { IncomingHttpHeaders } from "node:http";
import { Kind, type OperationDefinitionNode } from "graphql";

/** The channel that triggers on the catalog tables notify (migration `catalog_change_notify`). */
export const CATALOG_CHANGED_CHANNEL = "larder_catalog_changed";

/** Root query fields that read the public catalog and nothing else. */
const CATALOG_QUERY_FIELDS = new Set(["products", "product", "collections", "collection", "search", "__typename"]);

/** Names of the operation's root fields, or undefined when its root selection uses fragments. */
function rootFields(operation: OperationDefinitionNode): string[] | undefined {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return undefined;
    names.push(selection.name.value);
  }
  return names;
}

/** Whether the answer to `operation` (run anonymously, without errors) may be stored. */
export function isCatalogRead(operation: OperationDefinitionNode): boolean {
  return operation.operation === "query" && (rootFields(operation)?.every((name) => CATALOG_QUERY_FIELDS.has(name)) ?? false);
}

/**
 * The cache key of a request, or undefined when it must not be answered from the cache: only
 * anonymous JSON POSTs (the response format follows `Accept`, so it is part of the key).
 */
export function responseCacheKey(headers: IncomingHttpHeaders, body: unknown, anonymous: boolean): string | undefined {
  if (!anonymous || headers["x-debug-sql"] !== undefined || typeof body !== "object" || body === null) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== "string" || extensions !== undefined) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return undefined;
  if (variables !== undefined && variables !== null && typeof variables !== "object") return undefined;
  return JSON.stringify([headers.accept ?? "", query, operationName ?? null, variables ?? null]);
}
