/** What the benchmarks that place orders share: GraphQL calls for setting up carts, seeded variants, and the GraphQL load generator pinned to core 1. */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { toGlobalId } from "../src/shared/global-id.js";
import type { GraphqlLoadResult, LoadJob } from "./graphql-load.js";

const BENCH_DIR = path.dirname(new URL(import.meta.url).pathname);

const ADD = "mutation($input: AddCartLinesInput!) { addCartLines(input: $input) { ... on CartUpdated { cartToken } } }";
const EMAIL = "mutation($input: SetCartEmailInput!) { setCartEmail(input: $input) { __typename } }";
const ADDRESS = "mutation($input: SetCartShippingAddressInput!) { setCartShippingAddress(input: $input) { __typename } }";
const METHOD = "mutation($input: SetCartShippingMethodInput!) { setCartShippingMethod(input: $input) { __typename } }";

/** The JSON body of `query` with `$input`. */
export const body = (query: string, input: unknown) => JSON.stringify({ query, variables: { input } });

/** Sends `query` with `$input`; the value of its one root field (empty when it has none). */
export async function gql(url: string, query: string, input: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: body(query, input) });
  const json = (await response.json()) as { data?: Record<string, Record<string, unknown>> };
  return Object.values(json.data ?? {})[0] ?? {};
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pooled<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

/** A product with `count` variants of `onHand` units each; returns their row ids. */
export async function seedVariants(db: pg.Pool, count: number, onHand: number, tag: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH p AS (INSERT INTO product (id, title, slug, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'ACTIVE', now()) RETURNING id)
     INSERT INTO variant (id, product_id, sku, price, stock_on_hand, updated_at)
     SELECT gen_random_uuid(), p.id, $2 || '-' || g, 1990, $3, now() FROM p, generate_series(1, $4) g RETURNING id`,
    [`Bench ${tag}`, `bench-${tag}`, onHand, count],
  );
  return rows.map((r) => r.id);
}

/** A guest cart holding one unit of `variantId` (a row id), ready to order; returns its token. */
export async function readyCart(url: string, variantId: string, n: number): Promise<string> {
  const added = await gql(url, ADD, { lines: [{ variantId: toGlobalId("Variant", variantId), quantity: 1 }] });
  const headers = { "x-cart-token": added.cartToken as string };
  await gql(url, EMAIL, { email: `bench-${n}@example.test` }, headers);
  await gql(url, ADDRESS, { address: { firstName: "Bench", lastName: "Client", line1: "1 Load St", city: "Berlin", countryCode: "DE" } }, headers);
  await gql(url, METHOD, { code: "standard" }, headers);
  return headers["x-cart-token"];
}

/** Runs the GraphQL load generator (graphql-load.ts) on `job`, pinned to core 1. */
export function runJob(job: LoadJob): GraphqlLoadResult {
  const file = path.join(os.tmpdir(), `larder-load-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(job));
  const out = execFileSync("taskset", ["-c", "1", process.execPath, path.join(BENCH_DIR, "graphql-load.js"), file], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out) as GraphqlLoadResult;
}
