/**
 * Validation rules that bound the work one document can ask for.
 *
 * Both rules measure an operation with its fragments expanded, as it executes, but walk each
 * fragment only once: its figure is kept and reused at every further spread. Walking a fragment
 * again at each spread costs time exponential in the nesting (fragments that spread the next one
 * twice, 30 levels deep, are a billion walks in a 1 kB document); this way the work is linear in
 * the document.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: code } });
}

/** Whether `error` is a refusal by one of these rules (a document refused by them alone is otherwise valid). */
export function isLimitError(error: GraphQLError): boolean {
  return typeof error.extensions.limit === "string";
}

/**
 * A measure of selection sets in which a fragment spread counts what its fragment counts, each
 * fragment measured once. Cycles and unknown fragments count 0: the standard rules report them.
 */
function perFragment(document: DocumentNode, measure: (set: SelectionSetNode, spread: (name: string) => number) => number): (set: SelectionSetNode) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const known = new Map<string, number>();
  const spread = (name: string): number => {
    const value = known.get(name);
    if (value !== undefined) return value;
    const fragment = fragments.get(name);
    if (!fragment) return 0;
    known.set(name, 0);
    const measured = measure(fragment.selectionSet, spread);
    known.set(name, measured);
    return measured;
  };
  return (set) => measure(set, spread);
}

/** Rejects operations nested deeper than `max` fields (introspection excluded: it has its own switch). */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = perFragment(context.getDocument(), function depth(set, spread): number {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depth(selection.selectionSet, spread) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depth(selection.selectionSet, spread));
        } else {
          deepest = Math.max(deepest, spread(selection.name.value));
        }
      }
      return deepest;
    });
    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet) > max) {
          context.reportError(limitError(`Query is nested too deeply: depth exceeds the limit of ${max}.`, "depth"));
        }
      },
    };
  };
}

/** Rejects operations that use more than `max` aliases, an alias inside a fragment counting once per spread. */
export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const aliasesOf = perFragment(context.getDocument(), function aliases(set, spread): number {
      let count = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) count += 1;
          if (selection.selectionSet) count += aliases(selection.selectionSet, spread);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliases(selection.selectionSet, spread);
        } else {
          count += spread(selection.name.value);
        }
      }
      return count;
    });
    return {
      OperationDefinition(node) {
        if (aliasesOf(node.selectionSet) > max) {
          context.reportError(limitError(`Too many aliases: the limit is ${max}.`, "aliases"));
        }
      },
    };
  };
}
