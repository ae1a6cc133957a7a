/**
 * Single-use tokens mailed to customers (email verification, password reset): 256 random bits,
 * stored only as SHA-256, expiring, consumed atomically so a token works at most once.
 */
import type { Db } from "../../db/client.js";
import { AccountTokenPurpose } from "../../generated/prisma/enums.js";
import { hashToken, isTokenShaped, newToken } from "./session-token.js";

export { AccountTokenPurpose };

/** How long each kind of token works. */
const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

/** Stores a new token for `customerId` (mailed to `email`) and returns it; it is never stored in clear. */
export async function issueAccountToken(db: Db, purpose: AccountTokenPurpose, customerId: string, email: string): Promise<string> {
  const { token, hash } = newToken();
  await db.accountToken.create({
    data: { tokenHash: new Uint8Array(hash), purpose, customerId, email, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

/** Whether `token` is a live token of `purpose`, without using it up (to refuse bad tokens before costly work). */
export async function isLiveAccountToken(db: Db, purpose: AccountTokenPurpose, token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const row = await db.accountToken.findFirst({
    where: { tokenHash: new Uint8Array(hashToken(token)), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Marks a live token of `purpose` used and returns whom it was for; null for a malformed, unknown,
 * expired or already used token (the caller cannot tell which, and neither can the client).
 */
export async function consumeAccountToken(db: Pick<Db, "accountToken">, purpose: AccountTokenPurpose, token: string): Promise<{ customerId: string; email: string } | null> {
  if (!isTokenShaped(token)) return null;
  const [row] = await db.accountToken.updateManyAndReturn({
    where: { tokenHash: new Uint8Array(hashToken(token)), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { customerId: true, email: true },
  });
  return row ?? null;
}
