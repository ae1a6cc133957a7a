/** Who is asking: resolved from a session token with one indexed SQL statement. */
import type { Sql } from "../../db/sql.js";
import { hashToken, isTokenShaped } from "../../shared/tokens.js";
import type { Permission } from "./permission.js";

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "customer"; customerId: string; sessionId: string }
  | { kind: "staff"; staffId: string; sessionId: string; permissions: ReadonlySet<Permission> };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/**
 * Why a request's session token gave no viewer: its session is over (expired, signed out, password
 * changed, staff member deactivated), or no session ever had it. Either way the client must drop it.
 */
export type SessionEnd = "SESSION_EXPIRED" | "SESSION_INVALID";

/** Whether the viewer is a staff member holding `permission`: the test behind every permission rule. */
export function holdsPermission(viewer: Viewer, permission: Permission): boolean {
  return viewer.kind === "staff" && viewer.permissions.has(permission);
}

interface SessionRow {
  id: string;
  live: boolean;
  customer_id: string | null;
  staff_id: string | null;
  permissions: Permission[] | null;
}

const VIEWER_SQL = `
    SELECT s.id, s.customer_id, s.staff_id,
      s.revoked_at IS NULL AND s.expires_at > now() AND (s.staff_id IS NULL OR st.active) AS live,
      CASE WHEN s.staff_id IS NULL THEN NULL ELSE ARRAY(
        SELECT DISTINCT p::text FROM staff_role sr JOIN role r ON r.id = sr.role_id, unnest(r.permissions) AS p
        WHERE sr.staff_id = s.staff_id) END AS permissions
    FROM session s
    LEFT JOIN staff st ON st.id = s.staff_id
    WHERE s.token_hash = $1`;

/**
 * The viewer of a token: a live (unrevoked, unexpired) session of an existing customer or an
 * active staff member, with the staff's permissions gathered from their roles in the same statement;
 * otherwise anonymous, and why. A malformed token costs no look-up.
 */
export async function resolveSession(sql: Sql, token: string): Promise<{ viewer: Viewer; ended?: SessionEnd }> {
  const [row] = isTokenShaped(token) ? await sql.query<SessionRow>(VIEWER_SQL, [hashToken(token)]) : [];
  if (!row) return { viewer: ANONYMOUS, ended: "SESSION_INVALID" };
  if (!row.live) return { viewer: ANONYMOUS, ended: "SESSION_EXPIRED" };
  if (row.staff_id) return { viewer: { kind: "staff", staffId: row.staff_id, sessionId: row.id, permissions: new Set(row.permissions ?? []) } };
  return { viewer: { kind: "customer", customerId: row.customer_id!, sessionId: row.id } };
}

/** The viewer of a token (anonymous without one, or when its session is over). */
export async function resolveViewer(sql: Sql, token: string | undefined): Promise<Viewer> {
  return token ? (await resolveSession(sql, token)).viewer : ANONYMOUS;
}
