/** Staff mutations on variants, prices and collections: uniqueness, versions, rollups and the tree. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { catalogCounts, createTestProduct } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CreateVariant = graphql(`
  mutation CreateVariant($input: CreateVariantInput!) {
    createVariant(input: $input) {
      __typename
      ... on VariantCreated {
        variant {
          id
          sku
          title
          version
          price {
            amount
          }
          compareAtPrice {
            amount
          }
          availableForSale
          product {
            priceRange {
              min {
                amount
              }
              max {
                amount
              }
            }
          }
        }
      }
      ... on SkuTaken {
        sku
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const UpdateVariant = graphql(`
  mutation UpdateVariant($input: UpdateVariantInput!) {
    updateVariant(input: $input) {
      __typename
      ... on VariantUpdated {
        variant {
          sku
          version
          price {
            amount
          }
          compareAtPrice {
            amount
          }
        }
      }
      ... on VersionConflict {
        currentVersion
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const ArchiveVariant = graphql(`
  mutation ArchiveVariant($input: ArchiveVariantInput!) {
    archiveVariant(input: $input) {
      __typename
      ... on VariantArchived {
        variant {
          archivedAt
          availableForSale
          product {
            priceRange {
              min {
                amount
              }
            }
          }
        }
      }
    }
  }
`);

const CreateCollection = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CollectionCreated {
        collection {
          id
          slug
          version
          position
          parent {
            slug
          }
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const UpdateCollection = graphql(`
  mutation UpdateCollection($input: UpdateCollectionInput!) {
    updateCollection(input: $input) {
      __typename
      ... on CollectionUpdated {
        collection {
          version
          parent {
            slug
          }
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const SetCollectionProducts = graphql(`
  mutation SetCollectionProducts($input: SetCollectionProductsInput!) {
    setCollectionProducts(input: $input) {
      __typename
      ... on CollectionUpdated {
        collection {
          version
          products(first: 10) {
            nodes {
              slug
            }
          }
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const DeleteCollection = graphql(`
  mutation DeleteCollection($input: DeleteCollectionInput!) {
    deleteCollection(input: $input) {
      __typename
      ... on CollectionDeleted {
        deletedId
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

const SearchCollections = graphql(`
  query SearchCollections($query: String!) {
    search(query: $query) {
      facets {
        collections {
          count
          collection {
            slug
          }
        }
      }
    }
  }
`);

let server: TestServer;
let writer: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  writer = { authorization: (await staffHeaders(server, [Permission.CATALOG_WRITE])).authorization };
});
afterAll(async () => {
  await server.stop();
});

const createProduct = (input: Record<string, unknown>) => createTestProduct(server, writer, input);

describe("variants and prices", () => {
  it("creates variants with prices, keeps SKUs unique and option combinations distinct", async () => {
    const product = await createProduct({ title: "Priced Tee", status: "ACTIVE", options: [{ name: "Size", values: ["S", "M", "L"] }] });
    const created = await server.gql(CreateVariant, { input: { productId: product.id, sku: "TEE-S", price: "19.99", compareAtPrice: "25", onHand: 3, options: [{ name: "Size", value: "S" }] } }, { headers: writer });
    expect(created.body.data!.createVariant).toMatchObject({
      __typename: "VariantCreated",
      variant: { sku: "TEE-S", title: "S", version: 1, price: { amount: "19.99" }, compareAtPrice: { amount: "25.00" }, availableForSale: true, product: { priceRange: { min: { amount: "19.99" }, max: { amount: "19.99" } } } },
    });
    const second = await server.gql(CreateVariant, { input: { productId: product.id, sku: "TEE-M", price: "24.5", options: [{ name: "Size", value: "M" }] } }, { headers: writer });
    expect(second.body.data!.createVariant).toMatchObject({ variant: { availableForSale: false, product: { priceRange: { min: { amount: "19.99" }, max: { amount: "24.50" } } } } });

    const cases: [object, string, object][] = [
      [{ sku: "TEE-S", price: "1", options: [{ name: "Size", value: "L" }] }, "SkuTaken", { code: "SKU_TAKEN", sku: "TEE-S" }],
      [{ sku: "TEE-S2", price: "1", options: [{ name: "Size", value: "S" }] }, "InvalidInput", { message: "variant TEE-S already has these options" }],
      [{ sku: "TEE-X", price: "1", options: [{ name: "Size", value: "XL" }] }, "InvalidInput", { message: '"XL" is not a value of option "Size"' }],
      [{ sku: "TEE-Y", price: "1" }, "InvalidInput", { message: "give one value for each option: Size" }],
      [{ sku: "has space", price: "1", options: [{ name: "Size", value: "M" }] }, "InvalidInput", { path: ["input", "sku"] }],
      [{ sku: "TEE-Z", price: "1.999", options: [{ name: "Size", value: "M" }] }, "InvalidInput", { message: "price must have at most 2 decimal places for EUR" }],
      [{ sku: "TEE-Z", price: "99999999999", options: [{ name: "Size", value: "M" }] }, "InvalidInput", { path: ["input", "price"] }],
    ];
    const before = await catalogCounts(server);
    for (const [input, typename, fields] of cases) {
      const { body } = await server.gql(CreateVariant, { input: { productId: product.id, ...input } as never }, { headers: writer });
      expect(body.data!.createVariant).toMatchObject({ __typename: typename, ...fields });
    }
    expect(await catalogCounts(server)).toEqual(before);
  });

  it("changes prices with optimistic concurrency and archives variants out of the price range", async () => {
    const product = await createProduct({ title: "Repriced", status: "ACTIVE", options: [{ name: "Size", values: ["S", "M"] }] });
    const make = async (sku: string, size: string, price: string) => {
      const { body } = await server.gql(CreateVariant, { input: { productId: product.id, sku, price, onHand: 5, options: [{ name: "Size", value: size }] } }, { headers: writer });
      const result = body.data!.createVariant;
      if (result.__typename !== "VariantCreated") throw new Error(JSON.stringify(result));
      return result.variant;
    };
    const cheap = await make("RP-S", "S", "5.00");
    await make("RP-M", "M", "9.00");
    const update = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 1, price: "7.25", compareAtPrice: "8" } }, { headers: writer });
    expect(update.body.data!.updateVariant).toMatchObject({ __typename: "VariantUpdated", variant: { version: 2, price: { amount: "7.25" }, compareAtPrice: { amount: "8.00" } } });
    const cleared = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 2, compareAtPrice: null } }, { headers: writer });
    expect(cleared.body.data!.updateVariant).toMatchObject({ variant: { version: 3, compareAtPrice: null, price: { amount: "7.25" } } });
    const stale = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 1, price: "1.00" } }, { headers: writer });
    expect(stale.body.data!.updateVariant).toMatchObject({ __typename: "VersionConflict", currentVersion: 3 });

    await query(server.databaseUrl, "UPDATE variant SET allow_backorder = true, stock_allocated = 9 WHERE sku = 'RP-S'");
    const unsafe = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 3, allowBackorder: false } }, { headers: writer });
    expect(unsafe.body.data!.updateVariant).toMatchObject({ __typename: "InvalidInput", path: ["input", "allowBackorder"], message: "9 units are allocated but only 5 on hand" });

    const archived = await server.gql(ArchiveVariant, { input: { id: cheap.id, version: 3 } }, { headers: writer });
    expect(archived.body.data!.archiveVariant).toMatchObject({ variant: { archivedAt: expect.any(String), availableForSale: false, product: { priceRange: { min: { amount: "9.00" } } } } });
    // The facet rollup follows too: only the live variant's option value is left.
    expect(await query(server.databaseUrl, "SELECT facet_options, facet_option_set FROM product WHERE slug = 'repriced'")).toEqual([{ facet_options: ["Size\u001fM"], facet_option_set: "Size\u001fM" }]);
    await query(server.databaseUrl, "UPDATE option_value SET name = 'Medium' WHERE name = 'M' AND option_id IN (SELECT id FROM product_option WHERE product_id = (SELECT id FROM product WHERE slug = 'repriced'))");
    expect(await query(server.databaseUrl, "SELECT facet_options, facet_option_set FROM product WHERE slug = 'repriced'")).toEqual([{ facet_options: ["Size\u001fMedium"], facet_option_set: "Size\u001fMedium" }]);
    // Stock moves do not touch the rollups (checkout updates stock constantly).
    const version = async () => (await query<{ xmin: string }>(server.databaseUrl, "SELECT xmin::text FROM product WHERE slug = 'repriced'"))[0]!.xmin;
    const before = await version();
    await query(server.databaseUrl, "UPDATE variant SET stock_on_hand = stock_on_hand + 1 WHERE sku = 'RP-M'");
    expect(await version()).toBe(before);
  });
});

describe("collections", () => {
  it("builds a tree, refuses cycles, orders products and deletes leaves only", async () => {
    const create = async (input: object) => {
      const { body } = await server.gql(CreateCollection, { input: input as never }, { headers: writer });
      const result = body.data!.createCollection;
      if (result.__typename !== "CollectionCreated") throw new Error(JSON.stringify(result));
      return result.collection;
    };
    const root = await create({ title: "Outdoor" });
    const child = await create({ title: "Tents", parentId: root.id });
    const grandchild = await create({ title: "Pegs", parentId: child.id });
    expect(child).toMatchObject({ slug: "tents", position: 0, parent: { slug: "outdoor" } });

    const taken = await server.gql(CreateCollection, { input: { title: "Tents" } }, { headers: writer });
    expect(taken.body.data!.createCollection).toMatchObject({ __typename: "SlugTaken", code: "SLUG_TAKEN" });
    const cycle = await server.gql(UpdateCollection, { input: { id: root.id, version: 1, parentId: grandchild.id } }, { headers: writer });
    expect(cycle.body.data!.updateCollection).toMatchObject({ __typename: "InvalidInput", message: "a collection cannot be moved under itself or its descendants" });
    const moved = await server.gql(UpdateCollection, { input: { id: grandchild.id, version: 1, parentId: root.id } }, { headers: writer });
    expect(moved.body.data!.updateCollection).toMatchObject({ collection: { version: 2, parent: { slug: "outdoor" } } });

    const a = await createProduct({ title: "Tent A", status: "ACTIVE" });
    const b = await createProduct({ title: "Tent B", status: "ACTIVE" });
    const set = await server.gql(SetCollectionProducts, { input: { id: child.id, version: 1, productIds: [b.id, a.id] } }, { headers: writer });
    expect(set.body.data!.setCollectionProducts).toMatchObject({ collection: { version: 2, products: { nodes: [{ slug: "tent-b" }, { slug: "tent-a" }] } } });

    const notLeaf = await server.gql(DeleteCollection, { input: { id: root.id, version: 1 } }, { headers: writer });
    expect(notLeaf.body.data!.deleteCollection).toMatchObject({ __typename: "InvalidInput", message: "move or delete its child collections first" });
    const deleted = await server.gql(DeleteCollection, { input: { id: child.id, version: 2 } }, { headers: writer });
    expect(deleted.body.data!.deleteCollection).toEqual({ __typename: "CollectionDeleted", deletedId: child.id });
    expect(await query(server.databaseUrl, "SELECT 1 FROM collection WHERE slug = 'tents'")).toEqual([]);
  });

  it("keeps the collections each product is in for search facets, whoever changes the memberships", async () => {
    const create = async (title: string) => {
      const { body } = await server.gql(CreateCollection, { input: { title } }, { headers: writer });
      const result = body.data!.createCollection;
      if (result.__typename !== "CollectionCreated") throw new Error(JSON.stringify(result));
      return result.collection;
    };
    const lamps = await create("Lamps");
    const garden = await create("Garden");
    const brass = await createProduct({ title: "Brass Lantern", status: "ACTIVE" });
    const paper = await createProduct({ title: "Paper Lantern", status: "ACTIVE" });
    const facet = async () => {
      const { body } = await server.gql(SearchCollections, { query: "lantern" });
      expect(body.errors).toBeUndefined();
      return Object.fromEntries(body.data!.search.facets.collections.map((c) => [c.collection.slug, c.count]));
    };
    const set = async (collection: { id: string }, version: number, productIds: string[]) => {
      const { body } = await server.gql(SetCollectionProducts, { input: { id: collection.id, version, productIds } }, { headers: writer });
      expect(body.data!.setCollectionProducts.__typename).toBe("CollectionUpdated");
    };
    expect(await facet()).toEqual({});

    await set(lamps, 1, [brass.id, paper.id]);
    expect(await facet()).toEqual({ lamps: 2 });
    await set(garden, 1, [paper.id]);
    expect(await facet()).toEqual({ lamps: 2, garden: 1 });
    await set(lamps, 2, [paper.id]);
    expect(await facet()).toEqual({ lamps: 1, garden: 1 });

    // Plain SQL too: reordering changes nothing; moving a membership to another product moves the count.
    await query(server.databaseUrl, "UPDATE collection_product SET position = position + 5");
    await query(server.databaseUrl, "UPDATE collection_product cp SET product_id = p.id FROM product p WHERE p.slug = 'brass-lantern' AND cp.collection_id = (SELECT id FROM collection WHERE slug = 'garden')");
    const ids = await query<{ slug: string; collection_ids: string[] }>(server.databaseUrl, "SELECT slug, collection_ids FROM product WHERE slug LIKE '%-lantern' ORDER BY slug");
    const collectionIds = await query<{ slug: string; id: string }>(server.databaseUrl, "SELECT slug, id FROM collection WHERE slug IN ('lamps', 'garden')");
    const idOf = (slug: string) => collectionIds.find((c) => c.slug === slug)!.id;
    expect(ids).toEqual([
      { slug: "brass-lantern", collection_ids: [idOf("garden")] },
      { slug: "paper-lantern", collection_ids: [idOf("lamps")] },
    ]);
    expect(await facet()).toEqual({ lamps: 1, garden: 1 });

    const deleted = await server.gql(DeleteCollection, { input: { id: garden.id, version: 2 } }, { headers: writer });
    expect(deleted.body.data!.deleteCollection.__typename).toBe("CollectionDeleted");
    expect(await facet()).toEqual({ lamps: 1 });
    expect(await query(server.databaseUrl, "SELECT collection_ids FROM product WHERE slug = 'brass-lantern'")).toEqual([{ collection_ids: [] }]);
  });
});
