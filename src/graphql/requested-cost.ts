/**
 * The requested cost of an operation: what it may cost at most, priced from the document and its
 * variables before anything runs (the model is in cost-model.ts).
 *
 * Written by hand rather than with graphql-query-complexity, which this model does not fit:
 * its estimators see one sum for everything below a field, so a connection could only multiply
 * all of it by the page size (search facets and page info included), and it walks a fragment
 * again at every spread, work exponential in nested spreads. Here a fragment is priced once per
 * request and that price is added at each spread, so an alias inside a fragment counts once per
 * spread and the work stays linear in the document.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../shared/pagination.js";
import { MINIMUM_COST, type CostModel, type PricedField } from "./cost-model.js";

type Variables = Record<string, unknown>;

/** A selection's cost, split into what is paid once and what a connection pays per item of its page. */
interface Tally {
  once: number;
  perItem: number;
}

function included(node: SelectionNode, variables: Variables): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function pageSize(field: PricedField, node: FieldNode, variables: Variables): number {
  const args = getArgumentValues(field.definition, node, variables);
  const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
  return Math.min(Math.max(size, 0), MAX_PAGE_SIZE);
}

function argumentLength(field: PricedField, node: FieldNode, variables: Variables, argument: string): number {
  const value = getArgumentValues(field.definition, node, variables)[argument];
  return Array.isArray(value) ? value.length : 0;
}

/**
 * The requested cost of `operation`, or undefined when its variables cannot be coerced (execution
 * then refuses it without running anything).
 */
export function requestedCost(model: CostModel, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Variables | undefined): number | undefined {
  const coerced = getVariableValues(model.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const priced = new Map<string, Tally>();

  const fragmentCost = (name: string): Tally => {
    const known = priced.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && model.schema.getType(fragment.typeCondition.name.value);
    // Unknown fragments and cycles fail validation before this runs; price them 0 all the same.
    priced.set(name, { once: 0, perItem: 0 });
    const tally = type ? selectionCost(fragment.selectionSet, type as GraphQLCompositeType) : { once: 0, perItem: 0 };
    priced.set(name, tally);
    return tally;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): { cost: number; perItem: boolean } => {
    const field = model.field(parent, node.name.value);
    if (!field) return { cost: 0, perItem: false };
    const { cost } = field;
    if (cost.shape === "leaf" || cost.shape === "flat") return { cost: cost.base, perItem: false };
    const below = node.selectionSet && field.type ? selectionCost(node.selectionSet, field.type) : { once: 0, perItem: 0 };
    const item = 1 + below.once + below.perItem;
    switch (cost.shape) {
      case "object":
        return { cost: cost.base + item, perItem: false };
      case "perPageItem":
        return { cost: cost.base + item, perItem: true };
      case "list":
        return { cost: cost.base + cost.size * item, perItem: false };
      case "listOfArgument":
        return { cost: cost.base + argumentLength(field, node, variables, cost.argument) * item, perItem: false };
      case "connection":
        return { cost: cost.base + 1 + below.once + pageSize(field, node, variables) * below.perItem, perItem: false };
    }
  };

  // Each selection set is priced once per request: inline ones once, fragments once (memoised).
  function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType): Tally {
    const tally: Tally = { once: 0, perItem: 0 };
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      let part: Tally;
      if (selection.kind === Kind.FIELD) {
        const { cost, perItem } = fieldCost(selection, parent);
        part = perItem ? { once: 0, perItem: cost } : { once: cost, perItem: 0 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? model.schema.getType(selection.typeCondition.name.value) : parent;
        part = selectionCost(selection.selectionSet, (type ?? parent) as GraphQLCompositeType);
      } else {
        part = fragmentCost(selection.name.value);
      }
      // Fragments on different types of an abstract field are all added: an upper bound.
      tally.once += part.once;
      tally.perItem += part.perItem;
    }
    return tally;
  }

  const root = model.schema.getRootType(operation.operation);
  if (!root) return MINIMUM_COST;
  const tally = selectionCost(operation.selectionSet, root);
  return Math.max(MINIMUM_COST, tally.once + tally.perItem);
}
