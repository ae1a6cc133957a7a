/**
 * Password checks and session start shared by customer and staff login: every attempt is counted
 * against the account and the client address before the password is looked at, and an unknown
 * account costs the same time as a wrong password.
 */
import type { Context } from "../../context.js";
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
  const throttled = await countAttempt(ctx.db, keys);
  if (throttled) throw throttledError(ctx, "Too many failed sign-in attempts; try again later", throttled.retryAfterSeconds);
  const where = { email: normalizeEmail(email) };
  const account =
    kind === "customer"
      ? await ctx.db.customer.findUnique({ where, select: { id: true, passwordHash: true } })
      : await ctx.db.staff.findFirst({ where: { ...where, active: true }, select: { id: true, passwordHash: true } });
  const matches = await verifyPassword(account?.passwordHash, password);
  if (!account || !matches) return null;
  await forgetAttempt(ctx.db, keys);
  if (needsRehash(account.passwordHash)) {
    const passwordHash = await hashPassword(password);
    if (kind === "customer") await ctx.db.customer.update({ where: { id: account.id }, data: { passwordHash } });
    else await ctx.db.staff.update({ where: { id: account.id }, data: { passwordHash } });
  }
  return account.id;
}

/**
 * Opens a session for `owner`, sets the browser cookie, and makes the new session the viewer for
 * the rest of this request (so `login { customer { email } }` can read the account it opened).
 */
export async function startSession(ctx: Context, owner: SessionOwner): Promise<{ token: string; expiresAt: Date }> {
  const session = await createSession(ctx.db, owner, { userAgent: ctx.client.userAgent, ipAddress: ctx.client.address });
  setSessionCookie(ctx, session.token, session.expiresAt);
  ctx.viewer =
    "customerId" in owner ? { kind: "customer", customerId: owner.customerId, sessionId: session.sessionId } : await resolveViewer(ctx.sql, session.token);
  return { token: session.token, expiresAt: session.expiresAt };
}
