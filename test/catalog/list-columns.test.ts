/**
 * A product list with its variants read along sends some columns only when a field of their name is
 * selected somewhere in the operation (product-listing.ts): what it leaves out must never be missed,
 * not by the list's own fields, not through a fragment, and not by another field of the same
 * operation that reads the variant pages the list primed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const Trimmed = graphql(`
  query ListColumnsTrimmed {
    products(first: 5, sort: NEWEST) {
      nodes {
        id
        slug
        variants(first: 10) {
          nodes {
            sku
          }
        }
      }
    }
  }
`);

/** The list asks for little; the product below (inline, no fragment) asks for the columns the list would leave out, from the pages the list primed. */
const Elsewhere = graphql(`
  query ListColumnsElsewhere($id: ID!) {
    products(first: 5, sort: NEWEST) {
      nodes {
        slug
        variants(first: 10) {
          nodes {
            sku
          }
        }
      }
    }
    product(id: $id) {
      description
      version
      createdAt
      updatedAt
      variants(first: 10) {
        nodes {
          sku
          weightGrams
          compareAtPrice {
            amount
          }
          version
          createdAt
          updatedAt
        }
      }
    }
  }
`);

const Alone = graphql(`
  query ListColumnsAlone($id: ID!) {
    product(id: $id) {
      ...ListColumnsProduct
    }
  }
`);

graphql(`
  fragment ListColumnsProduct on Product {
    description
    version
    createdAt
    updatedAt
    variants(first: 10) {
      nodes {
        sku
        weightGrams
        compareAtPrice {
          amount
        }
        version
        createdAt
        updatedAt
      }
    }
  }
`);

/** The same columns asked for by the list itself, through its fragment. */
const ThroughFragment = graphql(`
  query ListColumnsThroughFragment {
    products(first: 5, sort: NEWEST) {
      nodes {
        id
        ...ListColumnsProduct
      }
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 12);
});
afterAll(() => server?.stop());

describe("columns a product list leaves out", () => {
  it("are read when another field of the operation asks for them from the pages the list primed", async () => {
    const listed = await server.gql(Trimmed);
    expect(listed.body.errors).toBeUndefined();
    const ids = listed.body.data!.products.nodes.map((p) => p.id);
    for (const id of ids) {
      const together = await server.gql(Elsewhere, { id }, { sql: true });
      const alone = await server.gql(Alone, { id });
      expect(together.body.errors).toBeUndefined();
      expect(together.body.data!.product).toEqual(alone.body.data!.product);
      const variants = alone.body.data!.product!.variants.nodes;
      expect(variants.length).toBeGreaterThan(0);
      expect(variants.every((v) => v.weightGrams !== null && v.createdAt && v.updatedAt && v.version >= 1)).toBe(true);
    }
  });

  it("are read when the list's own fragment asks for them", async () => {
    const listed = await server.gql(ThroughFragment);
    expect(listed.body.errors).toBeUndefined();
    const products = listed.body.data!.products.nodes;
    expect(products.length).toBe(5);
    for (const product of products) {
      const { id, ...fields } = product;
      const alone = await server.gql(Alone, { id });
      expect(fields).toEqual(alone.body.data!.product);
    }
  });
});
