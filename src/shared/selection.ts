/** What a client selected below the field being resolved, for resolvers that read more at once when they know it is wanted. */
import { isAbstractType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type ASTVisitor, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

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

/** The fields that select the nodes of the connection field being resolved: `nodes`, and `node` under `edges`, fragments included. */
export function connectionNodes(info: GraphQLResolveInfo): FieldNode[] {
  return [...fieldsBelow(info, info.fieldNodes, "nodes"), ...fieldsBelow(info, fieldsBelow(info, info.fieldNodes, "edges"), "node")];
}

/** Visits the operation being executed and every fragment of its document. */
function visitOperation(info: GraphQLResolveInfo, visitor: ASTVisitor): void {
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
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
    visitOperation(info, { Field: (node: FieldNode) => void found.add(node.name.value) });
    namesOfOperation.set(info.operation, (names = found));
  }
  return names;
}

const fieldsOfTypes = new WeakMap<OperationDefinitionNode, Map<string, ReadonlySet<string>>>();

/**
 * The fields the operation being executed selects on object type `typeName` anywhere, in any of
 * its fragments, including fields selected on an interface or union it belongs to (`... on Node
 * { id }`). Like fieldNamesOfOperation, directives are not evaluated: a skipped field counts.
 */
export function fieldsOfTypeInOperation(info: GraphQLResolveInfo, typeName: string): ReadonlySet<string> {
  let byType = fieldsOfTypes.get(info.operation);
  if (!byType) fieldsOfTypes.set(info.operation, (byType = new Map()));
  let fields = byType.get(typeName);
  if (!fields) {
    const type = info.schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const found = new Set<string>();
    const typeInfo = new TypeInfo(info.schema);
    visitOperation(
      info,
      visitWithTypeInfo(typeInfo, {
        Field(node: FieldNode) {
          const parent = typeInfo.getParentType();
          if (parent === type || (isAbstractType(parent) && info.schema.isSubType(parent, type))) found.add(node.name.value);
        },
      }),
    );
    byType.set(typeName, (fields = found));
  }
  return fields;
}
