import { getNamedType, isObjectType } from "graphql";
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

  it("refuses a rule defined twice", () => {
    expect(() => mergeRules({ Query: { a: 1 } }, { Query: { a: 2 } })).toThrow("Query.a is defined twice");
    expect(() => mergeRules({ Thing: 1 }, { Thing: 2 })).toThrow("Thing are defined twice");
  });
});
