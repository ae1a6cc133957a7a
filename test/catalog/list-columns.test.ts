/**
 * A product list with its variants read along sends some columns only when a field of their name is
 * selected somewhere in the operation (product-listing.ts): what it leaves out must never be missed,
 * not by the list's own fields, not through a fragment, and not by another field of the same
 * operation that reads the variant pages the list primed. The test catalog's featured images are
 * made to differ from the first image (product) and to follow a variant's first image (variant),
 * so an image id left out would show as the wrong image, not as the same one by chance.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
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
      featuredImage {
        url
      }
      variants(first: 10) {
        pageInfo {
          endCursor
        }
        edges {
          cursor
        }
        nodes {
          sku
          position
          featuredImage {
            url
          }
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
    featuredImage {
      url
    }
    variants(first: 10) {
      pageInfo {
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        sku
        position
        featuredImage {
          url
        }
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

/** The list's own cursors, asked for beside variants (read along) and without them (a plain page read). */
const CursorsWithVariants = graphql(`
  query ListColumnsCursorsWithVariants {
    products(first: 3, sort: NEWEST) {
      pageInfo {
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          variants(first: 2) {
            pageInfo {
              endCursor
            }
            nodes {
              sku
            }
          }
        }
      }
    }
  }
`);

const CursorsAlone = graphql(`
  query ListColumnsCursorsAlone {
    products(first: 3, sort: NEWEST) {
      pageInfo {
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

const VariantCursorAlone = graphql(`
  query ListColumnsVariantCursorAlone($id: ID!) {
    product(id: $id) {
      variants(first: 2) {
        pageInfo {
          endCursor
        }
      }
    }
  }
`);

/** The list's variants show no field that needs their ids; another field of the operation shows some, from the pages the list primed. */
const VariantIdsElsewhere = graphql(`
  query ListColumnsVariantIdsElsewhere($id: ID!) {
    products(first: 5, sort: NEWEST) {
      nodes {
        variants(first: 10) {
          nodes {
            sku
          }
        }
      }
    }
    product(id: $id) {
      variants(first: 10) {
        nodes {
          sku
          title
          selectedOptions {
            name
            value
          }
        }
      }
    }
  }
`);

const VariantIdsAlone = graphql(`
  query ListColumnsVariantIdsAlone($id: ID!) {
    product(id: $id) {
      variants(first: 10) {
        nodes {
          id
          sku
          title
          selectedOptions {
            name
            value
          }
        }
      }
    }
  }
`);

/** The variants' ids asked for through the Node interface only. */
const VariantIdsThroughNode = graphql(`
  query ListColumnsVariantIdsThroughNode {
    products(first: 5, sort: NEWEST) {
      nodes {
        id
        variants(first: 10) {
          nodes {
            sku
            ... on Node {
              id
            }
          }
        }
      }
    }
  }
`);

/** A list page as a storefront shows it (few columns travel), and the same fields of one product read alone. */
const ListPage = graphql(`
  query ListColumnsListPage {
    products(first: 5, sort: NEWEST) {
      nodes {
        id
        ...ListColumnsCard
      }
    }
  }
`);

const CardAlone = graphql(`
  query ListColumnsCardAlone($id: ID!) {
    product(id: $id) {
      ...ListColumnsCard
    }
  }
`);

graphql(`
  fragment ListColumnsCard on Product {
    title
    slug
    status
    priceRange {
      min {
        amount
        currencyCode
      }
      max {
        amount
      }
    }
    variants(first: 10) {
      nodes {
        sku
        price {
          amount
        }
        availableForSale
        trackInventory
        allowBackorder
      }
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 12);
  // A product's featured image is its last image; a variant's is no longer its first image.
  const url = server.databaseUrl;
  await query(url, `UPDATE product p SET featured_image_id = (SELECT image_id FROM product_image pi WHERE pi.product_id = p.id ORDER BY position DESC LIMIT 1)`);
  await query(
    url,
    `INSERT INTO variant_image (variant_id, image_id, position)
     SELECT v.id, pi.image_id, -1 FROM variant v JOIN product_image pi ON pi.product_id = v.product_id
      WHERE v.featured_image_id IS NOT NULL AND pi.image_id <> v.featured_image_id ON CONFLICT DO NOTHING`,
  );
  const [check] = await query<{ products: number; variants: number }>(
    url,
    `SELECT (SELECT count(*)::int FROM product p WHERE p.featured_image_id <> (SELECT image_id FROM product_image pi WHERE pi.product_id = p.id ORDER BY position LIMIT 1)) AS products,
            (SELECT count(*)::int FROM variant v WHERE v.featured_image_id <> (SELECT image_id FROM variant_image vi WHERE vi.variant_id = v.id ORDER BY position, image_id LIMIT 1)) AS variants`,
  );
  expect(check!.products).toBeGreaterThan(5);
  expect(check!.variants).toBeGreaterThan(5);
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
      expect(variants.every((v) => v.weightGrams !== null && v.createdAt && v.updatedAt && v.version >= 1 && v.featuredImage)).toBe(true);
      expect(alone.body.data!.product!.featuredImage).not.toBeNull();
      expect(alone.body.data!.product!.variants.pageInfo.endCursor).toBeTruthy();
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

  it("make the cursors of the list and of its variant pages the same as pages read alone", async () => {
    const withVariants = await server.gql(CursorsWithVariants);
    const alone = await server.gql(CursorsAlone);
    expect(withVariants.body.errors).toBeUndefined();
    const cursors = (body: typeof alone.body) => ({ end: body.data!.products.pageInfo.endCursor, each: body.data!.products.edges.map((e) => [e.cursor, e.node.slug]) });
    expect(cursors(withVariants.body as typeof alone.body)).toEqual(cursors(alone.body));
    expect(alone.body.data!.products.pageInfo.endCursor).toBeTruthy();
    for (const { node } of withVariants.body.data!.products.edges) {
      const variants = await server.gql(VariantCursorAlone, { id: node.id });
      expect(node.variants.pageInfo.endCursor).toBeTruthy();
      expect(node.variants.pageInfo.endCursor).toBe(variants.body.data!.product!.variants.pageInfo.endCursor);
    }
  });

  it("read the variants' ids when a field that needs them is selected elsewhere in the operation", async () => {
    const listed = await server.gql(Trimmed);
    for (const { id } of listed.body.data!.products.nodes) {
      const together = await server.gql(VariantIdsElsewhere, { id });
      const alone = await server.gql(VariantIdsAlone, { id });
      expect(together.body.errors).toBeUndefined();
      const variants = alone.body.data!.product!.variants.nodes;
      expect(variants.some((v) => v.selectedOptions.length > 0 && v.title !== v.sku)).toBe(true);
      expect(together.body.data!.product!.variants.nodes).toEqual(variants.map(({ id: _, ...fields }) => fields));
    }
  });

  it("read the variants' ids when they are asked for through the Node interface", async () => {
    const listed = await server.gql(VariantIdsThroughNode);
    expect(listed.body.errors).toBeUndefined();
    for (const product of listed.body.data!.products.nodes) {
      const alone = await server.gql(VariantIdsAlone, { id: product.id });
      expect(product.variants.nodes.map((v) => [v.sku, v.id])).toEqual(alone.body.data!.product!.variants.nodes.map((v) => [v.sku, v.id]));
    }
  });

  it("leave the columns a list page shows where they were: each product as it reads alone", async () => {
    const listed = await server.gql(ListPage);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data!.products.nodes.length).toBe(5);
    for (const { id, ...card } of listed.body.data!.products.nodes) {
      const alone = await server.gql(CardAlone, { id });
      expect(card.variants.nodes.length).toBeGreaterThan(0);
      expect(card).toEqual(alone.body.data!.product);
    }
  });
});
