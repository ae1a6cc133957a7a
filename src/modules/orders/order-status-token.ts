/**
 * Order-status tokens: bearer tokens that show one order's status (order-visibility.ts, status
 * grants) to whoever holds the link. One is made for each `placeOrder` answer that asks for it and
 * for each confirmation mail, so a token is never stored or queued in clear: only its SHA-256
 * (shared/tokens.ts), like session tokens. A token lives as long as its order.
 *
 * Comparison: a presented token is hashed and looked up by that hash in the primary key. The index
 * comparison's timing can only tell something about the hash of the guess, and learning the bytes
 * of a SHA-256 says nothing about a token that hashes to them, so the secret itself is never
 * compared byte by byte: the same reasoning, and the same code, as for sessions.
 */
import type { Sql } from "../../db/sql.js";
import { hashToken, isTokenShaped, newToken } from "../../shared/tokens.js";

/** Stores a new status token for the order and returns it (the only time it exists in clear). */
export async function issueStatusToken(sql: Sql, orderId: string): Promise<string> {
  const { token, hash } = newToken();
  await sql.execute`INSERT INTO order_status_token (token_hash, order_id) VALUES (${hash}, ${orderId}::uuid)`;
  return token;
}

/** The stored form of a presented token; undefined for anything that cannot be one of ours (no look-up needed). */
export function statusTokenHash(token: string): Buffer | undefined {
  return isTokenShaped(token) ? hashToken(token) : undefined;
}

/** A link template's `{token}` replaced by the token. */
export function statusPageLink(template: string, token: string): string {
  return template.replace("{token}", encodeURIComponent(token));
}
