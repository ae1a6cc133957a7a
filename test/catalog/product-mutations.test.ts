/** Staff mutations on products: permissions, typed errors, slugs, options and optimistic concurrency. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { catalogCounts, CreateProduct, createTestProduct } from "../helpers/catalog.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const UpdateProduct = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      __typename
      ... on ProductUpdated {
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
  mutation ArchiveProduct($input: ArchiveProductInput!) {
    archiveProduct(input: $input) {
      __typename
      ... on ProductArchived {
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
  mutation SetOptions($input: SetProductOptionsInput!) {
    setProductOptions(input: $input) {
      __typename
      ... on ProductUpdated {
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
    expect(taken.body.data!.createProduct).toMatchObject({ __typename: "SlugTaken", code: "SLUG_TAKEN", slug: "taken", path: ["input", "slug"] });
    const cases: [object, string[], string][] = [
      [{ title: "  " }, ["input", "title"], "title must not be blank"],
      [{ title: "x", slug: "Not A Slug" }, ["input", "slug"], "slug must be 1 to 120 lower-case letters, digits and single hyphens"],
      [{ title: "x", options: [{ name: "Size", values: ["S", "s"] }] }, ["input", "options", "0", "values", "1"], 'value "s" is listed twice'],
      [{ title: "x", description: "bad\u0001" }, ["input", "description"], "description must not contain control characters"],
      [{ title: "x", description: "bad\u0085" }, ["input", "description"], "description must not contain control characters"],
    ];
    for (const [input, path, message] of cases) {
      const { body } = await server.gql(CreateProduct, { input: input as never }, { headers: writer });
      expect(body.data!.createProduct).toMatchObject({ __typename: "InvalidInput", code: "INVALID_INPUT", path, message });
    }
  });

  it("updates with the current version and refuses a stale one without writing", async () => {
    const product = await createProduct({ title: "Versioned" });
    const first = await server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: "Versioned 2", status: "ACTIVE" } }, { headers: writer });
    expect(first.body.data!.updateProduct).toMatchObject({ __typename: "ProductUpdated", product: { title: "Versioned 2", status: "ACTIVE", version: 2 } });
    const stale = await server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: "Lost update" } }, { headers: writer });
    expect(stale.body.data!.updateProduct).toMatchObject({ __typename: "VersionConflict", code: "VERSION_CONFLICT", currentVersion: 2, path: ["input", "version"] });
    const [row] = await query<{ title: string }>(server.databaseUrl, "SELECT title FROM product WHERE slug = 'versioned'");
    expect(row!.title).toBe("Versioned 2");
  });

  it("lets exactly one of ten concurrent updates of the same version win", async () => {
    const product = await createProduct({ title: "Contended" });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.gql(UpdateProduct, { input: { id: product.id, version: 1, title: `Writer ${i}` } }, { headers: writer })),
    );
    const kinds = results.map((r) => r.body.data!.updateProduct.__typename);
    expect(kinds.filter((k) => k === "ProductUpdated")).toHaveLength(1);
    expect(kinds.filter((k) => k === "VersionConflict")).toHaveLength(9);
    const [row] = await query<{ version: number }>(server.databaseUrl, "SELECT version FROM product WHERE slug = 'contended'");
    expect(row!.version).toBe(2);
  });

  it("archives a product, which hides it from customers", async () => {
    const product = await createProduct({ title: "Retired", status: "ACTIVE" });
    const { body } = await server.gql(ArchiveProduct, { input: { id: product.id, version: product.version } }, { headers: writer });
    expect(body.data!.archiveProduct).toMatchObject({ __typename: "ProductArchived", product: { status: "ARCHIVED", version: 2 } });
    const [row] = await query<{ status: string }>(server.databaseUrl, "SELECT status FROM product WHERE slug = 'retired'");
    expect(row!.status).toBe("ARCHIVED");
  });

  it("sets options by name, keeping ids, and refuses to drop a value a variant uses", async () => {
    const product = await createProduct({ title: "Optioned", options: [{ name: "Size", values: ["S", "M"] }] });
    await server.gql(CreateVariant, { input: { productId: product.id, sku: "OPT-S", price: "10", options: [{ name: "size", value: "s" }] } }, { headers: writer });
    const grown = await server.gql(SetOptions, { input: { productId: product.id, version: 1, options: [{ name: "Size", values: ["M", "S", "L"] }] } }, { headers: writer });
    const result = grown.body.data!.setProductOptions;
    expect(result).toMatchObject({ __typename: "ProductUpdated", product: { version: 2, options: [{ name: "Size", values: [{ name: "M" }, { name: "S" }, { name: "L" }] }] } });
    if (result.__typename === "ProductUpdated") expect(result.product.options[0]!.id).toBe(product.options[0]!.id);
    const shrink = await server.gql(SetOptions, { input: { productId: product.id, version: 2, options: [{ name: "Size", values: ["M", "L"] }] } }, { headers: writer });
    expect(shrink.body.data!.setProductOptions).toMatchObject({ __typename: "InvalidInput", message: 'value "S" is used by variants' });
    const added = await server.gql(SetOptions, { input: { productId: product.id, version: 2, options: [{ name: "Size", values: ["M", "S", "L"] }, { name: "Color", values: ["Red"] }] } }, { headers: writer });
    expect(added.body.data!.setProductOptions).toMatchObject({ __typename: "InvalidInput", message: "options cannot be added once the product has variants" });
    const [row] = await query<{ version: number }>(server.databaseUrl, "SELECT version FROM product WHERE slug = 'optioned'");
    expect(row!.version).toBe(2);
  });
});
