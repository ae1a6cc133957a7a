/**
 * Compiled execution.
 *
 * graphql-js interprets an operation field by field on every request; for a catalog page that is
 * ~1,500 resolver calls, each with its own path, info object and promise bookkeeping. graphql-jit
 * compiles an operation once into a plain function that does the same work with far less garbage.
 * Compiled operations are kept in a bounded least-recently-used map keyed by Apollo's query hash
 * and operation name.
 *
 * It plugs into Apollo Server through its executor hook (the `gateway` option, which serves a
 * fixed schema here). Which requests reach it is decided by execution-router.ts.
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError, Kind, execute, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Context } from "../context.js";
import { LruMap } from "../shared/lru.js";

const MAX_COMPILED = 1000;

/**
 * graphql-jit's errors only borrow GraphQLError's prototype (no own `extensions`, which Apollo's
 * formatting reads); rebuild them as graphql-js errors with the same message, path and locations.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  if (error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}

/**
 * Where graphql-jit would answer a document differently from graphql-js (both found by
 * test/compiled-differential.test.ts):
 * - a field answering under the name `__proto__`: graphql-jit writes result objects as object
 *   literals, where that key sets the prototype instead of a property, and the field vanishes;
 * - a variable as the value of an input object's field (`input: { firstName: $firstName }`):
 *   when the request leaves it out, graphql-js leaves the field out too, graphql-jit sets it to
 *   null, which tells a mutation to clear the value. Variables with a default are not affected.
 */
function differences(document: DocumentNode): { protoKey: boolean; fieldVariables: string[] } {
  let protoKey = false;
  const fieldVariables = new Set<string>();
  const defaulted = new Set<string>();
  visit(document, {
    Field(node) {
      if ((node.alias ?? node.name).value === "__proto__") protoKey = true;
    },
    ObjectField(node) {
      if (node.value.kind === Kind.VARIABLE) fieldVariables.add(node.value.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) defaulted.add(node.variable.name.value);
    },
  });
  return { protoKey, fieldVariables: [...fieldVariables].filter((name) => !defaulted.has(name)) };
}

/** A document, compiled unless graphql-jit would answer it differently; requests missing one of `fieldVariables` run on graphql-js. */
type Entry = { document: DocumentNode; compiled: CompiledQuery | undefined; fieldVariables: string[] };

/** Executes operations compiled, compiling each one the first time it comes. */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const entries = new LruMap<string, Entry>(MAX_COMPILED);

  function entryFor(key: string, document: DocumentNode, operationName: string | undefined): Entry {
    const known = entries.get(key);
    if (known && known.document === document) return known;
    const { protoKey, fieldVariables } = differences(document);
    const compiled = protoKey ? undefined : compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    // Documents that reach execution have passed validation; anything graphql-jit declines runs interpreted.
    const entry = { document, compiled: compiled && isCompiledQuery(compiled) ? compiled : undefined, fieldVariables };
    entries.set(key, entry);
    return entry;
  }

  return async (requestContext) => {
    const { document, request, context } = requestContext;
    // The name the client asked for: Apollo's `operationName` is null when no operation has it, and
    // then graphql-js must refuse the document rather than run its only operation.
    const operationName = request.operationName;
    const entry = entryFor(`${requestContext.queryHash}\u0000${operationName ?? ""}`, document, operationName);
    const { meta } = context as Context;
    const interpreted = () => {
      meta.execution = "interpreted";
      return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    };
    const variables = request.variables ?? {};
    if (!entry.compiled || entry.fieldVariables.some((name) => !(name in variables))) return interpreted();
    meta.execution = "compiled";
    const result = (await entry.compiled.query(undefined, context, request.variables)) as ExecutionResult;
    // No data at all means the request failed before execution (variable coercion): graphql-js
    // words those errors the way Apollo recognises as BAD_USER_INPUT, and nothing has run yet.
    if (!("data" in result)) return interpreted();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/** Apollo's gateway contract for a schema that never changes, executed by `compiledExecutor`. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}
