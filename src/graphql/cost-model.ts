/**
 * What each field of the schema costs, read once from the schema and the declarations on its
 * fields (src/shared/cost.ts). requested-cost.ts prices an operation from its document before it
 * runs; actual-cost.ts prices what it returned. docs/api.md ("Cost") is the model in prose:
 *
 * - leaves (scalars, enums) 0; an object 1 plus its selection;
 * - a list of objects: each item 1 plus its selection, estimated at its declared size;
 * - a connection (a field taking `first`/`last`): 1, plus the page size (first, last, or the
 *   default page size) times its per-item fields (`nodes`, `edges`), plus the rest (`pageInfo`,
 *   `totalCount`, search facets) once;
 * - a mutation's root field MUTATION_COST more; `__schema` and `__type` a flat INTROSPECTION_COST;
 * - an operation at least 1.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { COST_EXTENSION, type CostDeclaration } from "../shared/cost.js";

/** Added to every root field of a mutation: writes cost more than their answers show. */
export const MUTATION_COST = 10;
/** Added to every root field of a subscription: it holds a listener for as long as it runs. */
export const SUBSCRIPTION_COST = 10;
/** `__schema` and `__type`, whatever is selected below them. */
export const INTROSPECTION_COST = 100;
/** What an operation costs at least, and what a request that runs nothing is charged. */
export const MINIMUM_COST = 1;

/** How one field is priced. */
export type FieldCost =
  | { shape: "leaf" | "object" | "connection" | "perPageItem"; base: number }
  | { shape: "flat"; base: number }
  | { shape: "list"; base: number; size: number }
  | { shape: "listOfArgument"; base: number; argument: string };

/** A field as priced: its definition, its cost, and the type its selection applies to. */
export interface PricedField {
  definition: GraphQLField<unknown, unknown>;
  cost: FieldCost;
  /** The composite type below the field, if any. */
  type: GraphQLCompositeType | undefined;
}

type AnyField = GraphQLField<unknown, unknown>;

function priceOf(field: AnyField, base: number): FieldCost {
  const declaration = field.extensions?.[COST_EXTENSION] as CostDeclaration | undefined;
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return { shape: "leaf", base };
  if (declaration && "perPageItem" in declaration) return { shape: "perPageItem", base };
  if (field.args.some((a) => a.name === "first") && field.args.some((a) => a.name === "last")) return { shape: "connection", base };
  if (!isListType(getNullableType(field.type))) return { shape: "object", base };
  if (declaration && "listSize" in declaration) return { shape: "list", base, size: declaration.listSize };
  if (declaration && "listSizeArgument" in declaration) return { shape: "listOfArgument", base, argument: declaration.listSizeArgument };
  throw new Error(`${field.name} is a list of ${named.name} without a cost declaration (ListCost in src/shared/cost.ts)`);
}

/** Every field of a schema, priced; throws at construction for a list of objects without a declaration. */
export class CostModel {
  private readonly costs = new Map<AnyField, FieldCost>();

  constructor(readonly schema: GraphQLSchema) {
    const mutation = schema.getMutationType();
    const subscription = schema.getSubscriptionType();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        try {
          this.costs.set(field, priceOf(field, type === mutation ? MUTATION_COST : type === subscription ? SUBSCRIPTION_COST : 0));
        } catch (error) {
          throw new Error(`${type.name}.${(error as Error).message}`);
        }
      }
    }
    this.costs.set(TypeNameMetaFieldDef, { shape: "leaf", base: 0 });
    this.costs.set(SchemaMetaFieldDef, { shape: "flat", base: INTROSPECTION_COST });
    this.costs.set(TypeMetaFieldDef, { shape: "flat", base: INTROSPECTION_COST });
  }

  /** The field `name` selected on `parent`, or undefined when there is none (validation reports it). */
  field(parent: GraphQLCompositeType, name: string): PricedField | undefined {
    let definition: AnyField | undefined;
    if (name === "__typename") definition = TypeNameMetaFieldDef;
    else if (parent === this.schema.getQueryType() && name === "__schema") definition = SchemaMetaFieldDef;
    else if (parent === this.schema.getQueryType() && name === "__type") definition = TypeMetaFieldDef;
    else if (isObjectType(parent) || isInterfaceType(parent)) definition = parent.getFields()[name];
    const cost = definition && this.costs.get(definition);
    if (!definition || !cost) return undefined;
    const named = getNamedType(definition.type);
    return { definition, cost, type: isCompositeType(named) ? named : undefined };
  }
}
