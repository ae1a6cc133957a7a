/**
 * Field rules on private types, exercised below the resolvers: even if some resolver handed out
 * another customer's (or staff member's) object by mistake, its fields would not be readable.
 */
import { execute, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { Context, Viewer } from "../src/context.js";
import { compiledExecutor } from "../src/graphql/compiled-execution.js";
import { toAddress, toCustomer } from "../src/modules/identity/customer/customer.types.js";
import { Permission } from "../src/modules/identity/permission.js";
import { toStaff } from "../src/modules/identity/staff/staff.types.js";
import { buildExecutableSchema } from "../src/schema.js";
import { TEST_EXECUTION } from "./helpers/execution.js";

const OWNER = "0190f3a0-0000-7000-8000-000000000001";
const OTHER = "0190f3a0-0000-7000-8000-000000000002";
const now = new Date();
const customer = toCustomer({
  id: OWNER, email: "owner@example.test", first_name: "Ada", last_name: "L", email_verified_at: null, locale: null, marketing_opt_in: false,
  marketing_opt_in_changed_at: null, default_shipping_address_id: null, default_billing_address_id: null, created_at: now,
});
const address = toAddress({
  id: OTHER, customer_id: OWNER, first_name: "Ada", last_name: "L", company: null, line1: "1 Main St", line2: null, city: "Bern", region: null, postal_code: null,
  country_code: "CH", phone: null,
});
const staff = toStaff({ id: OWNER, email: "boss@example.test", name: "Boss", active: true, created_at: now });

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildExecutableSchema();
  // Stand-ins for a buggy resolver that returns objects without checking who asks.
  const fields = schema.getQueryType()!.getFields();
  fields.me.resolve = () => customer;
  fields.currentStaff.resolve = () => staff;
  fields.node.resolve = () => address;
});

const viewers: Record<string, Viewer> = {
  anonymous: { kind: "anonymous" },
  owner: { kind: "customer", customerId: OWNER, sessionId: "s" },
  "another customer": { kind: "customer", customerId: OTHER, sessionId: "s" },
  "staff without the permission": { kind: "staff", staffId: OTHER, sessionId: "s", permissions: new Set([Permission.ORDERS_READ]) },
  "staff with CUSTOMERS_READ": { kind: "staff", staffId: OTHER, sessionId: "s", permissions: new Set([Permission.CUSTOMERS_READ]) },
  "staff with STAFF_READ": { kind: "staff", staffId: OTHER, sessionId: "s", permissions: new Set([Permission.STAFF_READ]) },
  "the staff member themself": { kind: "staff", staffId: OWNER, sessionId: "s", permissions: new Set() },
};

/** Runs `query` as `viewer` the way test servers execute (TEST_EXECUTION): compiled, or with graphql-js. */
async function outcome(viewer: string, query: string): Promise<string> {
  const document = parse(query);
  const contextValue = { viewer: viewers[viewer], meta: { sql: { statements: 0 } } } as unknown as Context;
  const result =
    TEST_EXECUTION === "compiled"
      ? await compiledExecutor(schema)({ document, operationName: undefined, queryHash: query, request: { variables: {} }, context: contextValue } as never)
      : await execute({ schema, document, contextValue });
  expect(contextValue.meta.execution).toBe(TEST_EXECUTION === "compiled" ? "compiled" : undefined);
  return result.errors ? String(result.errors[0]!.extensions.code) : "ok";
}

describe("private fields", () => {
  it.each([
    ["anonymous", "UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"],
    ["owner", "ok", "ok", "FORBIDDEN"],
    ["another customer", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    ["staff without the permission", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    ["staff with CUSTOMERS_READ", "ok", "ok", "FORBIDDEN"],
    ["staff with STAFF_READ", "FORBIDDEN", "FORBIDDEN", "ok"],
    ["the staff member themself", "FORBIDDEN", "FORBIDDEN", "ok"],
  ])("%s: Customer.email %s, Address.city %s, Staff.email %s", async (viewer, customerEmail, addressCity, staffEmail) => {
    expect(await outcome(viewer, "{ me { email } }")).toBe(customerEmail);
    expect(await outcome(viewer, `{ node(id: "x") { ... on Address { city } } }`)).toBe(addressCity);
    expect(await outcome(viewer, "{ currentStaff { email } }")).toBe(staffEmail);
  });
});
