/** One typed operation over HTTP with plain `fetch`, for clients without Apollo Client. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode, type GraphQLFormattedError } from "graphql";

/** A GraphQL answer as JSON. */
export interface Answer<R> {
  data?: R | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * POSTs `document` with `variables` to `url` (the `/graphql` endpoint) and returns the answer,
 * typed by the document. `init` adds headers (`authorization`, `x-cart-token`) or `credentials`.
 */
export async function request<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V, init: RequestInit = {}): Promise<Answer<R>> {
  let query = printed.get(document);
  if (query === undefined) printed.set(document, (query = print(document)));
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  const response = await fetch(url, { ...init, method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer<R>;
}
