/** What a client selected below the field being resolved, for resolvers that read more at once when they know it is wanted. */
import { visit, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

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

/** The fields named `name` directly below any of `nodes`, fragments included (directives not evaluated, as above). */
export function fieldsBelow(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") {
        if (selection.name.value === name) found.push(selection);
      } else walk(selection.kind === "InlineFragment" ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) walk(node.selectionSet);
  return found;
}

const namesOfOperation = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/**
 * The name of every field the operation being executed selects anywhere, in any of its fragments,
 * whatever the type: a value no field of these names asks for is not needed anywhere in this
 * request, not even by a loader primed from one read and used by another field.
 */
export function fieldNamesOfOperation(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = namesOfOperation.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const collect = { Field: (node: FieldNode) => void found.add(node.name.value) };
    visit(info.operation, collect);
    for (const fragment of Object.values(info.fragments)) visit(fragment, collect);
    namesOfOperation.set(info.operation, (names = found));
  }
  return names;
}
