/** What a client selected below the field being resolved, for resolvers that read more at once when they know it is wanted. */
import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects any of `names` directly below it, fragments included.
 * `@skip` and `@include` are not evaluated, so a skipped field still counts: use this only to
 * decide to read more than the answer may need, never less.
 */
export function selectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === "Field") return names.includes(selection.name.value);
      if (selection.kind === "InlineFragment") return within(selection.selectionSet);
      return within(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
