/**
 * How `node(id:)` finds objects: each module registers, per GraphQL type, a loader that applies
 * the same visibility rules as that type's own query field (returning null for what the viewer
 * may not see, exactly as for a missing id).
 */
import type { Context } from "../../context.js";

export type NodeFetcher = (ctx: Context, id: string) => Promise<object | null>;

const fetchers = new Map<string, NodeFetcher>();

/** Makes objects of GraphQL type `type` reachable through `node(id:)`. */
export function registerNodeType(type: string, fetch: NodeFetcher): void {
  if (fetchers.has(type)) throw new Error(`node type ${type} is registered twice`);
  fetchers.set(type, fetch);
}

/** The fetcher of a type, if registered. */
export function nodeFetcher(type: string): NodeFetcher | undefined {
  return fetchers.get(type);
}
