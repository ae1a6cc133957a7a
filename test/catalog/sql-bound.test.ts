/**
 * The headline guarantee of the catalog: SQL per request is bounded by the shape of the query,
 * not by how many rows it returns. Every relation is one batched statement for all its parents.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CatalogTree = graphql(`
  query CatalogTree($first: Int!) {
    products(first: $first, sort: TITLE_ASC) {
      totalCount
      nodes {
        id
        title
        priceRange {
          min {
            amount
          }
        }
        options {
          name
          values {
            name
          }
        }
        images {
          url
          width
        }
        featuredImage {
          url
        }
        collections {
          title
          parent {
            title
          }
        }
        variants(first: 10) {
          totalCount
          nodes {
            sku
            price {
              amount
              currencyCode
            }
            availableForSale
            selectedOptions {
              name
              value
            }
            images {
              url
            }
            stock {
              onHand
              allocated
              available
            }
          }
        }
      }
    }
  }
`);

const SearchTree = graphql(`
  query SearchTree($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      nodes {
        title
        collections {
          title
        }
        variants(first: 5) {
          nodes {
            sku
            selectedOptions {
              value
            }
          }
        }
      }
      facets {
        options {
          name
          values {
            value
            count
          }
        }
        collections {
          count
          collection {
            title
          }
        }
        prices {
          min {
            amount
          }
          count
        }
      }
    }
  }
`);

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 60);
  const { authorization } = await staffHeaders(server, [Permission.CATALOG_READ]);
  staff = { authorization };
});
afterAll(async () => {
  await server.stop();
});

describe("SQL statements per request", () => {
  it("products → variants → option values, images, collections, stock: the same for 5 and for 50 products", async () => {
    const small = await server.gql(CatalogTree, { first: 5 }, { headers: staff, sql: true });
    const large = await server.gql(CatalogTree, { first: 50 }, { headers: staff, sql: true });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data!.products.nodes).toHaveLength(5);
    expect(large.body.data!.products.nodes).toHaveLength(50);
    const variants = large.body.data!.products.nodes.flatMap((p) => p.variants.nodes);
    expect(variants.length).toBeGreaterThan(100);
    expect(variants.every((v) => v.selectedOptions.length > 0 && v.stock!.available === v.stock!.onHand - v.stock!.allocated)).toBe(true);

    // One statement per relation, each batched over all parents at its level: options, images
    // (featuredImage shares it), collections, collection parent, variants page, variant count,
    // selected options, variant images. Plus the session, the product page and its totalCount.
    const relations = 8;
    expect(small.body.extensions?.sqlStatements).toBe(1 + 1 + 1 + relations);
    expect(large.body.extensions?.sqlStatements).toBe(small.body.extensions?.sqlStatements);
  });

  it("search with facets: the same for 5 and for 50 hits", async () => {
    const small = await server.gql(SearchTree, { query: "e", first: 5 }, { sql: true });
    const large = await server.gql(SearchTree, { query: "e", first: 50 }, { sql: true });
    expect(large.body.errors).toBeUndefined();
    expect(large.body.data!.search.totalCount).toBeGreaterThanOrEqual(50);
    expect(small.body.data!.search.nodes).toHaveLength(5);
    expect(large.body.data!.search.nodes).toHaveLength(50);
    expect(large.body.data!.search.facets.options.length).toBeGreaterThan(0);
    expect(large.body.data!.search.facets.collections.length).toBeGreaterThan(0);

    // The hit page, one statement for the total and every facet, then one per relation:
    // product collections, variants page, selected options, facet collections.
    expect(small.body.extensions?.sqlStatements).toBe(1 + 1 + 4);
    expect(large.body.extensions?.sqlStatements).toBe(small.body.extensions?.sqlStatements);
  });
});
