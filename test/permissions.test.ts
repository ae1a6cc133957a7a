import { getNamedType, isNonNullType, isObjectType } from "graphql";
import { allow } from "graphql-shield";
import { describe, expect, it } from "vitest";
import { mergeRules, ruleTree } from "../src/permissions.js";
import { buildBareSchema } from "../src/schema.js";

describe("permissions", () => {
  it("names an explicit rule for every root field", async () => {
    const schema = await buildBareSchema();
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!root) continue;
      const rules = ruleTree[root.name] as Record<string, unknown> | undefined;
      for (const field of Object.keys(root.getFields())) {
        if (!rules || typeof rules !== "object" || !(field in rules)) missing.push(`${root.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("covers every object type reachable from the roots, so nothing falls to the deny fallback by accident", async () => {
    const schema = await buildBareSchema();
    const roots = new Set(["Query", "Mutation", "Subscription"]);
    const uncovered = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && !roots.has(t.name))
      .map((t) => getNamedType(t).name)
      .filter((name) => !(name in ruleTree));
    expect(uncovered).toEqual([]);
  });

  /**
   * A field some callers may be denied is nullable, so a denial nulls that field and not its
   * parent (up to the whole answer, `data: null`). Checked for every field whose rule is not
   * plain `allow`, with two exceptions:
   * - rules for a whole type (`Staff: rule`, `Customer: { "*": rule }`) check that the object is
   *   one the caller may see; services and loaders only ever hand out such objects, so these
   *   rules are defence in depth and a denial there is a bug, not an answer;
   * - root Mutation fields return a non-null result union (api-naming.md), and their rules decide
   *   by the caller alone (contextual rules, or combinations of them): a caller refused one is
   *   refused it wherever it appears, and the refusal ends the operation (mutation fields run in
   *   order, and a non-null error stops the rest). The test checks that they are contextual.
   * - root Subscription fields likewise: a subscription selects exactly one of them, so a refusal
   *   nulls `data` whatever the field's type, and their rules decide by the caller alone, at the
   *   start and at every event (docs/subscriptions.md).
   */
  it("makes every field a caller may be denied nullable", async () => {
    const schema = await buildBareSchema();
    const callerOnly = (rule: unknown): boolean => {
      const r = rule as { cache?: unknown; rules?: unknown[] };
      return rule === allow || r.cache === "contextual" || (Array.isArray(r.rules) && r.rules.every(callerOnly));
    };
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      const rules = ruleTree[type.name];
      if (typeof rules !== "object" || rules === null || rules.constructor !== Object) continue;
      for (const field of Object.values(type.getFields())) {
        const rule = (rules as Record<string, unknown>)[field.name];
        if (rule === undefined || rule === allow) continue;
        if (type.name === "Mutation" || type.name === "Subscription" ? !callerOnly(rule) : isNonNullType(field.type)) offenders.push(`${type.name}.${field.name}: ${String(field.type)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("refuses a rule defined twice", () => {
    expect(() => mergeRules({ Query: { a: 1 } }, { Query: { a: 2 } })).toThrow("Query.a is defined twice");
    expect(() => mergeRules({ Thing: 1 }, { Thing: 2 })).toThrow("Thing are defined twice");
  });
});
