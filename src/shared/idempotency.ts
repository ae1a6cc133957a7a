/**
 * Idempotency keys for mutations that move money or stock.
 *
 * The key row is inserted in the same transaction as the work. A concurrent retry with the same
 * key blocks on that row's unique index until the first transaction ends: if it committed, the
 * retry reads the stored result; if it rolled back (an exception), the retry does the work
 * itself. Expected outcomes (typed user errors) are results too and are replayed like successes.
 */
import { createHash } from "node:crypto";
import type { Db, Tx } from "../db/sql.js";

export type IdempotentOutcome<T> = { kind: "first"; result: T } | { kind: "replayed"; result: T } | { kind: "reused" };

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs `work` once per (scope, key): the first call runs it and stores its JSON result in the same
 * transaction; later calls with the same input get that result, with other input `reused`.
 */
export async function idempotent<T>(
  db: Db,
  key: { scope: string; key: string; input: unknown },
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<IdempotentOutcome<T>> {
  const requestHash = createHash("sha256").update(canonicalJson(key.input)).digest();
  return db.transaction(
    async (tx) => {
      const inserted = await tx.execute`
        INSERT INTO idempotency_key (scope, key, request_hash, response)
        VALUES (${key.scope}, ${key.key}, ${requestHash}, 'null'::jsonb)
        ON CONFLICT DO NOTHING`;
      if (inserted === 0) {
        const [row] = await tx.query<{ request_hash: Uint8Array; response: T }>`
          SELECT request_hash, response FROM idempotency_key WHERE scope = ${key.scope} AND key = ${key.key}`;
        return Buffer.from(row.request_hash).equals(requestHash) ? { kind: "replayed", result: row.response } : { kind: "reused" };
      }
      const result = await work(tx);
      await tx.execute`
        UPDATE idempotency_key SET response = ${canonicalJson(result)}::jsonb WHERE scope = ${key.scope} AND key = ${key.key}`;
      return { kind: "first", result };
    },
    { timeoutMs: options.timeoutMs },
  );
}

/** Whether a client-chosen key is usable: 1 to 255 visible ASCII characters (a UUID is typical). */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

/** How long a key answers retries; like payment providers, a day covers every sane retry. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Deletes keys older than IDEMPOTENCY_KEY_TTL_MS, so the table holds recent requests only; returns how many. */
export async function purgeIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  return db.execute`DELETE FROM idempotency_key WHERE created_at < ${cutoff}`;
}
