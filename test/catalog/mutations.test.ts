/** Staff mutations on the catalog: permissions, typed errors, uniqueness and optimistic concurrency. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { catalogCounts } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CreateProduct = graphql(`
  mutation CreateProduct($input: ProductCreateInput!) {
    productCreate(input: $input) {
      __typename
      ... on ProductPayload {
        product {
          id
          slug
          title
          status
          version
          options {
            id
            name
            values {
              name
            }
          }
        }
      }
      ... on SlugTaken {
        slug
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const UpdateProduct = graphql(`
  mutation UpdateProduct($input: ProductUpdateInput!) {
    productUpdate(input: $input) {
      __typename
      ... on ProductPayload {
        product {
          title
          slug
          status
          version
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

const ArchiveProduct = graphql(`
  mutation ArchiveProduct($input: ProductArchiveInput!) {
    productArchive(input: $input) {
      __typename
      ... on ProductPayload {
        product {
          status
          version
        }
      }
      ... on UserError {
        code
      }
    }
  }
`);

const SetOptions = graphql(`
  mutation SetOptions($input: ProductOptionsSetInput!) {
    productOptionsSet(input: $input) {
      __typename
      ... on ProductPayload {
        product {
          version
          options {
            id
            name
            values {
              name
            }
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

const CreateVariant = graphql(`
  mutation CreateVariant($input: VariantCreateInput!) {
    variantCreate(input: $input) {
      __typename
      ... on VariantPayload {
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
  mutation UpdateVariant($input: VariantUpdateInput!) {
    variantUpdate(input: $input) {
      __typename
      ... on VariantPayload {
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
  mutation ArchiveVariant($input: VariantArchiveInput!) {
    variantArchive(input: $input) {
      __typename
      ... on VariantPayload {
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
  mutation CreateCollection($input: CollectionCreateInput!) {
    collectionCreate(input: $input) {
      __typename
      ... on CollectionPayload {
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
  mutation UpdateCollection($input: CollectionUpdateInput!) {
    collectionUpdate(input: $input) {
      __typename
      ... on CollectionPayload {
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
  mutation SetCollectionProducts($input: CollectionProductsSetInput!) {
    collectionProductsSet(input: $input) {
      __typename
      ... on CollectionPayload {
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
  mutation DeleteCollection($input: CollectionDeleteInput!) {
    collectionDelete(input: $input) {
      __typename
      ... on DeletedPayload {
        deletedId
      }
      ... on UserError {
        code
        message
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

async function createProduct(input: Record<string, unknown>) {
  const { body } = await server.gql(CreateProduct, { input: input as never }, { headers: writer });
  const result = body.data!.productCreate;
  if (result.__typename !== "ProductPayload") throw new Error(JSON.stringify(result));
  return result.product;
}

describe("who may change the catalog", () => {
  it.each([
    ["anonymous", "UNAUTHENTICATED", () => Promise.resolve({})],
    ["a customer", "FORBIDDEN", async () => ({ authorization: (await customerHeaders(server)).authorization })],
    ["staff without CATALOG_WRITE", "FORBIDDEN", async () => ({ authorization: (await staffHeaders(server, [Permission.CATALOG_READ, Permission.ORDERS_WRITE])).authorization })],
  ])("%s is refused with %s and nothing changes", async (_who, code, headersOf) => {
    const product = await createProduct({ title: `Guarded ${code} ${Math.random()}`, options: [{ name: "Size", values: ["S"] }] });
    const before = await catalogCounts(server);
    const headers = await headersOf();
    const attempts = [
      await server.gql(CreateProduct, { input: { title: "Sneaky" } }, { headers }),
      await server.gql(UpdateProduct, { input: { id: product.id, version: product.version, title: "Hacked" } }, { headers }),
      await server.gql(CreateVariant, { input: { productId: product.id, sku: "SNEAKY-1", price: "1.00", options: [{ name: "Size", value: "S" }] } }, { headers }),
      await server.gql(CreateCollection, { input: { title: "Sneaky" } }, { headers }),
    ];
    for (const attempt of attempts) {
      expect(attempt.body.data).toBeNull();
      expect(attempt.body.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await catalogCounts(server)).toEqual(before);
  });
});

describe("products", () => {
  it("creates a draft with a slug from its title and ordered options", async () => {
    const product = await createProduct({ title: "  Crème Brûlée Mug ", options: [{ name: "Color", values: ["Blue", "Red"] }, { name: "Size", values: ["S", "M"] }] });
    expect(product).toMatchObject({ title: "Crème Brûlée Mug", slug: "creme-brulee-mug", status: "DRAFT", version: 1 });
    expect(product.options.map((o) => [o.name, o.values.map((v) => v.name)])).toEqual([["Color", ["Blue", "Red"]], ["Size", ["S", "M"]]]);
  });

  it("answers a taken slug with SlugTaken and bad input with InvalidInput naming the field", async () => {
    await createProduct({ title: "Taken", slug: "taken" });
    const taken = await server.gql(CreateProduct, { input: { title: "Other", slug: "taken" } }, { headers: writer });
    expect(taken.body.data!.productCreate).toMatchObject({ __typename: "SlugTaken", code: "SLUG_TAKEN", slug: "taken", path: ["input", "slug"] });
    const cases: [object, string[], string][] = [
      [{ title: "  " }, ["input", "title"], "title must not be blank"],
      [{ title: "x", slug: "Not A Slug" }, ["input", "slug"], "slug must be 1 to 120 lower-case letters, digits and single hyphens"],
      [{ title: "x", options: [{ name: "Size", values: ["S", "s"] }] }, ["input", "options", "0", "values", "1"], 'value "s" is listed twice'],
      [{ title: "x", description: "bad\u0000" }, ["input", "description"], "description must not contain control characters"],
    ];
    for (const [input, path, message] of cases) {
      const { body } = await server.gql(CreateProduct, { input: input as never }, { headers: writer });
      expect(body.data!.productCreate).toMatchObject({ __typename: "InvalidInput", code: "INVALID_INPUT", path, message });
    }
  });

  it("updates with the current version and refuses a stale one without writing", async () => {
    const product = await createProduct({ title: "Versioned" });
    const first = await server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: "Versioned 2", status: "ACTIVE" } }, { headers: writer });
    expect(first.body.data!.productUpdate).toMatchObject({ __typename: "ProductPayload", product: { title: "Versioned 2", status: "ACTIVE", version: 2 } });
    const stale = await server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: "Lost update" } }, { headers: writer });
    expect(stale.body.data!.productUpdate).toMatchObject({ __typename: "VersionConflict", code: "VERSION_CONFLICT", currentVersion: 2, path: ["input", "version"] });
    const [row] = await query<{ title: string }>(server.databaseUrl, "SELECT title FROM product WHERE slug = 'versioned'");
    expect(row!.title).toBe("Versioned 2");
  });

  it("lets exactly one of ten concurrent updates of the same version win", async () => {
    const product = await createProduct({ title: "Contended" });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: `Writer ${i}` } }, { headers: writer })),
    );
    const kinds = results.map((r) => r.body.data!.productUpdate.__typename);
    expect(kinds.filter((k) => k === "ProductPayload")).toHaveLength(1);
    expect(kinds.filter((k) => k === "VersionConflict")).toHaveLength(9);
    const [row] = await query<{ version: number }>(server.databaseUrl, "SELECT version FROM product WHERE slug = 'contended'");
    expect(row!.version).toBe(2);
  });

  it("archives a product, which hides it from customers", async () => {
    const product = await createProduct({ title: "Retired", status: "ACTIVE" });
    const { body } = await server.gql(ArchiveProduct, { input: { id: product.id, version: product.version } }, { headers: writer });
    expect(body.data!.productArchive).toMatchObject({ __typename: "ProductPayload", product: { status: "ARCHIVED", version: 2 } });
    const [row] = await query<{ status: string }>(server.databaseUrl, "SELECT status FROM product WHERE slug = 'retired'");
    expect(row!.status).toBe("ARCHIVED");
  });

  it("sets options by name, keeping ids, and refuses to drop a value a variant uses", async () => {
    const product = await createProduct({ title: "Optioned", options: [{ name: "Size", values: ["S", "M"] }] });
    await server.gql(CreateVariant, { input: { productId: product.id, sku: "OPT-S", price: "10", options: [{ name: "size", value: "s" }] } }, { headers: writer });
    const grown = await server.gql(SetOptions, { input: { productId: product.id, version: 1, options: [{ name: "Size", values: ["M", "S", "L"] }] } }, { headers: writer });
    const result = grown.body.data!.productOptionsSet;
    expect(result).toMatchObject({ __typename: "ProductPayload", product: { version: 2, options: [{ name: "Size", values: [{ name: "M" }, { name: "S" }, { name: "L" }] }] } });
    if (result.__typename === "ProductPayload") expect(result.product.options[0]!.id).toBe(product.options[0]!.id);
    const shrink = await server.gql(SetOptions, { input: { productId: product.id, version: 2, options: [{ name: "Size", values: ["M", "L"] }] } }, { headers: writer });
    expect(shrink.body.data!.productOptionsSet).toMatchObject({ __typename: "InvalidInput", message: 'value "S" is used by variants' });
    const added = await server.gql(SetOptions, { input: { productId: product.id, version: 2, options: [{ name: "Size", values: ["M", "S", "L"] }, { name: "Color", values: ["Red"] }] } }, { headers: writer });
    expect(added.body.data!.productOptionsSet).toMatchObject({ __typename: "InvalidInput", message: "options cannot be added once the product has variants" });
    const [row] = await query<{ version: number }>(server.databaseUrl, "SELECT version FROM product WHERE slug = 'optioned'");
    expect(row!.version).toBe(2);
  });
});

describe("variants and prices", () => {
  it("creates variants with prices, keeps SKUs unique and option combinations distinct", async () => {
    const product = await createProduct({ title: "Priced Tee", status: "ACTIVE", options: [{ name: "Size", values: ["S", "M", "L"] }] });
    const created = await server.gql(CreateVariant, { input: { productId: product.id, sku: "TEE-S", price: "19.99", compareAtPrice: "25", onHand: 3, options: [{ name: "Size", value: "S" }] } }, { headers: writer });
    expect(created.body.data!.variantCreate).toMatchObject({
      __typename: "VariantPayload",
      variant: { sku: "TEE-S", title: "S", version: 1, price: { amount: "19.99" }, compareAtPrice: { amount: "25.00" }, availableForSale: true, product: { priceRange: { min: { amount: "19.99" }, max: { amount: "19.99" } } } },
    });
    const second = await server.gql(CreateVariant, { input: { productId: product.id, sku: "TEE-M", price: "24.5", options: [{ name: "Size", value: "M" }] } }, { headers: writer });
    expect(second.body.data!.variantCreate).toMatchObject({ variant: { availableForSale: false, product: { priceRange: { min: { amount: "19.99" }, max: { amount: "24.50" } } } } });

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
      expect(body.data!.variantCreate).toMatchObject({ __typename: typename, ...fields });
    }
    expect(await catalogCounts(server)).toEqual(before);
  });

  it("changes prices with optimistic concurrency and archives variants out of the price range", async () => {
    const product = await createProduct({ title: "Repriced", status: "ACTIVE", options: [{ name: "Size", values: ["S", "M"] }] });
    const make = async (sku: string, size: string, price: string) => {
      const { body } = await server.gql(CreateVariant, { input: { productId: product.id, sku, price, onHand: 5, options: [{ name: "Size", value: size }] } }, { headers: writer });
      const result = body.data!.variantCreate;
      if (result.__typename !== "VariantPayload") throw new Error(JSON.stringify(result));
      return result.variant;
    };
    const cheap = await make("RP-S", "S", "5.00");
    await make("RP-M", "M", "9.00");
    const update = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 1, price: "7.25", compareAtPrice: "8" } }, { headers: writer });
    expect(update.body.data!.variantUpdate).toMatchObject({ __typename: "VariantPayload", variant: { version: 2, price: { amount: "7.25" }, compareAtPrice: { amount: "8.00" } } });
    const cleared = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 2, compareAtPrice: null } }, { headers: writer });
    expect(cleared.body.data!.variantUpdate).toMatchObject({ variant: { version: 3, compareAtPrice: null, price: { amount: "7.25" } } });
    const stale = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 1, price: "1.00" } }, { headers: writer });
    expect(stale.body.data!.variantUpdate).toMatchObject({ __typename: "VersionConflict", currentVersion: 3 });

    await query(server.databaseUrl, "UPDATE variant SET allow_backorder = true, stock_allocated = 9 WHERE sku = 'RP-S'");
    const unsafe = await server.gql(UpdateVariant, { input: { id: cheap.id, version: 3, allowBackorder: false } }, { headers: writer });
    expect(unsafe.body.data!.variantUpdate).toMatchObject({ __typename: "InvalidInput", path: ["input", "allowBackorder"], message: "9 units are allocated but only 5 on hand" });

    const archived = await server.gql(ArchiveVariant, { input: { id: cheap.id, version: 3 } }, { headers: writer });
    expect(archived.body.data!.variantArchive).toMatchObject({ variant: { archivedAt: expect.any(String), availableForSale: false, product: { priceRange: { min: { amount: "9.00" } } } } });
  });
});

describe("collections", () => {
  it("builds a tree, refuses cycles, orders products and deletes leaves only", async () => {
    const create = async (input: object) => {
      const { body } = await server.gql(CreateCollection, { input: input as never }, { headers: writer });
      const result = body.data!.collectionCreate;
      if (result.__typename !== "CollectionPayload") throw new Error(JSON.stringify(result));
      return result.collection;
    };
    const root = await create({ title: "Outdoor" });
    const child = await create({ title: "Tents", parentId: root.id });
    const grandchild = await create({ title: "Pegs", parentId: child.id });
    expect(child).toMatchObject({ slug: "tents", position: 0, parent: { slug: "outdoor" } });

    const taken = await server.gql(CreateCollection, { input: { title: "Tents" } }, { headers: writer });
    expect(taken.body.data!.collectionCreate).toMatchObject({ __typename: "SlugTaken", code: "SLUG_TAKEN" });
    const cycle = await server.gql(UpdateCollection, { input: { id: root.id, version: 1, parentId: grandchild.id } }, { headers: writer });
    expect(cycle.body.data!.collectionUpdate).toMatchObject({ __typename: "InvalidInput", message: "a collection cannot be moved under itself or its descendants" });
    const moved = await server.gql(UpdateCollection, { input: { id: grandchild.id, version: 1, parentId: root.id } }, { headers: writer });
    expect(moved.body.data!.collectionUpdate).toMatchObject({ collection: { version: 2, parent: { slug: "outdoor" } } });

    const a = await createProduct({ title: "Tent A", status: "ACTIVE" });
    const b = await createProduct({ title: "Tent B", status: "ACTIVE" });
    const set = await server.gql(SetCollectionProducts, { input: { id: child.id, version: 1, productIds: [b.id, a.id] } }, { headers: writer });
    expect(set.body.data!.collectionProductsSet).toMatchObject({ collection: { version: 2, products: { nodes: [{ slug: "tent-b" }, { slug: "tent-a" }] } } });

    const notLeaf = await server.gql(DeleteCollection, { input: { id: root.id, version: 1 } }, { headers: writer });
    expect(notLeaf.body.data!.collectionDelete).toMatchObject({ __typename: "InvalidInput", message: "move or delete its child collections first" });
    const deleted = await server.gql(DeleteCollection, { input: { id: child.id, version: 2 } }, { headers: writer });
    expect(deleted.body.data!.collectionDelete).toEqual({ __typename: "DeletedPayload", deletedId: child.id });
    expect(await query(server.databaseUrl, "SELECT 1 FROM collection WHERE slug = 'tents'")).toEqual([]);
  });
});
