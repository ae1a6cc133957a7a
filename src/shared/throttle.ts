/**
 * Fixed-window attempt counters in PostgreSQL, so every server instance shares them and no other
 * store is needed. One statement counts an attempt against several keys at once (e.g. the account
 * and the client address of a login).
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Sql } from "../db/sql.js";
import { codedError } from "./errors.js";

/** Added to the description of every field that can be throttled. */
export const THROTTLED_NOTE = " Null with a THROTTLED error (`extensions.retryAfterSeconds`) when over a limit, so the other fields of the operation still run.";

/** At most `limit` attempts per `windowSeconds` for each subject. */
export interface ThrottlePolicy {
  name: string;
  limit: number;
  windowSeconds: number;
}

/** One subject counted under one policy. */
export interface ThrottleKey {
  policy: ThrottlePolicy;
  subject: string;
}

/** Subjects that are personal data (emails) are stored as their SHA-256. */
export function hashedSubject(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function keyOf({ policy, subject }: ThrottleKey): string {
  return `${policy.name}:${subject}`;
}

/**
 * Counts one attempt against every key and returns, when any of them is now over its limit, how
 * long until its window ends. Counting first and checking after makes concurrent attempts safe:
 * each one sees the count including itself.
 */
export async function countAttempt(sql: Sql, keys: ThrottleKey[]): Promise<{ retryAfterSeconds: number } | null> {
  const rows = await sql.query<{ key: string; count: number; retry_after: number }>`
    INSERT INTO throttle_window AS t (key, started_at, count, expires_at)
    SELECT k, now(), 1, now() + make_interval(secs => w)
    FROM unnest(${keys.map(keyOf)}::text[], ${keys.map((k) => k.policy.windowSeconds)}::int[]) AS u(k, w)
    ON CONFLICT (key) DO UPDATE SET
      started_at = CASE WHEN t.expires_at <= now() THEN now() ELSE t.started_at END,
      count = CASE WHEN t.expires_at <= now() THEN 1 ELSE t.count + 1 END,
      expires_at = CASE WHEN t.expires_at <= now() THEN excluded.expires_at ELSE t.expires_at END
    RETURNING t.key, t.count, greatest(1, ceil(extract(epoch FROM t.expires_at - now())))::int AS retry_after`;
  let retryAfterSeconds = 0;
  for (const key of keys) {
    const row = rows.find((r) => r.key === keyOf(key));
    if (row && row.count > key.policy.limit) retryAfterSeconds = Math.max(retryAfterSeconds, row.retry_after);
  }
  return retryAfterSeconds > 0 ? { retryAfterSeconds } : null;
}

/** Takes back an attempt that turned out not to count (a login that succeeded). */
export async function forgetAttempt(sql: Sql, keys: ThrottleKey[]): Promise<void> {
  await sql.execute`
    UPDATE throttle_window SET count = count - 1
    WHERE key = ANY(${keys.map(keyOf)}::text[]) AND count > 0 AND expires_at > now()`;
}

/**
 * Ends the windows of `keys` now, and of every key whose subject begins with one of `prefixes`
 * (an account's from every address), e.g. an account's failed logins once its owner proved who
 * they are.
 */
export async function resetAttempts(sql: Sql, keys: ThrottleKey[], prefixes: ThrottleKey[] = []): Promise<void> {
  await sql.execute`
    DELETE FROM throttle_window
     WHERE key = ANY(${keys.map(keyOf)}::text[]) OR EXISTS (SELECT 1 FROM unnest(${prefixes.map(keyOf)}::text[]) AS p(prefix) WHERE starts_with(key, p.prefix))`;
}

/** Deletes windows that have ended; they would restart at 1 anyway. */
export async function purgeThrottleWindows(sql: Sql): Promise<number> {
  return sql.execute`DELETE FROM throttle_window WHERE expires_at <= now()`;
}

/**
 * The THROTTLED error, with `extensions.retryAfterSeconds`; over HTTP (a request context with
 * its response) the response also gets a `Retry-After` header (the longest wait when several
 * fields were throttled).
 */
export function throttledError(ctx: { readonly http?: { res: ServerResponse } }, message: string, retryAfterSeconds: number): Error {
  const res = ctx.http?.res;
  if (res && !res.headersSent) {
    const current = Number(res.getHeader("retry-after") ?? 0);
    res.setHeader("retry-after", String(Math.max(current, retryAfterSeconds)));
  }
  return codedError("THROTTLED", message, { retryAfterSeconds });
}
