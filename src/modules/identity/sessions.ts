/** Creating and revoking sessions. */
import type { Db } from "../../db/client.js";
import { newSessionToken } from "./session-token.js";

/** How long a session lives unless revoked. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Opens a session for a customer or a staff member and returns its token (shown once, never stored). */
export async function createSession(
  db: Db,
  owner: { customerId: string } | { staffId: string },
  details: { userAgent?: string; ipAddress?: string } = {},
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const { token, hash } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const session = await db.session.create({
    data: { tokenHash: new Uint8Array(hash), expiresAt, userAgent: details.userAgent?.slice(0, 512), ipAddress: details.ipAddress, ...owner },
    select: { id: true },
  });
  return { token, sessionId: session.id, expiresAt };
}
