/**
 * How `node(id:)` finds objects: each domain's `<domain>.nodes.ts` maps its GraphQL types to
 * fetchers that apply the same visibility as that type's own fields (returning null for what the
 * viewer may not see, exactly as for a missing id). schema.ts merges the maps into one.
 */
import type { Context } from "../../context.js";

export type NodeFetcher = (ctx: Context, id: string) => Promise<object | null>;

/** The fetchers of one domain, by GraphQL type name. */
export type NodeFetchers = Readonly<Record<string, NodeFetcher>>;

/** One map of every domain's fetchers; a type claimed by two domains is a startup error. */
export function mergeNodeFetchers(...domains: NodeFetchers[]): ReadonlyMap<string, NodeFetcher> {
  const merged = new Map<string, NodeFetcher>();
  for (const fetchers of domains) {
    for (const [type, fetch] of Object.entries(fetchers)) {
      if (merged.has(type)) throw new Error(`node type ${type} is registered twice`);
      merged.set(type, fetch);
    }
  }
  return merged;
}
