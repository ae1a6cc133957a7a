/** Which page of variants a product list's selection asks for, so the list can read it along (see listProductsWithVariants). */
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import type { ConnectionArgs } from "../../../shared/pagination.js";
import { connectionNodes, fieldsBelow } from "../../../shared/selection.js";

/**
 * The arguments of `variants` under the list's `nodes` or `edges.node`, when every such field asks
 * with the same ones; undefined when none or several differ (each then reads through its loader).
 * Built as `Product.variants` builds its loader key, so the pages read along prime that loader.
 */
export function variantsArgsOfList(info: GraphQLResolveInfo): ConnectionArgs | undefined {
  const field = (info.schema.getType("Product") as GraphQLObjectType).getFields().variants!;
  const keys = new Map<string, ConnectionArgs>();
  for (const node of fieldsBelow(info, connectionNodes(info), "variants")) {
    const args = getArgumentValues(field, node, info.variableValues) as ConnectionArgs;
    const key = variantPageKey(args);
    keys.set(JSON.stringify(key), key);
  }
  return keys.size === 1 ? [...keys.values()][0] : undefined;
}

/** The arguments of a variants page as its loader is keyed by. */
export function variantPageKey(args: ConnectionArgs): ConnectionArgs {
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}
