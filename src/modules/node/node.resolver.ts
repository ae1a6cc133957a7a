import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import { parseGlobalId } from "../../shared/global-id.js";
import { Node } from "./node.types.js";
import type { NodeFetcher } from "./node.fetchers.js";
import { ListCostOfArgument } from "../../shared/cost.js";

const MAX_IDS = 100;

/** The `node`/`nodes` queries over `fetchers` (see node.fetchers.ts). */
export function createNodeResolver(fetchers: ReadonlyMap<string, NodeFetcher>) {
  /** A malformed id or an unknown type is the caller's mistake; a missing object is null. */
  function fetchNode(ctx: Context, globalId: string): Promise<object | null> {
    const parsed = parseGlobalId(globalId);
    const fetch = parsed && fetchers.get(parsed.type);
    if (!parsed || !fetch) throw codedError("BAD_USER_INPUT", `${JSON.stringify(globalId.slice(0, 64))} is not a valid id`, { argument: "id" });
    return fetch(ctx, parsed.id);
  }

  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: "The object with this global id, or null if it does not exist or is not visible to you." })
    node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
      return fetchNode(ctx, id);
    }

    @ListCostOfArgument("ids")
    @Query(() => [Node], { nullable: "items", description: `Up to ${MAX_IDS} objects by global id, in order; null where not found or not visible.` })
    nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
      if (ids.length > MAX_IDS) throw codedError("BAD_USER_INPUT", `at most ${MAX_IDS} ids`, { argument: "ids" });
      return Promise.all(ids.map((id) => fetchNode(ctx, id)));
    }
  }
  return NodeResolver;
}
