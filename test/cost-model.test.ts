/** The cost model on the real schema: requested cost from documents, actual cost from answers. */
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, Kind, parse, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { actualCost } from "../src/graphql/actual-cost.js";
import { CostModel, INTROSPECTION_COST, MUTATION_COST } from "../src/graphql/cost-model.js";
import { requestedCost } from "../src/graphql/requested-cost.js";
import { buildExecutableSchema } from "../src/schema.js";

let model: CostModel;
beforeAll(async () => {
  model = new CostModel(await buildExecutableSchema());
});

const operationOf = (document: ReturnType<typeof parse>) => document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const requested = (source: string, variables?: Record<string, unknown>) => {
  const document = parse(source);
  return requestedCost(model, document, operationOf(document), variables);
};
const actual = (source: string, data: Record<string, unknown>) => {
  const document = parse(source);
  return actualCost(model, document, operationOf(document), data);
};

// 20 products, each 1 + priceRange (1 + min 1) + variants (1 + 10 × (1 + price 1)) = 24.
const STOREFRONT = `{
  products(first: 20) {
    nodes { title slug priceRange { min { amount currencyCode } } variants(first: 10) { nodes { sku price { amount } availableForSale } } }
  }
}`;

describe("requested cost", () => {
  it("multiplies a connection's items by its page size, nested connections multiplying", () => {
    expect(requested(STOREFRONT)).toBe(1 + 20 * 24);
    expect(requested("{ products(first: 5) { nodes { title } } }")).toBe(1 + 5 * 1);
    expect(requested("{ products(last: 7) { edges { cursor node { title } } } }")).toBe(1 + 7 * 2);
    // Neither first nor last: the default page size, 20.
    expect(requested("{ products { nodes { title } } }")).toBe(1 + 20 * 1);
  });

  it("reads page sizes from variables, and from at most the largest page", () => {
    const source = "query ($n: Int) { products(first: $n) { nodes { title } } }";
    expect(requested(source, { n: 3 })).toBe(4);
    expect(requested(source, { n: 100_000 })).toBe(1 + 100);
    expect(requested(source, { n: "three" })).toBeUndefined();
  });

  it("pays once for what a connection has once: page info, total count, search facets", () => {
    expect(requested("{ products(first: 50) { totalCount pageInfo { hasNextPage endCursor } } }")).toBe(1 + 1);
    // facets 1 + options 3 × (1 + values 10 × 1) + collections 10 × (1 + collection 1), once, not per result.
    expect(requested('{ search(query: "x", first: 20) { nodes { title } facets { options { name values { value count } } collections { count collection { title } } } } }')).toBe(
      1 + 20 * 1 + 1 + 3 * (1 + 10) + 10 * 2,
    );
  });

  it("prices lists without arguments at their declared size, and nodes(ids:) by its ids", () => {
    // images: ListCost(10) on Product.images.
    expect(requested('{ product(slug: "x") { images { url } } }')).toBe(1 + 10 * 1);
    expect(requested('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 1);
  });

  it("counts a fragment once per spread, aliases inside it included", () => {
    const once = requested("{ products(first: 10) { nodes { a: title b: slug variants(first: 5) { nodes { sku } } } } }")!;
    const fragment = "fragment P on ProductConnection { nodes { a: title b: slug variants(first: 5) { nodes { sku } } } }";
    expect(requested(`{ one: products(first: 10) { ...P } two: products(first: 10) { ...P } three: products(first: 10) { ...P } } ${fragment}`)).toBe(3 * once);
  });

  it("leaves out what @skip and @include leave out", () => {
    const source = "query ($with: Boolean!) { products(first: 10) { nodes { title variants(first: 10) @include(if: $with) { nodes { sku } } } } }";
    expect(requested(source, { with: false })).toBe(1 + 10 * 1);
    expect(requested(source, { with: true })).toBe(1 + 10 * (1 + 1 + 10));
  });

  it("adds a base to every mutation field and prices introspection flat", () => {
    expect(requested('mutation { a: greet(input: { name: "x" }) { __typename } b: greet(input: { name: "y" }) { __typename } }')).toBe(2 * (MUTATION_COST + 1));
    expect(requested("{ __schema { types { name fields { name type { name ofType { name } } } } } }")).toBe(INTROSPECTION_COST);
    expect(requested("{ hello }")).toBe(1);
  });

  it("refuses to start with a list of objects that declares no size", () => {
    const item = new GraphQLObjectType({ name: "Item", fields: { name: { type: GraphQLString } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { items: { type: new GraphQLList(item) } } }) });
    expect(() => new CostModel(schema)).toThrow("Query.items is a list of Item without a cost declaration");
  });
});

describe("actual cost", () => {
  it("counts the items that came back, merging what fragments selected under one name", () => {
    const product = (variants: number) => ({ title: "t", slug: "s", priceRange: { min: { amount: "1", currencyCode: "EUR" } }, variants: { nodes: Array.from({ length: variants }, () => ({ sku: "x", price: { amount: "1" }, availableForSale: true })) } });
    // Two products, with 3 and 0 variants: 1 + (1 + 2 + 1 + 3 × 2) + (1 + 2 + 1).
    expect(actual(STOREFRONT, { products: { nodes: [product(3), product(0)] } })).toBe(1 + 10 + 4);
    // A full answer costs what was requested.
    expect(actual(STOREFRONT, { products: { nodes: Array.from({ length: 20 }, () => product(10)) } })).toBe(requested(STOREFRONT));
  });

  it("charges an object field that answered null, and at least 1 for an operation", () => {
    expect(actual('{ product(slug: "x") { title } }', { product: null })).toBe(1);
    expect(actual("{ hello }", { hello: "hi" })).toBe(1);
    expect(actual('mutation { greet(input: { name: "x" }) { __typename } }', { greet: { __typename: "Greeted" } })).toBe(MUTATION_COST + 1);
  });

  it("walks aliased fields and fragments by their response keys", () => {
    const source = "{ a: products(first: 10) { ...P } b: products(first: 10) { ...P } } fragment P on ProductConnection { nodes { title } }";
    expect(actual(source, { a: { nodes: [{ title: "x" }, { title: "y" }] }, b: { nodes: [] } })).toBe(1 + 2 + 1);
  });
});
