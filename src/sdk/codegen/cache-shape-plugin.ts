/**
 * A GraphQL Code Generator plugin (see codegen.yml) that reads from the schema what Apollo Client's
 * cache must know about this API, and writes it as data for `larderTypePolicies` (../cache.ts):
 * - connection fields: fields returning an object type with `pageInfo` and `edges` or `nodes`,
 *   with the arguments that tell one list from another (all but first/after/last/before);
 * - fields returning a list of objects, which the server always answers whole;
 * - object types without an `id`, which the cache keeps inside the object holding them.
 * So a connection, list or value type added to the schema is covered by the next `npm run generate`.
 * Node loads this file as it is (type stripping): erasable TypeScript only.
 */
import { getNamedType, isCompositeType, isListType, isNonNullType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from "graphql";

const PAGING_ARGUMENTS = new Set(["first", "after", "last", "before"]);

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return "pageInfo" in fields && ("edges" in fields || "nodes" in fields);
}

/** What the cache must know about `schema` (see above). */
export function cacheShape(schema: GraphQLSchema): { connectionFields: Record<string, Record<string, string[]>>; objectListFields: Record<string, string[]>; valueTypes: string[] } {
  const connectionFields: Record<string, Record<string, string[]>> = {};
  const objectListFields: Record<string, string[]> = {};
  const valueTypes: string[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((type) => type?.name));
  const types = Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const fields = Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name));
    if (!roots.has(type.name) && !fields.some((field) => field.name === "id")) valueTypes.push(type.name);
    for (const field of fields) {
      const named = getNamedType(field.type);
      const nullable = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (isConnection(named)) {
        (connectionFields[type.name] ??= {})[field.name] = field.args.map((arg) => arg.name).filter((name) => !PAGING_ARGUMENTS.has(name)).sort();
      } else if (isListType(nullable) && isCompositeType(named)) {
        (objectListFields[type.name] ??= []).push(field.name);
      }
    }
  }
  return { connectionFields, objectListFields, valueTypes };
}

/** The plugin: the source of generated/cache-shape.ts. */
export function plugin(schema: GraphQLSchema): string {
  const shape = cacheShape(schema);
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return `/** Generated from schema.graphql by src/sdk/codegen/cache-shape-plugin.ts (npm run generate): do not edit. */

/** Fields that return a connection, by type, with the arguments that tell one list from another. */
export const connectionFields: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = ${json(shape.connectionFields)};

/** Fields that return a list of objects, by type: the server always answers the whole list. */
export const objectListFields: Readonly<Record<string, readonly string[]>> = ${json(shape.objectListFields)};

/** Object types without an \`id\`: kept inside the object that holds them. */
export const valueTypes: readonly string[] = ${json(shape.valueTypes)};
`;
}
