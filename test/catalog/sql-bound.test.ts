/**
 * The headline guarantee of the catalog: SQL per request is bounded by the shape of the query,
 * not by how many rows it returns. Every relation is one batched read for all its parents, and the
 * reads of one level of the query travel as one statement.
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

const ProductListTree = graphql(`
  query ProductListTree($first: Int!, $variants: Int!) {
    products(first: $first) {
      nodes {
        id
        title
        slug
        priceRange {
          min {
            amount
            currencyCode
          }
        }
        variants(first: $variants) {
          nodes {
            sku
            price {
              amount
              currencyCode
            }
            availableForSale
          }
        }
      }
    }
  }
`);

const ProductPageTree = graphql(`
  query ProductPageTree($slug: String!, $variants: Int!) {
    product(slug: $slug) {
      id
      title
      slug
      description
      status
      availableForSale
      priceRange {
        min {
          amount
          currencyCode
        }
        max {
          amount
          currencyCode
        }
      }
      options {
        id
        name
        values {
          id
          name
        }
      }
      images {
        url
        width
        height
        alt
      }
      featuredImage {
        url
        width
        height
      }
      collections {
        title
        slug
        parent {
          title
          slug
        }
      }
      variants(first: $variants) {
        totalCount
        nodes {
          id
          sku
          title
          price {
            amount
            currencyCode
          }
          compareAtPrice {
            amount
            currencyCode
          }
          availableForSale
          weightGrams
          selectedOptions {
            name
            value
          }
          featuredImage {
            url
          }
          createdAt
          updatedAt
        }
      }
    }
  }
`);

const VariantsAlong = graphql(`
  query VariantsAlong($first: Int, $last: Int, $variants: Int!, $other: Int!) {
    products(first: $first, last: $last) {
      nodes {
        slug
        variants(first: $variants) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            sku
            createdAt
            archivedAt
          }
        }
        other: variants(first: $other) {
          nodes {
            sku
          }
        }
      }
    }
  }
`);

const VariantAlone = graphql(`
  query VariantAlone($id: ID!) {
    node(id: $id) {
      ... on Variant {
        sku
        createdAt
        updatedAt
      }
    }
  }
`);

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  // 50 products with all of this below them cost more than one operation may by default.
  server = await startTestServer({ MAX_QUERY_COST: "100000" });
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

    // The session and the product page with each product's variants page read along, then one
    // statement per level below it, each holding one read per relation batched over all parents:
    // totalCount, options, images (featuredImage shares them) and collections; then collection
    // parents, variant counts, selected options and variant images.
    const levels = 2;
    expect(small.body.extensions?.sqlStatements).toBe(1 + 1 + levels);
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

    // The hit page with the total and every facet (the facets' collections read along), then one
    // statement per level: product collections and variants pages; then selected options.
    expect(small.body.extensions?.sqlStatements).toBe(1 + 2);
    expect(large.body.extensions?.sqlStatements).toBe(small.body.extensions?.sqlStatements);
  });

  it("a product list with variants (the benchmark's S1): one statement for 5 or 50 products, 1 or 100 variants each", async () => {
    const counts = new Set<number>();
    for (const [first, variants] of [[5, 1], [50, 10], [50, 100]] as const) {
      const { body } = await server.gql(ProductListTree, { first, variants }, { sql: true });
      expect(body.errors).toBeUndefined();
      expect(body.data!.products.nodes).toHaveLength(first);
      counts.add(body.extensions!.sqlStatements as number);
    }
    // The page of products with each product's variants page read along.
    expect([...counts]).toEqual([1]);
  });

  it("a product page (the benchmark's S2): three statements whatever the variants page size", async () => {
    const { body: list } = await server.gql(ProductListTree, { first: 50, variants: 100 });
    // The product with the most variants, to show that a bigger page costs no statement more.
    const { slug } = [...list.data!.products.nodes].sort((a, b) => b.variants.nodes.length - a.variants.nodes.length)[0]!;
    const small = await server.gql(ProductPageTree, { slug, variants: 1 }, { sql: true });
    const large = await server.gql(ProductPageTree, { slug, variants: 50 }, { sql: true });
    expect(large.body.errors).toBeUndefined();
    const product = large.body.data!.product!;
    expect(product.variants.nodes.length).toBeGreaterThan(1);
    expect(product.variants.nodes.length).toBe(product.variants.totalCount);
    expect(product.options.length).toBeGreaterThan(0);
    expect(product.collections.length).toBeGreaterThan(0);
    expect(product.variants.nodes.every((v) => v.selectedOptions.length > 0 && v.title.length > 0)).toBe(true);
    // The product; its options, images, collections, availability and variants page; the
    // collections' parents, the variant count, the variants' options and images.
    expect(large.body.extensions?.sqlStatements).toBe(3);
    expect(small.body.extensions?.sqlStatements).toBe(3);

    // Reads batched with others come through JSON: their timestamps are the same as a read alone gives.
    const variant = product.variants.nodes.at(-1)!;
    const alone = await server.gql(VariantAlone, { id: variant.id }, { sql: true });
    expect(alone.body.extensions?.sqlStatements).toBe(1);
    expect(alone.body.data!.node).toEqual({ sku: variant.sku, createdAt: variant.createdAt, updatedAt: variant.updatedAt });
    expect(variant.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("variants read along with a product list are the pages their loader reads, forwards and backwards", async () => {
    for (const window of [{ first: 30 }, { last: 30 }]) {
      // One page size for both fields: read along. Two sizes: each through the loader.
      const along = await server.gql(VariantsAlong, { ...window, variants: 3, other: 3 }, { sql: true });
      const loaded = await server.gql(VariantsAlong, { ...window, variants: 3, other: 100 }, { sql: true });
      expect(along.body.errors).toBeUndefined();
      expect(along.body.extensions?.sqlStatements).toBe(1);
      expect(loaded.body.extensions?.sqlStatements).toBe(2);
      const pages = (body: typeof along.body) => body.data!.products.nodes.map(({ slug, variants }) => ({ slug, variants }));
      expect(pages(along.body)).toEqual(pages(loaded.body));
      expect(along.body.data!.products.nodes.filter((p) => p.variants.pageInfo.hasNextPage).length).toBeGreaterThan(0);
    }
  });
});
