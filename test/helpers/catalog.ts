/** Catalog fixtures: the demo catalog, seeded straight into a test server's database. */
import { dataDirImageStorage } from "../../src/modules/catalog/images/storage.js";
import { seedCatalog } from "../../src/modules/catalog/seed/seed.js";
import { graphql } from "../gql/index.js";
import type { TestServer } from "./server.js";
import { query } from "./database.js";

/** Seeds `products` demo products (all ACTIVE) with their collections, variants and images. */
export async function seedTestCatalog(server: TestServer, products: number): Promise<void> {
  await seedCatalog(server.database.pool, dataDirImageStorage(server.config.dataDir), { products });
}

/** Sets the status of the product with `slug` behind the API's back. */
export async function setStatus(server: TestServer, slug: string, status: "DRAFT" | "ACTIVE" | "ARCHIVED"): Promise<void> {
  await query(server.databaseUrl, `UPDATE product SET status = $1 WHERE slug = $2`, [status, slug]);
}

/** Row counts of the catalog tables, to show that a refused mutation changed nothing. */
export async function catalogCounts(server: TestServer): Promise<Record<string, number>> {
  const [row] = await query<Record<string, number>>(
    server.databaseUrl,
    `SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM variant) AS variants,
            (SELECT count(*)::int FROM collection) AS collections, (SELECT count(*)::int FROM product_option) AS options,
            (SELECT coalesce(sum(version), 0)::int FROM product) AS product_versions, (SELECT coalesce(sum(version), 0)::int FROM variant) AS variant_versions`,
  );
  return row!;
}

/** The product-creating mutation the catalog tests share. */
export const CreateProduct = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      __typename
      ... on ProductCreated {
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

/** Creates a product through the API with `headers` (a CATALOG_WRITE staff member). */
export async function createTestProduct(server: TestServer, headers: Record<string, string>, input: Record<string, unknown>) {
  const { body } = await server.gql(CreateProduct, { input: input as never }, { headers });
  const result = body.data!.createProduct;
  if (result.__typename !== "ProductCreated") throw new Error(JSON.stringify(result));
  return result.product;
}
