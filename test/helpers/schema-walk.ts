/**
 * Every string input of the schema the server runs (`schema.graphql`, checked to be current in
 * CI), found with graphql's schema APIs, and the operations that send a chosen value to one of
 * them while every other required input gets a plausible value.
 */
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";

export const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

/** One String, ID or date-time input: an argument of a field, or a field of an input object under it. */
export interface StringInput {
  /** Type and field, e.g. `Mutation.createAddress`. */
  owner: string;
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  /** From the argument down, list items as "0": `["input", "address", "line1"]`. */
  path: string[];
  scalar: string;
}

/** Values that stand in for a required input that is not under test, and what a caller of a nested field selects first. */
export interface Fixtures {
  /** A global id of an existing row of the type, by type name. */
  ids: Record<string, string>;
  strings: Record<string, string>;
  /** How an operation reaches an object type that is not a root type, e.g. `product(slug: "x")`. */
  wayIn: Record<string, string>;
}

const STRING_SCALARS = new Set(["String", "ID", "DateTimeISO"]);

function stringLeaves(type: GraphQLInputType, path: string[], seen: readonly string[], found: (path: string[], scalar: string) => void): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return stringLeaves(inner.ofType, [...path, "0"], seen, found);
  if (isScalarType(inner) && STRING_SCALARS.has(inner.name)) return found(path, inner.name);
  if (isInputObjectType(inner) && !seen.includes(inner.name)) {
    for (const field of Object.values(inner.getFields())) stringLeaves(field.type, [...path, field.name], [...seen, inner.name], found);
  }
}

/**
 * Every string input of every field of every object type sent over HTTP: subscriptions run over
 * WebSocket only, where test/hostile-input.test.ts and test/subscriptions.test.ts send them theirs.
 */
export function stringInputs(): StringInput[] {
  const inputs: StringInput[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      for (const argument of field.args) {
        stringLeaves(argument.type, [argument.name], [], (path, scalar) => inputs.push({ owner: `${type.name}.${field.name}`, field, argument, path, scalar }));
      }
    }
  }
  return inputs;
}

// `lineId` names a CartLine, `parentId` a Collection, and so on; `id` is the type its input is named for.
const ID_ALIASES: Record<string, string> = { line: "CartLine", parent: "Collection", staffMember: "Staff", featuredImage: "Image" };

function idType(name: string, owner: string, fixtures: Fixtures): string | undefined {
  const stem = /^(.+?)Ids?$/.exec(name)?.[1];
  if (stem) return ID_ALIASES[stem] ?? stem[0]!.toUpperCase() + stem.slice(1);
  const subject = owner.replace(/^(Update|Delete|Archive|Set|Create)/, "");
  return Object.keys(fixtures.ids).find((type) => subject.startsWith(type));
}

/** A plausible value of a required input of `type` named `name`, inside `owner` (an input type or field). */
function plausible(type: GraphQLInputType, name: string, owner: string, fixtures: Fixtures): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausible(inner.ofType, name, owner, fixtures)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plausible(field.type, field.name, inner.name, fixtures);
    }
    return value;
  }
  switch (inner.name) {
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return "2026-01-01T00:00:00.000Z";
    case "ID":
      return fixtures.ids[idType(name, owner, fixtures) ?? ""] ?? fixtures.ids.Product;
    default:
      return fixtures.strings[name] ?? "plausible";
  }
}

/** `value` with `replacement` at `path` (created as needed: objects, or one-item lists for "0"). */
function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (head === "0") {
    const list = Array.isArray(value) && value.length > 0 ? value : [{}];
    return [withValueAt(list[0], rest, replacement)];
  }
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { ...object, [head!]: withValueAt(object[head!], rest, replacement) };
}

/**
 * One operation sending each of `values` to `input`, one aliased field per value, every argument
 * a variable (`$v<alias>_<argument>`). Undefined when the field's type cannot be reached.
 */
export function operationFor(input: StringInput, values: readonly unknown[], fixtures: Fixtures): { query: string; variables: Record<string, unknown> } | undefined {
  const [typeName, fieldName] = input.owner.split(".") as [string, string];
  const kind = typeName === "Mutation" ? "mutation" : "query";
  const wayIn = typeName === "Query" || typeName === "Mutation" ? undefined : fixtures.wayIn[typeName];
  if (typeName !== "Query" && typeName !== "Mutation" && wayIn === undefined) return undefined;
  const selection = isCompositeType(getNamedType(input.field.type)) ? " { __typename }" : "";
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields = values.map((value, i) => {
    const args = input.field.args.map((argument) => {
      const name = `v${i}_${argument.name}`;
      definitions.push(`$${name}: ${String(argument.type)}`);
      let argumentValue = isNonNullType(argument.type) ? plausible(argument.type, argument.name, input.owner, fixtures) : undefined;
      if (argument === input.argument) argumentValue = withValueAt(argumentValue, input.path.slice(1), value);
      if (argumentValue !== undefined) variables[name] = argumentValue;
      return `${argument.name}: $${name}`;
    });
    return `a${i}: ${fieldName}(${args.join(", ")})${selection}`;
  });
  const body = wayIn ? `${wayIn} { ${fields.join(" ")} }` : fields.join(" ");
  return { query: `${kind} Hostile(${definitions.join(", ")}) { ${body} }`, variables };
}
