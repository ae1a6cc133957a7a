import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.js";
import { canonicalJson, idempotent, purgeIdempotencyKeys } from "../src/shared/idempotency.js";
import { createTestDatabase, query } from "./helpers/database.js";

let database: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  const created = await createTestDatabase();
  url = created.url;
  drop = created.drop;
  database = openDatabase(url, { max: 25 });
});
afterAll(async () => {
  await database.close();
  await drop();
});

describe("idempotency keys", () => {
  it("hashes inputs by content, not key order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1, skip: undefined })).toBe('{"a":1}');
  });

  it("runs the work once for 20 concurrent calls with one key, all getting the same result", async () => {
    let runs = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        idempotent(database.sql, { scope: "test", key: "k1", input: { cart: 1 } }, async (tx) => {
          runs += 1;
          await tx.execute`INSERT INTO greeting (name, updated_at) VALUES (${`order-${runs}`}, now())`;
          await new Promise((r) => setTimeout(r, 50));
          return { orderCode: `A${runs}` };
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(outcomes.filter((o) => o.kind === "first")).toHaveLength(1);
    expect(new Set(outcomes.map((o) => (o.kind === "reused" ? "reused" : JSON.stringify(o.result))))).toEqual(new Set(['{"orderCode":"A1"}']));
    expect(await query(url, "SELECT count(*)::int AS n FROM greeting WHERE name LIKE 'order-%'")).toEqual([{ n: 1 }]);
  });

  it("refuses the same key with different input", async () => {
    await idempotent(database.sql, { scope: "test", key: "k2", input: { cart: 1 } }, async () => ({ ok: true }));
    const again = await idempotent(database.sql, { scope: "test", key: "k2", input: { cart: 2 } }, async () => ({ ok: false }));
    expect(again).toEqual({ kind: "reused" });
  });

  it("keeps keys of different scopes apart", async () => {
    const a = await idempotent(database.sql, { scope: "customer:a", key: "same", input: 1 }, async () => "a");
    const b = await idempotent(database.sql, { scope: "customer:b", key: "same", input: 1 }, async () => "b");
    expect([a, b]).toEqual([{ kind: "first", result: "a" }, { kind: "first", result: "b" }]);
  });

  it("frees the key when the work throws, rolling back everything it did", async () => {
    await expect(
      idempotent(database.sql, { scope: "test", key: "k3", input: 1 }, async (tx) => {
        await tx.execute`INSERT INTO greeting (name, updated_at) VALUES ('rolled-back', now())`;
        throw new Error("injected failure");
      }),
    ).rejects.toThrow("injected failure");
    expect(await query(url, "SELECT count(*)::int AS n FROM greeting WHERE name = 'rolled-back'")).toEqual([{ n: 0 }]);
    const retry = await idempotent(database.sql, { scope: "test", key: "k3", input: 1 }, async () => "second try");
    expect(retry).toEqual({ kind: "first", result: "second try" });
  });

  it("forgets keys after a day", async () => {
    await idempotent(database.sql, { scope: "test", key: "old", input: 1 }, async () => "first");
    await idempotent(database.sql, { scope: "test", key: "new", input: 1 }, async () => "first");
    await query(url, "UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old'");
    expect(await purgeIdempotencyKeys(database.sql)).toBe(1);
    expect(await query(url, "SELECT key FROM idempotency_key WHERE key IN ('old', 'new')")).toEqual([{ key: "new" }]);
  });
});
