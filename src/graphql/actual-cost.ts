/**
 * The actual cost of an operation: the model of cost-model.ts applied to what execution returned,
 * counting the items lists and pages really held instead of their page sizes and declared sizes.
 *
 * The answer is walked by its response keys: each key is matched to the fields selected under that
 * name (fragments of every type condition included; execution merged them the same way), so no
 * runtime type is needed. The fields below a response key are collected once and reused for every
 * item of a list.
 */
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { MINIMUM_COST, type CostModel, type PricedField } from "./cost-model.js";

/** The fields selected under one response key, and (once needed) the fields below them. */
interface Selected {
  field: PricedField;
  sets: SelectionSetNode[];
  below?: Map<string, Selected>;
}

/** The actual cost of `operation` for the answer's `data` (MINIMUM_COST when nothing came back). */
export function actualCost(model: CostModel, document: DocumentNode, operation: OperationDefinitionNode, data: Record<string, unknown> | null | undefined): number {
  const root = model.schema.getRootType(operation.operation);
  if (!root || !data) return MINIMUM_COST;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const collect = (set: SelectionSetNode, parent: GraphQLCompositeType, into: Map<string, Selected>, seen: Set<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        add(selection, parent, into);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        collect(selection.selectionSet, (type ?? parent) as GraphQLCompositeType, into, seen);
      } else if (!seen.has(selection.name.value)) {
        // A fragment spread twice into one selection adds its fields once, as execution does.
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
        if (type) collect(fragment.selectionSet, type as GraphQLCompositeType, into, seen);
      }
    }
  };
  const add = (node: FieldNode, parent: GraphQLCompositeType, into: Map<string, Selected>): void => {
    const key = node.alias?.value ?? node.name.value;
    let selected = into.get(key);
    if (!selected) {
      const field = model.field(parent, node.name.value);
      if (!field) return;
      selected = { field, sets: [] };
      into.set(key, selected);
    }
    if (node.selectionSet) selected.sets.push(node.selectionSet);
  };
  const below = (selected: Selected): Map<string, Selected> => {
    if (!selected.below) {
      selected.below = new Map();
      const seen = new Set<string>();
      for (const set of selected.sets) collect(set, selected.field.type!, selected.below, seen);
    }
    return selected.below;
  };

  const objectCost = (fields: Map<string, Selected>, object: Record<string, unknown>): number => {
    let cost = 0;
    for (const key in object) {
      const selected = fields.get(key);
      if (selected) cost += valueCost(selected, object[key]);
    }
    return cost;
  };
  const itemsCost = (selected: Selected, items: unknown): number => {
    if (!Array.isArray(items)) return 0;
    let cost = 0;
    for (const item of items) if (item !== null && typeof item === "object") cost += 1 + objectCost(below(selected), item as Record<string, unknown>);
    return cost;
  };
  function valueCost(selected: Selected, value: unknown): number {
    const { cost } = selected.field;
    switch (cost.shape) {
      case "leaf":
      case "flat":
        return cost.base;
      case "object":
      case "connection":
        // The field resolved even when it answered null.
        return cost.base + 1 + (value !== null && typeof value === "object" ? objectCost(below(selected), value as Record<string, unknown>) : 0);
      case "list":
      case "listOfArgument":
      case "perPageItem":
        return cost.base + itemsCost(selected, value);
    }
  }

  const fields = new Map<string, Selected>();
  collect(operation.selectionSet, root, fields, new Set());
  return Math.max(MINIMUM_COST, objectCost(fields, data));
}
