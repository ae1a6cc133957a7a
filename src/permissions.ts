/** Who may do what: every module's rules merged into one shield that denies anything unlisted. */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { allow, deny, shield } from "graphql-shield";
import { codedError } from "./shared/errors.js";
import { helloRules } from "./modules/hello/hello.rules.js";
import { nodeRules } from "./modules/node/node.rules.js";
import { identityRules } from "./modules/identity/identity.rules.js";
import { catalogRules } from "./modules/catalog/catalog.rules.js";
import { pricingRules } from "./modules/pricing/pricing.rules.js";
import { inventoryRules } from "./modules/inventory/inventory.rules.js";
import { jobsRules } from "./modules/jobs/jobs.rules.js";
import { promotionsRules } from "./modules/promotions/promotions.rules.js";
import { cartRules } from "./modules/cart/cart.rules.js";
import { ordersRules } from "./modules/orders/orders.rules.js";
import { checkoutRules } from "./modules/checkout/checkout.rules.js";
import { webhooksRules } from "./modules/webhooks/webhook.rules.js";

type RuleTree = Record<string, unknown>;

/** Merges per-module rule maps type by type; a field claimed by two modules is a startup error. */
export function mergeRules(...modules: RuleTree[]): RuleTree {
  const merged: Record<string, Record<string, unknown> | unknown> = {};
  for (const module of modules) {
    for (const [type, rules] of Object.entries(module)) {
      const existing = merged[type];
      if (existing === undefined) {
        merged[type] = rules;
      } else if (isFieldMap(existing) && isFieldMap(rules)) {
        for (const field of Object.keys(rules)) {
          if (field in existing) throw new Error(`permission rule for ${type}.${field} is defined twice`);
        }
        merged[type] = { ...existing, ...rules };
      } else {
        throw new Error(`permission rules for ${type} are defined twice`);
      }
    }
  }
  return merged;
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && value.constructor === Object;
}

/** The rule tree: root fields each name their rule; types either a rule or a field map. */
export const ruleTree = mergeRules(helloRules, nodeRules, identityRules, catalogRules, pricingRules, inventoryRules, promotionsRules, cartRules, ordersRules, checkoutRules, jobsRules, webhooksRules, {
  // Expected errors are data every caller may read; which ones it gets is decided by the mutation's rule.
  InvalidInput: allow,
  NotFound: allow,
  IdempotencyKeyReused: allow,
  VersionConflict: allow,
  // Shared value types: who may see them is decided by the field that returns them.
  PageInfo: allow,
  Money: allow,
  PostalAddress: allow,
});

/** The shield applied to the schema. */
export const permissions = shield(ruleTree as Parameters<typeof shield>[0], {
  fallbackRule: deny,
  fallbackError: () => codedError("FORBIDDEN", "Not allowed"),
  // Resolver errors pass through unchanged so they can be classified and masked in one place.
  allowExternalErrors: true,
  debug: false,
});

/** The effective rule of one field: its own, else the type's wildcard or type-wide rule. */
function ruleOf(typeName: string, field: string): unknown {
  const rules = ruleTree[typeName];
  if (!isFieldMap(rules)) return rules;
  return rules[field] ?? rules["*"];
}

/**
 * Guards every field of `schema` with the shield. Fields whose rule is plain `allow` then get their
 * own resolver back: the shield's wrapper would check nothing and cost a promise chain per field
 * execution, which adds up on lists. Anything not explicitly allowed stays wrapped (deny by default).
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const originals = new Map<string, GraphQLFieldResolver<unknown, unknown> | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) originals.set(`${type.name}.${field.name}`, field.resolve);
  }
  const guarded = applyMiddleware(schema, permissions);
  for (const type of Object.values(guarded.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (ruleOf(type.name, field.name) === allow) field.resolve = originals.get(`${type.name}.${field.name}`);
    }
  }
  return guarded;
}
