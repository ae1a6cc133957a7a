/** What the SDK's generator reads from a schema: a new connection, list or value type is covered without anyone writing a policy. */
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { cacheShape } from "../../src/sdk/codegen/cache-shape-plugin.js";
import { larderTypePolicies } from "@larder/sdk/apollo";

const schema = buildSchema(`
  type Query { widgets(first: Int, after: String, last: Int, before: String, color: String): WidgetConnection!, shelf(id: ID!): Shelf }
  type Mutation { paint(color: String!): Painted! }
  type Painted { widget: Widget! }
  type WidgetConnection { edges: [WidgetEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
  type WidgetEdge { cursor: String!, node: Widget! }
  type PageInfo { endCursor: String, hasNextPage: Boolean! }
  type Widget { id: ID!, size: Dimensions!, parts: [Part!]!, tags: [String!]! }
  type Shelf { id: ID!, widgets(first: Int, after: String): WidgetConnection! }
  type Dimensions { width: Int!, height: Int! }
  type Part { id: ID!, name: String! }
`);

describe("cacheShape", () => {
  it("finds connection fields with their list-telling arguments, lists of objects, and types without an id", () => {
    expect(cacheShape(schema)).toEqual({
      connectionFields: { Query: { widgets: ["color"] }, Shelf: { widgets: [] } },
      objectListFields: { Widget: ["parts"], WidgetConnection: ["edges"] },
      valueTypes: ["Dimensions", "PageInfo", "Painted", "WidgetConnection", "WidgetEdge"],
    });
  });
});

describe("larderTypePolicies", () => {
  it("turns the generated shape into policies: value types merge, lists are replaced, connections page by their other arguments", () => {
    const policies = larderTypePolicies();
    expect(policies.Totals?.merge).toBe(true);
    expect(policies.Money?.merge).toBe(true);
    expect(policies.Cart?.fields?.lines).toEqual({ merge: false });
    expect(policies.Query?.fields?.products).toMatchObject({ keyArgs: ["filter", "sort"] });
    expect(policies.Customer?.fields?.orders).toMatchObject({ keyArgs: false });
  });
});
