/** Creating and revoking sessions. Revocation is a column, checked by every request's viewer look-up. */
import type { Db } from "../../db/client.js";
import { newToken } from "./session-token.js";

/** How long a session lives unless revoked. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type SessionOwner = { customerId: string } | { staffId: string };

/** The client or a transaction: revocation often runs inside a caller's transaction. */
type SessionStore = Pick<Db, "session">;

/** Opens a session for a customer or a staff member and returns its token (shown once, never stored). */
export async function createSession(
  db: Db,
  owner: SessionOwner,
  details: { userAgent?: string; ipAddress?: string } = {},
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const session = await db.session.create({
    data: { tokenHash: new Uint8Array(hash), expiresAt, userAgent: details.userAgent?.slice(0, 512), ipAddress: details.ipAddress, ...owner },
    select: { id: true },
  });
  return { token, sessionId: session.id, expiresAt };
}

/** Revokes the live sessions of `owner`, except `keepSessionId`; returns how many were revoked. */
export async function revokeSessions(db: SessionStore, owner: SessionOwner, keepSessionId?: string): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { ...owner, revokedAt: null, expiresAt: { gt: new Date() }, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Revokes one session; returns whether it was still live. */
export async function revokeSession(db: SessionStore, sessionId: string): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}
