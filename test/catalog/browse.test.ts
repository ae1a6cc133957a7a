/** Public catalog queries: pagination, sorting, filters, lookups, the collection tree and visibility. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { seedTestCatalog, setStatus } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../helpers/server.js";
import type { ProductPageQuery } from "../gql/graphql.js";

const ProductPage = graphql(`
  query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {
    products(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          slug
          status
          createdAt
          priceRange {
            min {
              amount
              currencyCode
            }
          }
        }
      }
    }
  }
`);

const ProductLookup = graphql(`
  query ProductLookup($id: ID, $slug: String) {
    product(id: $id, slug: $slug) {
      id
      slug
      availableForSale
      variants(first: 100) {
        nodes {
          id
          sku
          price {
            amount
          }
          selectedOptions {
            name
            value
          }
          availableForSale
        }
      }
    }
  }
`);

const Tree = graphql(`
  query Tree {
    collections(first: 10) {
      totalCount
      nodes {
        id
        title
        slug
        parent {
          title
        }
        children {
          title
          slug
          parent {
            slug
          }
          products(first: 3) {
            totalCount
            nodes {
              slug
            }
          }
        }
      }
    }
    bySlug: collection(slug: "shirts") {
      title
    }
  }
`);

const NodeLookup = graphql(`
  query NodeLookup($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Product {
        slug
      }
      ... on Variant {
        sku
      }
      ... on Collection {
        slug
      }
      ... on Image {
        url
        width
        height
      }
    }
  }
`);

const StockQuery = graphql(`
  query StockQuery($slug: String!) {
    product(slug: $slug) {
      title
      variants(first: 1) {
        nodes {
          sku
          stock {
            onHand
          }
        }
      }
    }
  }
`);

let server: TestServer;
const TOTAL = 30;
beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, TOTAL);
});
afterAll(async () => {
  await server.stop();
});

type Listed = { slug: string; title: string; price: number; createdAt: string };

async function allPages(sort: "NEWEST" | "TITLE_ASC" | "PRICE_ASC" | "PRICE_DESC", size: number): Promise<Listed[]> {
  const seen: Listed[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<ProductPageQuery> = await server.gql(ProductPage, { first: size, after: after as string | null, sort });
    expect(response.body.errors).toBeUndefined();
    const page: ProductPageQuery["products"] = response.body.data!.products;
    seen.push(...page.edges.map((e) => ({ slug: e.node.slug, title: e.node.title, price: Number(e.node.priceRange!.min.amount), createdAt: e.node.createdAt as string })));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor!;
  }
}

/**
 * Gives every sort key runs of equal values (groups of 5 creation times and prices, groups of 3
 * titles, taken in id order), so that page boundaries fall inside runs and only the id decides.
 */
async function tieSortKeys(): Promise<void> {
  const groups = "SELECT id, (row_number() OVER (ORDER BY id) - 1) AS n FROM product";
  await query(server.databaseUrl, `UPDATE product p SET created_at = timestamp '2026-01-01' + (g.n / 5) * interval '1 day', title = 'Tied ' || lpad((g.n / 3)::text, 2, '0') FROM (${groups}) g WHERE p.id = g.id`);
  await query(server.databaseUrl, `UPDATE variant v SET price = 1000 + (g.n / 5) * 100 FROM (${groups}) g WHERE v.product_id = g.id`);
}

describe("products", () => {
  it("pages forward through every product exactly once, in each sort order, with ties across page boundaries", async () => {
    await tieSortKeys();
    const keys: Record<string, (p: Listed) => string | number> = { NEWEST: (p) => p.createdAt, TITLE_ASC: (p) => p.title, PRICE_ASC: (p) => p.price, PRICE_DESC: (p) => p.price };
    for (const sort of ["NEWEST", "TITLE_ASC", "PRICE_ASC", "PRICE_DESC"] as const) {
      const seen = await allPages(sort, 7);
      // Pages of 7 end inside a run of equal keys.
      const key = keys[sort]!;
      expect(key(seen[6]!), sort).toEqual(key(seen[7]!));
      expect(seen, sort).toHaveLength(TOTAL);
      expect(new Set(seen.map((p) => p.slug)).size, sort).toBe(TOTAL);
      // The same order as one page holding everything.
      const whole = (await server.gql(ProductPage, { first: 100, sort })).body.data!.products.edges.map((e) => e.node.slug);
      expect(seen.map((p) => p.slug), sort).toEqual(whole);
      const sorted = [...seen].sort((a, b) => {
        if (sort === "TITLE_ASC") return a.title.localeCompare(b.title, "en");
        if (sort === "NEWEST") return b.createdAt.localeCompare(a.createdAt);
        return sort === "PRICE_ASC" ? a.price - b.price : b.price - a.price;
      });
      expect(seen.map(key), sort).toEqual(sorted.map(key));
    }
  });

  it("pages backwards with last/before and reports both page edges", async () => {
    const { body: first } = await server.gql(ProductPage, { first: 10, sort: "NEWEST" });
    const page = first.data!.products;
    expect(page).toMatchObject({ totalCount: TOTAL, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const { body: back } = await server.gql(ProductPage, { last: 3, before: page.edges[5]!.cursor, sort: "NEWEST" });
    expect(back.data!.products.edges.map((e) => e.node.slug)).toEqual(page.edges.slice(2, 5).map((e) => e.node.slug));
    expect(back.data!.products.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const { body: tail } = await server.gql(ProductPage, { last: 4, sort: "NEWEST" });
    expect(tail.data!.products.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it("is newest first by default and formats money with the currency's minor digits", async () => {
    const { body } = await server.gql(ProductPage, { first: 5 });
    const dates = body.data!.products.edges.map((e) => e.node.createdAt as string);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.data!.products.edges[0]!.node.priceRange!.min).toMatchObject({ currencyCode: "EUR", amount: expect.stringMatching(/^\d+\.\d{2}$/) });
  });

  it.each([
    [{ first: 101 }, "first must be between 0 and 100"],
    [{ last: -1 }, "last must be between 0 and 100"],
    [{ first: 1, last: 1 }, "use either first or last, not both"],
    [{ after: "garbage" }, "after is not a valid cursor for this list and sort order"],
    [{ after: "WyJuZXdlc3QiXQ" }, "after is not a valid cursor for this list and sort order"],
  ])("refuses bad paging arguments %j with BAD_USER_INPUT", async (args, message) => {
    const { body } = await server.gql(ProductPage, args);
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
  });

  it("refuses a cursor made for another sort order", async () => {
    const { body } = await server.gql(ProductPage, { first: 2, sort: "TITLE_ASC" });
    const { body: other } = await server.gql(ProductPage, { first: 2, after: body.data!.products.pageInfo.endCursor, sort: "PRICE_ASC" });
    expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by collection (subtree included), price range, stock and option values", async () => {
    const count = async (filter: object) => (await server.gql(ProductPage, { first: 1, filter })).body.data!.products.totalCount;
    const [clothing] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM collection WHERE slug = 'clothing'");
    const [inClothing] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM collection_product cp JOIN collection c ON c.id = cp.collection_id JOIN collection parent ON parent.id = c.parent_id WHERE parent.slug = 'clothing'");
    expect(await count({ collectionId: toGlobalId("Collection", clothing!.id) })).toBe(inClothing!.n);

    const [priced] = await query<{ n: number }>(server.databaseUrl, "SELECT count(DISTINCT product_id)::int AS n FROM variant WHERE price BETWEEN 5000 AND 10000");
    expect(await count({ priceMin: "50", priceMax: "100.00" })).toBe(priced!.n);

    await query(server.databaseUrl, "UPDATE variant SET stock_on_hand = 0, track_inventory = true WHERE product_id = (SELECT id FROM product ORDER BY slug LIMIT 1)");
    const [stocked] = await query<{ n: number }>(server.databaseUrl, "SELECT count(DISTINCT product_id)::int AS n FROM variant WHERE NOT track_inventory OR stock_on_hand > stock_allocated");
    expect(await count({ inStock: true })).toBe(stocked!.n);

    const [navyXl] = await query<{ n: number }>(
      server.databaseUrl,
      `SELECT count(DISTINCT v.product_id)::int AS n FROM variant v
        WHERE EXISTS (SELECT 1 FROM variant_option_value x JOIN option_value ov ON ov.id = x.value_id WHERE x.variant_id = v.id AND ov.name = 'Navy')
          AND EXISTS (SELECT 1 FROM variant_option_value x JOIN option_value ov ON ov.id = x.value_id WHERE x.variant_id = v.id AND ov.name IN ('XL', 'L'))`,
    );
    expect(navyXl!.n).toBeGreaterThan(0);
    expect(await count({ options: [{ name: "color", values: ["navy"] }, { name: "Size", values: ["XL", "L"] }] })).toBe(navyXl!.n);
  });

  it.each([
    [{ priceMin: "12.345" }, "filter.priceMin must have at most 2 decimal places for EUR"],
    [{ priceMax: "-1" }, "filter.priceMax must be a non-negative decimal amount such as 19.99"],
    [{ collectionId: "nope" }, "filter.collectionId is not a valid Collection id"],
    [{ options: [{ name: "Size", values: [] }] }, "1 to 50 values"],
  ])("refuses a bad filter %j with BAD_USER_INPUT", async (filter, message) => {
    const { body } = await server.gql(ProductPage, { first: 1, filter });
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("product, collections and node", () => {
  it("finds a product by slug and by id, with its variants in order", async () => {
    const [row] = await query<{ slug: string }>(server.databaseUrl, "SELECT slug FROM product ORDER BY slug LIMIT 1");
    const { body } = await server.gql(ProductLookup, { slug: row!.slug });
    const product = body.data!.product!;
    expect(product.slug).toBe(row!.slug);
    expect(product.variants.nodes.length).toBeGreaterThan(0);
    const byId = await server.gql(ProductLookup, { id: product.id });
    expect(byId.body.data!.product).toEqual(product);
    for (const slug of ["no-such-product", "' OR 1=1--", "x".repeat(10_000)]) {
      const missing = await server.gql(ProductLookup, { slug });
      expect(missing.body).toEqual({ data: { product: null } });
    }
    // No slug can hold U+0000: refused before the lookup, like every string input.
    const nul = await server.gql(ProductLookup, { slug: "nul\u0000byte" });
    expect([nul.status, nul.body.errors?.[0]?.extensions]).toEqual([400, { code: "BAD_USER_INPUT", argument: "$slug" }]);
    const both = await server.gql(ProductLookup, { id: product.id, slug: row!.slug });
    expect(both.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("returns the collection tree with children, parents and ordered products", async () => {
    const { body } = await server.gql(Tree);
    expect(body.errors).toBeUndefined();
    const roots = body.data!.collections.nodes;
    expect(roots.map((c) => c.title)).toEqual(["Clothing", "Home", "Accessories"]);
    expect(roots.every((c) => c.parent === null)).toBe(true);
    expect(roots[0]!.children.map((c) => c.title)).toEqual(["Shirts", "Sweaters", "Jackets", "Trousers"]);
    expect(roots[0]!.children[0]!.parent).toEqual({ slug: "clothing" });
    expect(roots[0]!.children[0]!.products.nodes.length).toBe(3);
    expect(body.data!.bySlug).toEqual({ title: "Shirts" });
  });

  it("fetches products, variants, collections and images through node(id:)", async () => {
    const [row] = await query<{ product: string; variant: string; sku: string; collection: string; image: string }>(
      server.databaseUrl,
      `SELECT p.id AS product, v.id AS variant, v.sku, cp.collection_id AS collection, pi.image_id AS image
         FROM product p JOIN variant v ON v.product_id = p.id JOIN collection_product cp ON cp.product_id = p.id
         JOIN product_image pi ON pi.product_id = p.id LIMIT 1`,
    );
    const node = async (type: string, id: string) => (await server.gql(NodeLookup, { id: toGlobalId(type, id) })).body.data!.node;
    expect(await node("Product", row!.product)).toMatchObject({ __typename: "Product" });
    expect(await node("Variant", row!.variant)).toMatchObject({ __typename: "Variant", sku: row!.sku });
    expect(await node("Collection", row!.collection)).toMatchObject({ __typename: "Collection" });
    expect(await node("Image", row!.image)).toMatchObject({ __typename: "Image", width: 96, height: 96, url: expect.stringMatching(/^\/images\/[0-9a-f]{64}\.png$/) });
  });
});

describe("visibility", () => {
  it("shows draft and archived products, their variants and images to catalog staff only", async () => {
    const [row] = await query<{ id: string; slug: string; variant: string; image: string }>(
      server.databaseUrl,
      `SELECT p.id, p.slug, (SELECT id FROM variant WHERE product_id = p.id LIMIT 1) AS variant,
              (SELECT image_id FROM product_image WHERE product_id = p.id LIMIT 1) AS image
         FROM product p ORDER BY p.slug DESC LIMIT 1`,
    );
    await setStatus(server, row!.slug, "DRAFT");
    // The image must be shown on this product only, so it hides with it.
    await query(server.databaseUrl, "DELETE FROM product_image WHERE image_id = $1 AND product_id <> $2", [row!.image, row!.id]);
    await query(server.databaseUrl, "DELETE FROM variant_image WHERE image_id = $1", [row!.image]);
    const customer = { authorization: (await customerHeaders(server)).authorization };
    const stranger = { authorization: (await staffHeaders(server, [Permission.ORDERS_READ])).authorization };
    const reader = { authorization: (await staffHeaders(server, [Permission.CATALOG_READ])).authorization };

    for (const headers of [{}, customer, stranger]) {
      expect((await server.gql(ProductLookup, { slug: row!.slug }, { headers })).body.data!.product).toBeNull();
      for (const [type, id] of [["Product", row!.id], ["Variant", row!.variant], ["Image", row!.image]] as const) {
        expect((await server.gql(NodeLookup, { id: toGlobalId(type, id) }, { headers })).body.data!.node).toBeNull();
      }
      const listed = await server.gql(ProductPage, { first: 100, filter: { status: ["DRAFT"] } }, { headers });
      expect(listed.body.data!.products.edges.map((e) => e.node.slug)).not.toContain(row!.slug);
      expect(listed.body.data!.products.totalCount).toBe(TOTAL - 1);
    }
    expect((await server.gql(ProductLookup, { slug: row!.slug }, { headers: reader })).body.data!.product?.slug).toBe(row!.slug);
    expect((await server.gql(NodeLookup, { id: toGlobalId("Image", row!.image) }, { headers: reader })).body.data!.node).not.toBeNull();
    const drafts = await server.gql(ProductPage, { first: 100, filter: { status: ["DRAFT"] } }, { headers: reader });
    expect(drafts.body.data!.products.edges.map((e) => e.node.slug)).toEqual([row!.slug]);
    await setStatus(server, row!.slug, "ACTIVE");
  });

  it("hides archived variants from customers and marks them unavailable", async () => {
    const [row] = await query<{ slug: string; id: string }>(server.databaseUrl, "SELECT p.slug, v.id FROM product p JOIN variant v ON v.product_id = p.id ORDER BY p.slug, v.position LIMIT 1");
    await query(server.databaseUrl, "UPDATE variant SET archived_at = now() WHERE id = $1", [row!.id]);
    const publicView = (await server.gql(ProductLookup, { slug: row!.slug })).body.data!.product!;
    expect(publicView.variants.nodes.map((v) => v.id)).not.toContain(toGlobalId("Variant", row!.id));
    const reader = { authorization: (await staffHeaders(server, [Permission.CATALOG_READ])).authorization };
    const staffView = (await server.gql(ProductLookup, { slug: row!.slug }, { headers: reader })).body.data!.product!;
    expect(staffView.variants.nodes.find((v) => v.id === toGlobalId("Variant", row!.id))).toMatchObject({ availableForSale: false });
    await query(server.databaseUrl, "UPDATE variant SET archived_at = NULL WHERE id = $1", [row!.id]);
  });

  it("shows stock numbers to catalog staff only, and the rest of the answer to everyone", async () => {
    const [row] = await query<{ slug: string; title: string; sku: string }>(
      server.databaseUrl,
      "SELECT p.slug, p.title, v.sku FROM product p JOIN variant v ON v.product_id = p.id ORDER BY p.slug, v.position LIMIT 1",
    );
    const denied = { product: { title: row!.title, variants: { nodes: [{ sku: row!.sku, stock: null }] } } };
    const anonymous = await server.gql(StockQuery, { slug: row!.slug });
    expect(anonymous.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([["UNAUTHENTICATED", ["product", "variants", "nodes", 0, "stock"]]]);
    expect(anonymous.body.data).toEqual(denied);
    const customer = await server.gql(StockQuery, { slug: row!.slug }, { headers: { authorization: (await customerHeaders(server)).authorization } });
    expect(customer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(customer.body.data).toEqual(denied);
    const reader = await server.gql(StockQuery, { slug: row!.slug }, { headers: { authorization: (await staffHeaders(server, [Permission.CATALOG_READ])).authorization } });
    expect(reader.body.data!.product!.variants.nodes[0]!.stock!.onHand).toEqual(expect.any(Number));
  });
});
