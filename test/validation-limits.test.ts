/** The depth and alias rules: fragments measured as they expand, with work linear in the document. */
import { buildSchema, Kind, parse, validate, type ASTNode, type DocumentNode, type ValidationRule } from "graphql";
import { describe, expect, it } from "vitest";
import { aliasLimit, depthLimit } from "../src/graphql/limits.js";

const schema = buildSchema("type Query { hello: String, child: Query }");

/** Fragments F0 … F<levels>, each spreading the next one twice; expanded, 2^levels spreads. */
function doubledSpreads(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { child { ...F${i + 1} } a${i}: child { ...F${i + 1} } }`);
  return `query { ...F0 }\n${fragments.join("\n")}\nfragment F${levels} on Query { hello }`;
}

/**
 * Parses `source` so that every read of a selection set's selections is counted, and throws
 * once the reads pass `budget`: a rule that walks a fragment again at every spread stops there
 * instead of running for hours.
 */
function countingDocument(source: string, budget: number): { document: DocumentNode; reads: () => number; selectionSets: number } {
  const document = parse(source, { noLocation: true });
  let reads = 0;
  let selectionSets = 0;
  const instrument = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(instrument);
    if (typeof node !== "object" || node === null) return;
    for (const value of Object.values(node)) instrument(value);
    if ((node as ASTNode).kind === Kind.SELECTION_SET) {
      selectionSets += 1;
      const selections = (node as { selections: unknown }).selections;
      Object.defineProperty(node, "selections", {
        enumerable: true,
        get() {
          if (++reads > budget) throw new Error(`more than ${budget} reads of selection sets`);
          return selections;
        },
      });
    }
  };
  instrument(document);
  return { document, reads: () => reads, selectionSets };
}

/** The rule's error messages; every document is read on a budget, so a rule doing exponential work fails fast. */
const messages = (rule: ValidationRule, source: string) => validate(schema, countingDocument(source, 10_000).document, [rule]).map((e) => e.message);

describe("validation limits", () => {
  it.each([
    ["depth", depthLimit(100)],
    ["aliases", aliasLimit(1000)],
  ])("%s: 30 levels of fragments spreading the next one twice take work linear in the document", (_name, rule) => {
    const { document, reads, selectionSets } = countingDocument(doubledSpreads(30), 10_000);
    validate(schema, document, [rule]);
    // graphql-js's own visit reads each selection set once; the rule at most once more.
    expect(reads()).toBeLessThanOrEqual(2 * selectionSets);
  });

  it("measures the depth of doubled spreads as they expand", () => {
    expect(messages(depthLimit(30), doubledSpreads(30))).toEqual(["Query is nested too deeply: depth exceeds the limit of 30."]);
    expect(messages(depthLimit(31), doubledSpreads(30))).toEqual([]);
  });

  it("counts an alias inside a fragment once per spread", () => {
    const twoSpreads = "query { one: child { ...F } two: child { ...F } } fragment F on Query { x: hello y: hello }";
    // 2 aliases of the operation, 2 × 2 of the fragment.
    expect(messages(aliasLimit(6), twoSpreads)).toEqual([]);
    expect(messages(aliasLimit(5), twoSpreads)).toEqual(["Too many aliases: the limit is 5."]);
    // 2^30 aliases once expanded.
    expect(messages(aliasLimit(1000), doubledSpreads(30))).toEqual(["Too many aliases: the limit is 1000."]);
  });

  it("counts nothing for a fragment cycle, which the standard rules report", () => {
    const cycle = "query { ...A } fragment A on Query { child { ...B } } fragment B on Query { x: child { ...A } }";
    expect(messages(depthLimit(5), cycle)).toEqual([]);
    expect(messages(aliasLimit(5), cycle)).toEqual([]);
  });
});
