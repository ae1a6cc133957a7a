/**
 * Compiled execution and graphql-js give the same answers, byte for byte, to every operation the
 * test suite sends (the typed documents in test/gql/graphql.ts), as an anonymous visitor, a
 * customer and a staff member holding every permission.
 *
 * Two databases start identical (the second is a copy of the first, ids included): one server
 * compiles every operation (GRAPHQL_COMPILE_AFTER=0), the other never does, and both get the same
 * requests in the same order, mutations included, so their data stays alike. Variables are
 * sample values made from the operation's variable types (real ids, slugs and codes where the
 * name asks for one). What the servers draw at random or read from the clock (new ids and the
 * cursors holding them, tokens, order codes, timestamps) cannot be equal; such a value may
 * differ only if it is new to both servers, and one to one for the whole run. Everything else
 * must be the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getNamedType,
  isEnumType,
  isLeafType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { ALL_PERMISSIONS } from "../src/modules/identity/permission.js";
import { buildBareSchema } from "../src/schema.js";
import { toGlobalId } from "../src/shared/global-id.js";
import * as documents from "./gql/graphql.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { seedTestCatalog } from "./helpers/catalog.js";
import { createVariant, placeOrder, readyCart } from "./helpers/commerce.js";
import { adminQuery, createTestDatabase, query } from "./helpers/database.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const operations = Object.entries(documents as Record<string, unknown>)
  .flatMap(([name, document]) => (document instanceof documents.TypedDocumentString ? [{ name, text: document.toString() }] : []))
  .map(({ name, text }) => ({ name, text, operation: parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) }))
  .filter((o): o is { name: string; text: string; operation: OperationDefinitionNode } => o.operation !== undefined);

let schema: GraphQLSchema;
let compiled: TestServer;
let interpreted: TestServer;
let databases: { drop(): Promise<void> }[] = [];
const callers: Record<string, Record<string, string>> = { anonymous: {} };
/** Sample values by variable or input field name: rows that exist in both databases. */
const samples: Record<string, unknown> = {
  email: "sample@example.test",
  password: "correct horse battery staple",
  current: "correct horse battery staple",
  next: "another long passphrase",
  newPassword: "another long passphrase",
  paymentMethod: "test",
  idempotencyKey: "differential-1",
  query: "shirt",
  countryCode: "DE",
  postalCode: "10115",
  first: 3,
};

beforeAll(async () => {
  schema = await buildBareSchema();
  const original = await createTestDatabase();
  const setup = await startTestServer({}, { sharedDatabaseUrl: original.url });
  try {
    await seedTestCatalog(setup, 4);
    const customer = await customerHeaders(setup);
    const staff = await staffHeaders(setup, [...ALL_PERMISSIONS]);
    callers.customer = { authorization: customer.authorization };
    callers.staff = { authorization: staff.authorization };
    const variant = await createVariant(setup, { onHand: 50 });
    await placeOrder(setup, await readyCart(setup, [{ variant, quantity: 1 }], callers.customer), { paymentMethod: "manual" });
    const one = async (sql: string) => (await query<{ id: string }>(setup.databaseUrl, sql))[0]?.id;
    const [product] = await query<{ id: string; slug: string }>(setup.databaseUrl, "SELECT id, slug FROM product ORDER BY slug LIMIT 1");
    const [order] = await query<{ id: string; code: string }>(setup.databaseUrl, "SELECT id, code FROM shop_order LIMIT 1");
    Object.assign(samples, {
      id: toGlobalId("Product", product!.id),
      productId: toGlobalId("Product", product!.id),
      slug: product!.slug,
      variantId: variant.globalId,
      orderId: toGlobalId("Order", order!.id),
      code: order!.code,
      staffId: toGlobalId("Staff", staff.staffId),
      collectionId: toGlobalId("Collection", (await one("SELECT id FROM collection ORDER BY slug LIMIT 1"))!),
      roleIds: [toGlobalId("Role", (await one("SELECT id FROM role LIMIT 1"))!)],
      lineId: toGlobalId("CartLine", (await one("SELECT id FROM cart_line LIMIT 1")) ?? order!.id),
    });
  } finally {
    await setup.stop();
  }
  const copy = new URL(original.url);
  copy.pathname = `/${original.name}_copy`;
  await adminQuery(`CREATE DATABASE ${original.name}_copy TEMPLATE ${original.name}`);
  databases = [original, { drop: () => adminQuery(`DROP DATABASE IF EXISTS ${original.name}_copy WITH (FORCE)`) }];
  compiled = await startTestServer({ GRAPHQL_COMPILE_AFTER: "0" }, { sharedDatabaseUrl: original.url });
  interpreted = await startTestServer({ GRAPHQL_COMPILE_AFTER: "1000000" }, { sharedDatabaseUrl: copy.toString() });
}, 60_000);
afterAll(async () => {
  await compiled?.stop();
  await interpreted?.stop();
  for (const database of databases) await database.drop();
});

/** A value of `type`: the sample for `name` if there is one, else the first value the type allows (required input fields only). */
function sampleOf(type: GraphQLInputType, name: string): unknown {
  if (name in samples && isLeafType(getNamedType(type))) return samples[name];
  if (isNonNullType(type)) return sampleOf(type.ofType, name);
  if (isListType(type)) return [sampleOf(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sampleOf(f.type, f.name)]));
  }
  if (isScalarType(type)) return { Int: 1, Float: 1, Boolean: false, ID: samples.id, DateTimeISO: "2026-01-01T00:00:00.000Z" }[type.name] ?? "sample";
  throw new Error(`no sample for ${String(type)}`);
}

function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    if (isNonNullType(type) || (name in samples && isLeafType(getNamedType(type)))) variables[name] = sampleOf(type, name);
  }
  return variables;
}

/** A value the server draws at random or reads from the clock could be: a timestamp, an order code, or a long base64url run (ids, cursors, tokens). */
const DRAWN = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z|\b[0-9A-Z]{4}-[0-9A-Z]{4}\b|[A-Za-z0-9_-]{20,}/g;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT/;
/** Seconds counted down on the clock (a throttle's wait): two readings a request apart may differ by one. */
const COUNTDOWN = /"retryAfterSeconds":(\d+)/g;
/** What a caller's bucket holds follows when each instance last took a lease from it, not the answer. */
const BUCKET_LEVEL = /"currentlyAvailable":\d+/g;
const withoutLevel = (text: string) => text.replace(BUCKET_LEVEL, '"currentlyAvailable":0');
const compiledToInterpreted = new Map<string, string>();
const interpretedToCompiled = new Map<string, string>();
const seen = { compiled: new Set<string>(), interpreted: new Set<string>() };

/**
 * The interpreted answer with each drawn value replaced by the compiled answer's value in the
 * same place, where that is allowed: both new to the other server, and paired one to one.
 */
function aligned(compiledText: string, interpretedText: string): string {
  const fromCompiled = compiledText.match(DRAWN) ?? [];
  const fromInterpreted = interpretedText.match(DRAWN) ?? [];
  let index = 0;
  const result = interpretedText.replace(DRAWN, (value) => {
    const counterpart = fromCompiled[index++];
    if (counterpart === undefined || counterpart === value || fromCompiled.length !== fromInterpreted.length) return value;
    // Clock readings name nothing: any two may differ.
    if (TIMESTAMP.test(value) && TIMESTAMP.test(counterpart)) return counterpart;
    const paired = interpretedToCompiled.get(value) ?? (seen.compiled.has(value) || seen.interpreted.has(counterpart) ? undefined : counterpart);
    if (paired !== counterpart || (compiledToInterpreted.get(counterpart) ?? value) !== value) return value;
    interpretedToCompiled.set(value, counterpart);
    compiledToInterpreted.set(counterpart, value);
    return counterpart;
  });
  for (const value of fromCompiled) seen.compiled.add(value);
  for (const value of fromInterpreted) seen.interpreted.add(value);
  const countdowns = [...compiledText.matchAll(COUNTDOWN)].map((m) => Number(m[1]));
  let countdown = 0;
  return result.replace(COUNTDOWN, (whole, seconds: string) => {
    const counterpart = countdowns[countdown++];
    return counterpart !== undefined && Math.abs(counterpart - Number(seconds)) <= 1 ? `"retryAfterSeconds":${counterpart}` : whole;
  });
}

async function send(server: TestServer, body: unknown, headers: Record<string, string>) {
  const response = await server.post(body, headers);
  const text = await response.text();
  const line = server.logs.find((l) => l.requestId === headers["x-request-id"] && l.msg === "request");
  return { status: response.status, type: response.headers.get("content-type"), text, execution: line?.execution };
}

describe("compiled and interpreted execution", () => {
  it(`answer all ${operations.length} test operations alike, for every kind of caller`, async () => {
    // Reads first, then writes; signing out last, so the sessions serve every other operation.
    const rank = (o: (typeof operations)[number]) => (o.operation.operation === "query" ? 0 : /logout/i.test(o.name) ? 2 : 1);
    const ordered = [...operations].sort((a, b) => rank(a) - rank(b));
    let compiledRuns = 0;
    for (const { name, text, operation } of ordered) {
      for (const [caller, headers] of Object.entries(callers)) {
        const body = { query: text, variables: variablesOf(operation) };
        const requestId = `differential-${name}-${caller}`;
        const a = await send(compiled, body, { ...headers, "x-request-id": requestId });
        const b = await send(interpreted, body, { ...headers, "x-request-id": requestId });
        const label = `${name} as ${caller}`;
        expect(b.execution, label).toBe("interpreted");
        if (a.execution === "compiled") compiledRuns++;
        expect({ status: b.status, type: b.type, text: withoutLevel(aligned(a.text, b.text)) }, label).toEqual({ status: a.status, type: a.type, text: withoutLevel(a.text) });
      }
    }
    // Requests refused before execution (bad variables) run on neither; everything else compiled.
    expect(compiledRuns).toBeGreaterThan(operations.length * 2);
  }, 180_000);
});
