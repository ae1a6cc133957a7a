/** Creating and revoking sessions. Revocation is a column, checked by every request's viewer look-up. */
import type { Sql } from "../../db/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import { newToken } from "../../shared/tokens.js";

/** How long a session lives unless revoked. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type SessionOwner = { customerId: string } | { staffId: string };

/** The session column naming the owner, and the owner's id. */
function ownerColumn(owner: SessionOwner): { column: "customer_id" | "staff_id"; id: string } {
  return "customerId" in owner ? { column: "customer_id", id: owner.customerId } : { column: "staff_id", id: owner.staffId };
}

/** Opens a session for a customer or a staff member and returns its token (shown once, never stored). */
export async function createSession(
  sql: Sql,
  owner: SessionOwner,
  details: { userAgent?: string; ipAddress?: string } = {},
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const { token, hash } = newToken();
  const sessionId = uuidv7();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const { column, id } = ownerColumn(owner);
  await sql.execute(
    `INSERT INTO session (id, token_hash, ${column}, expires_at, user_agent, ip_address) VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6)`,
    [sessionId, hash, id, expiresAt, details.userAgent?.slice(0, 512) ?? null, details.ipAddress ?? null],
  );
  return { token, sessionId, expiresAt };
}

/** Revokes the live sessions of `owner`, except `keepSessionId`; returns how many were revoked. Often runs inside a caller's transaction. */
export async function revokeSessions(sql: Sql, owner: SessionOwner, keepSessionId?: string): Promise<number> {
  const { column, id } = ownerColumn(owner);
  return sql.execute(
    `UPDATE session SET revoked_at = now()
      WHERE ${column} = $1::uuid AND revoked_at IS NULL AND expires_at > now() AND id IS DISTINCT FROM $2::uuid`,
    [id, keepSessionId ?? null],
  );
}

/** Revokes one session; returns whether it was still live. */
export async function revokeSession(sql: Sql, sessionId: string): Promise<boolean> {
  return (await sql.execute`UPDATE session SET revoked_at = now() WHERE id = ${sessionId}::uuid AND revoked_at IS NULL`) === 1;
}
