/**
 * Baseline for S1: node:http + pg by hand, answering `products(first: 20) { … variants(first: 10) … }`
 * with the same two SQL statements Larder runs and byte-identical JSON, but no GraphQL at all.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const CURRENCY = "EUR";
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const amount = (minor: number) => {
  const text = String(minor).padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
};

interface ProductRow {
  id: string;
  title: string;
  slug: string;
  price_min: number | null;
  price_max: number | null;
}
interface VariantRow {
  product_id: string;
  sku: string;
  price: number;
  track_inventory: boolean;
  allow_backorder: boolean;
  stock_on_hand: number;
  stock_allocated: number;
  archived_at: Date | null;
  product_status: string;
}

async function answer(): Promise<string> {
  const products = (
    await pool.query<ProductRow>(
      `SELECT * FROM (SELECT p.id, p.title, p.slug, p.description, p.status, p.version, p.created_at, p.updated_at, p.price_min, p.price_max, p.featured_image_id, p.created_at AS sort_key
         FROM product p WHERE p.status = 'ACTIVE') x ORDER BY x.sort_key DESC, x.id DESC LIMIT $1::int`,
      [21],
    )
  ).rows.slice(0, 20);
  const variants = (
    await pool.query<VariantRow>(
      `SELECT page.* FROM unnest($1::uuid[]) AS parent(id) CROSS JOIN LATERAL (
         SELECT v.id, v.product_id, v.sku, v.position, v.price, v.compare_at_price, v.weight_grams, v.track_inventory, v.allow_backorder, v.stock_on_hand, v.stock_allocated, v.featured_image_id, v.archived_at, v.version, v.created_at, v.updated_at, p.status AS product_status
           FROM variant v JOIN product p ON p.id = v.product_id
          WHERE v.product_id = parent.id AND v.archived_at IS NULL ORDER BY v.position ASC, v.id ASC LIMIT $2::int) page`,
      [products.map((p) => p.id), 11],
    )
  ).rows;
  const byProduct = new Map<string, VariantRow[]>(products.map((p) => [p.id, []]));
  for (const variant of variants) byProduct.get(variant.product_id)!.push(variant);
  return JSON.stringify({
    data: {
      products: {
        nodes: products.map((p) => ({
          id: globalId("Product", p.id),
          title: p.title,
          slug: p.slug,
          priceRange: p.price_min === null ? null : { min: { amount: amount(p.price_min), currencyCode: CURRENCY } },
          variants: {
            nodes: byProduct
              .get(p.id)!
              .slice(0, 10)
              .map((v) => ({
                sku: v.sku,
                price: { amount: amount(v.price), currencyCode: CURRENCY },
                availableForSale: v.product_status === "ACTIVE" && v.archived_at === null && (!v.track_inventory || v.allow_backorder || v.stock_on_hand > v.stock_allocated),
              })),
          },
        })),
      },
    },
  });
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query?: string };
    if (req.url !== "/graphql" || typeof body.query !== "string") {
      res.writeHead(400).end();
      return;
    }
    answer().then(
      (json) => res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(json),
      () => res.writeHead(500).end(),
    );
  });
});
server.listen(0, "127.0.0.1", () => process.send!({ port: (server.address() as AddressInfo).port }));
