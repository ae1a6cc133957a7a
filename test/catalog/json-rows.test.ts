/**
 * Rows that travel as JSON (src/db/json-rows.ts): a product list with its variants read along, and
 * reads combined into one statement, answer exactly what a plain read answers, for the values a
 * compact encoding could get wrong: null and unusual timestamps (before 1970, years below 100, far
 * ahead), text with quotes, backslashes and any Unicode, amounts at the int8 edges, and archived
 * variants of a draft product as catalog staff see them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import type { ProductFilter, ProductSort } from "../gql/graphql.js";

/** What the tests compare of a product and of a variant, read along or alone. */
graphql(`
  fragment JsonRowsProduct on Product {
    slug
    title
    description
    status
    version
    createdAt
    updatedAt
    priceRange {
      min {
        amount
      }
      max {
        amount
      }
    }
  }
`);

graphql(`
  fragment JsonRowsVariant on Variant {
    id
    sku
    position
    price {
      amount
    }
    compareAtPrice {
      amount
    }
    weightGrams
    trackInventory
    allowBackorder
    availableForSale
    archivedAt
    version
    createdAt
    updatedAt
  }
`);

/** The product list, each product's variants read along in the same statement. */
const ListAlong = graphql(`
  query JsonRowsListAlong {
    products(first: 20, sort: NEWEST) {
      nodes {
        ...JsonRowsProduct
        variants(first: 10) {
          nodes {
            ...JsonRowsVariant
            stock {
              onHand
              allocated
            }
            product {
              slug
            }
          }
        }
      }
    }
  }
`);

/** A page of a list in any order, each product's variants read along. */
const PageAlong = graphql(`
  query JsonRowsPageAlong($after: String, $sort: ProductSort, $filter: ProductFilter) {
    products(first: 2, after: $after, sort: $sort, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          slug
          variants(first: 3) {
            nodes {
              sku
            }
          }
        }
      }
    }
  }
`);

/** The same page without variants: a plain read. */
const PagePlain = graphql(`
  query JsonRowsPagePlain($after: String, $sort: ProductSort, $filter: ProductFilter) {
    products(first: 2, after: $after, sort: $sort, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          slug
        }
      }
    }
  }
`);

/** The product beside a collection (one combined read), then its variants beside its options (another). */
const Combined = graphql(`
  query JsonRowsCombined($slug: String!, $collection: String!) {
    collection(slug: $collection) {
      slug
    }
    product(slug: $slug) {
      ...JsonRowsProduct
      options {
        name
      }
      variants(first: 10) {
        nodes {
          ...JsonRowsVariant
          stock {
            onHand
            allocated
          }
          product {
            slug
          }
        }
      }
    }
  }
`);

/** The product alone: a plain read. */
const ProductAlone = graphql(`
  query JsonRowsProductAlone($slug: String!) {
    product(slug: $slug) {
      ...JsonRowsProduct
    }
  }
`);

/** A variant alone: a plain read. */
const VariantAlone = graphql(`
  query JsonRowsVariantAlone($id: ID!) {
    node(id: $id) {
      ...JsonRowsVariant
    }
  }
`);

// Every character JSON escapes or a hand-made format might trip on.
const TITLE = 'Say "hi" \\ back\\slash \\u0041 \\" — ü 😀 ’ <&> 100%';
const DESCRIPTION = "Line one\nline two\ttabbed \u0001 \"quoted\" \\ end";
const SKU_ARCHIVED = 'SKU-"q"-\\-ü-😀';
const SKU_LIVE = "SKU-'single'-\\n-€";

let server: TestServer;
let staff: Record<string, string>;
let slug: string;
let collection: string;
let archivedId: string;
let liveId: string;

beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 12);
  const { authorization } = await staffHeaders(server, [Permission.CATALOG_READ, Permission.INVENTORY_READ]);
  staff = { authorization };
  const [product] = await query<{ id: string; slug: string }>(server.databaseUrl, "SELECT id, slug FROM product ORDER BY slug LIMIT 1");
  slug = product!.slug;
  [{ slug: collection }] = (await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM collection ORDER BY slug LIMIT 1")) as [{ slug: string }];
  const variants = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM variant WHERE product_id = $1 ORDER BY position, id", [product!.id]);
  expect(variants.length).toBeGreaterThanOrEqual(2);
  [archivedId, liveId] = [variants[0]!.id, variants[1]!.id];
  // A draft product (staff only) with an archived variant and a live one, written behind the API's back.
  await query(
    server.databaseUrl,
    `UPDATE product SET title = $2, description = $3, status = 'DRAFT', created_at = '1969-12-31 23:59:59.001', updated_at = '2024-02-29 23:59:59.999' WHERE id = $1`,
    [product!.id, TITLE, DESCRIPTION],
  );
  await query(
    server.databaseUrl,
    `UPDATE variant SET sku = $2, price = 10000000000, compare_at_price = 9007199254740991, archived_at = '0050-06-15 12:34:56.789',
       created_at = '2262-04-11 23:47:16.854', updated_at = '1900-01-01 00:00:00' WHERE id = $1`,
    [archivedId, SKU_ARCHIVED],
  );
  await query(
    server.databaseUrl,
    `UPDATE variant SET sku = $2, price = 0, compare_at_price = NULL, weight_grams = NULL, archived_at = NULL, track_inventory = false,
       created_at = '2025-01-31 12:00:00.5', updated_at = '2025-01-31 12:00:00' WHERE id = $1`,
    [liveId, SKU_LIVE],
  );
});
afterAll(async () => {
  await server.stop();
});

describe("rows that travel as JSON", () => {
  it("answer what a plain read answers: null and unusual timestamps, quotes, backslashes, Unicode, int8 and int4 edges", async () => {
    const along = await server.gql(ListAlong, {}, { headers: staff, sql: true });
    const combined = await server.gql(Combined, { slug, collection }, { headers: staff, sql: true });
    const alone = await server.gql(ProductAlone, { slug }, { headers: staff });
    expect(along.body.errors).toBeUndefined();
    expect(combined.body.errors).toBeUndefined();
    // The session, the list with its variants in one statement, the variants' product; the
    // session, the product beside the collection, its options beside its variants page, the
    // variants' product.
    expect(along.body.extensions?.sqlStatements).toBe(3);
    expect(combined.body.extensions?.sqlStatements).toBe(4);

    const listed = along.body.data!.products.nodes.find((p) => p.slug === slug)!;
    const { variants: listedVariants, ...listedProduct } = listed;
    const { variants: combinedVariants, options, ...combinedProduct } = combined.body.data!.product!;
    expect(options.length).toBeGreaterThan(0);
    expect(listedProduct).toEqual(alone.body.data!.product);
    expect(combinedProduct).toEqual(alone.body.data!.product);
    expect(listedProduct).toMatchObject({
      title: TITLE,
      description: DESCRIPTION,
      status: "DRAFT",
      createdAt: "1969-12-31T23:59:59.001Z",
      updatedAt: "2024-02-29T23:59:59.999Z",
      // The live variant's price is the lowest (the archived one's does not count).
      priceRange: { min: { amount: "0.00" } },
    });

    // Both paths hold the same page in position order, the archived variant first.
    expect(listedVariants.nodes).toEqual(combinedVariants.nodes);
    const [archived, live] = listedVariants.nodes as [(typeof listedVariants.nodes)[number], (typeof listedVariants.nodes)[number]];
    expect(archived).toMatchObject({
      sku: SKU_ARCHIVED,
      position: 0,
      price: { amount: "100000000.00" },
      compareAtPrice: { amount: "90071992547409.91" },
      availableForSale: false,
      archivedAt: "0050-06-15T12:34:56.789Z",
      createdAt: "2262-04-11T23:47:16.854Z",
      updatedAt: "1900-01-01T00:00:00.000Z",
      product: { slug },
    });
    // Untracked stock, yet not for sale: its product is a draft (the status the JSON leaves out).
    expect(live).toMatchObject({
      sku: SKU_LIVE,
      price: { amount: "0.00" },
      compareAtPrice: null,
      weightGrams: null,
      trackInventory: false,
      availableForSale: false,
      archivedAt: null,
      createdAt: "2025-01-31T12:00:00.500Z",
      updatedAt: "2025-01-31T12:00:00.000Z",
      product: { slug },
    });
    for (const variant of [archived, live]) {
      const { stock: _stock, product: _product, ...fields } = variant;
      const { body } = await server.gql(VariantAlone, { id: variant.id }, { headers: staff });
      expect(body.data!.node).toEqual(fields);
    }
  });

  it("every sort key comes back exact: a list with variants read along pages as one without", async () => {
    const [{ word }] = (await query<{ word: string }>(server.databaseUrl, "SELECT split_part(title, ' ', 2) AS word FROM product WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1")) as [{ word: string }];
    const orders: { sort: ProductSort; filter?: ProductFilter }[] = [
      { sort: "NEWEST" },
      { sort: "PRICE_ASC" },
      { sort: "PRICE_DESC" },
      { sort: "TITLE_ASC" },
      { sort: "TITLE_DESC" },
      // Relevance: a float8 key.
      { sort: "RELEVANCE", filter: { query: word } },
    ];
    for (const { sort, filter } of orders) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const variables: { after: string | null; sort: ProductSort; filter?: ProductFilter } = { after, sort, filter };
        const along = await server.gql(PageAlong, variables, { headers: staff });
        const plain = await server.gql(PagePlain, variables, { headers: staff });
        expect(along.body.errors, sort).toBeUndefined();
        const { pageInfo, edges } = along.body.data!.products;
        // Cursors hold the sort keys: equal cursors, equal keys.
        expect({ pageInfo, edges: edges.map(({ cursor, node }) => ({ cursor, node: { slug: node.slug } })) }).toEqual(plain.body.data!.products);
        expect(edges.every(({ node }) => node.variants.nodes.length > 0)).toBe(true);
        seen.push(...edges.map(({ node }) => node.slug));
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      } while (after);
      expect(seen.length, sort).toBeGreaterThan(filter ? 0 : 11);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("an int8 beyond 2^53 is refused on every path, never answered rounded", async () => {
    // 2^53 + 1: as a JSON number it parses to 2^53, another amount. First in a variant row (the
    // archived one: no product rollup sees it), then in product rows (the live one's price is
    // the product's lowest and highest).
    const cases = [
      { update: "UPDATE variant SET compare_at_price = 9007199254740993 WHERE id = $1", restore: "UPDATE variant SET compare_at_price = 9007199254740991 WHERE id = $1", id: archivedId },
      { update: "UPDATE variant SET price = 9007199254740993 WHERE id = $1", restore: "UPDATE variant SET price = 0 WHERE id = $1", id: liveId },
    ];
    for (const { update, restore, id } of cases) {
      await query(server.databaseUrl, update, [id]);
      try {
        const answers = [
          await server.gql(ListAlong, {}, { headers: staff }),
          await server.gql(Combined, { slug, collection }, { headers: staff }),
          id === archivedId ? await server.gql(VariantAlone, { id: toGlobalId("Variant", archivedId) }, { headers: staff }) : await server.gql(ProductAlone, { slug }, { headers: staff }),
        ];
        for (const { body } of answers) {
          expect(body.errors?.length).toBeGreaterThan(0);
          expect(JSON.stringify(body.data ?? null)).not.toMatch(/90071992547409\.9[23]/);
        }
      } finally {
        await query(server.databaseUrl, restore, [id]);
      }
    }
  });
});
