/**
 * Password checks and session start shared by customer and staff login: every attempt is counted
 * against the account and the client address before the password is looked at, and an unknown
 * account costs the same time as a wrong password.
 */
import type { Context } from "../../context.js";
import type { Sql } from "../../db/sql.js";
import { countAttempt, forgetAttempt, hashedSubject, throttledError, type ThrottleKey, type ThrottlePolicy } from "../../shared/throttle.js";
import { normalizeEmail } from "./email.js";
import { hashPassword, needsRehash, verifyPassword } from "./passwords.js";
import { setSessionCookie } from "./session-cookie.js";
import { createSession, type SessionOwner } from "./sessions.js";
import { resolveViewer } from "./viewer.js";

const FIFTEEN_MINUTES = 15 * 60;
/** Failed password attempts per account (customer and staff accounts counted apart). */
const LOGIN_ACCOUNT_POLICY: ThrottlePolicy = { name: "login-account", limit: 10, windowSeconds: FIFTEEN_MINUTES };
/** Failed password attempts per client address, whatever the account: stops credential stuffing from one host. */
const LOGIN_ADDRESS_POLICY: ThrottlePolicy = { name: "login-address", limit: 30, windowSeconds: FIFTEEN_MINUTES };

/** The kind of account, which is also the name of its table. */
type AccountKind = "customer" | "staff";

/** The throttle key counting failed passwords of the account `email` of `kind`. */
export function accountAttemptKey(kind: AccountKind, email: string): ThrottleKey {
  return { policy: LOGIN_ACCOUNT_POLICY, subject: `${kind}:${hashedSubject(normalizeEmail(email))}` };
}

function passwordAttemptKeys(ctx: Context, kind: AccountKind, email: string): ThrottleKey[] {
  return [accountAttemptKey(kind, email), { policy: LOGIN_ADDRESS_POLICY, subject: ctx.client.address }];
}

/**
 * Checks `password` for the account `kind`/`email` and returns its id, or null when it does not
 * match (or the account does not exist or is inactive). Throws THROTTLED when the account or the
 * address has failed too often; a success takes its attempt back.
 */
export async function checkPassword(ctx: Context, kind: AccountKind, email: string, password: string): Promise<string | null> {
  const keys = passwordAttemptKeys(ctx, kind, email);
  const throttled = await countAttempt(ctx.sql, keys);
  if (throttled) throw throttledError(ctx, "Too many failed sign-in attempts; try again later", throttled.retryAfterSeconds);
  const [account] = await ctx.sql.query<{ id: string; password_hash: string }>(
    kind === "customer" ? "SELECT id, password_hash FROM customer WHERE email = $1" : "SELECT id, password_hash FROM staff WHERE email = $1 AND active",
    [normalizeEmail(email)],
  );
  const matches = await verifyPassword(account?.password_hash, password);
  if (!account || !matches) return null;
  await forgetAttempt(ctx.sql, keys);
  if (needsRehash(account.password_hash)) await setPasswordHash(ctx.sql, kind, account.id, await hashPassword(password));
  return account.id;
}

/** Stores a new password hash for the account `id` of `kind`. */
export async function setPasswordHash(sql: Sql, kind: AccountKind, id: string, passwordHash: string): Promise<void> {
  await sql.execute(`UPDATE ${kind} SET password_hash = $1, updated_at = now() WHERE id = $2::uuid`, [passwordHash, id]);
}

/**
 * Opens a session for `owner`, sets the browser cookie, and makes the new session the viewer for
 * the rest of this request (so `login { customer { email } }` can read the account it opened).
 */
export async function startSession(ctx: Context, owner: SessionOwner): Promise<{ token: string; expiresAt: Date }> {
  const session = await createSession(ctx.sql, owner, { userAgent: ctx.client.userAgent, ipAddress: ctx.client.address });
  setSessionCookie(ctx, session.token, session.expiresAt);
  ctx.viewer =
    "customerId" in owner ? { kind: "customer", customerId: owner.customerId, sessionId: session.sessionId } : await resolveViewer(ctx.sql, session.token);
  return { token: session.token, expiresAt: session.expiresAt };
}
