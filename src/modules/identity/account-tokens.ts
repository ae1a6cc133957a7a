/**
 * Single-use tokens mailed to customers (email verification, password reset): 256 random bits,
 * stored only as SHA-256, expiring, consumed atomically so a token works at most once.
 */
import type { Sql } from "../../db/sql.js";
import { AccountTokenPurpose } from "../../generated/prisma/enums.js";
import { uuidv7 } from "../../shared/uuid.js";
import { hashToken, isTokenShaped, newToken } from "../../shared/tokens.js";

export { AccountTokenPurpose };

/** How long each kind of token works. */
const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** Stores a new token for `customerId` (mailed to `email`) and returns it; it is never stored in clear. */
export async function issueAccountToken(sql: Sql, purpose: AccountTokenPurpose, customerId: string, email: string): Promise<string> {
  const { token, hash } = newToken();
  await sql.execute`
    INSERT INTO account_token (id, token_hash, purpose, customer_id, email, expires_at)
    VALUES (${uuidv7()}::uuid, ${hash}, ${purpose}::"AccountTokenPurpose", ${customerId}::uuid, ${email}, ${new Date(Date.now() + TOKEN_TTL_MS[purpose])})`;
  return token;
}

/** Whether `token` is a live token of `purpose`, without using it up (to refuse bad tokens before costly work). */
export async function isLiveAccountToken(sql: Sql, purpose: AccountTokenPurpose, token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const rows = await sql.query<{ id: string }>`
    SELECT id FROM account_token
     WHERE token_hash = ${hashToken(token)} AND purpose = ${purpose}::"AccountTokenPurpose" AND used_at IS NULL AND expires_at > now()`;
  return rows.length > 0;
}

/**
 * Marks a live token of `purpose` used and returns whom it was for; null for a malformed, unknown,
 * expired or already used token (the caller cannot tell which, and neither can the client).
 */
export async function consumeAccountToken(sql: Sql, purpose: AccountTokenPurpose, token: string): Promise<{ customerId: string; email: string } | null> {
  if (!isTokenShaped(token)) return null;
  const [row] = await sql.query<{ customer_id: string; email: string }>`
    UPDATE account_token SET used_at = now()
     WHERE token_hash = ${hashToken(token)} AND purpose = ${purpose}::"AccountTokenPurpose" AND used_at IS NULL AND expires_at > now()
    RETURNING customer_id, email`;
  return row ? { customerId: row.customer_id, email: row.email } : null;
}
