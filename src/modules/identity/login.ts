/**
 * Password checks and session start shared by customer and staff login: every attempt is counted
 * against the account and client address pair, the address and the account before the password
 * is looked at (OWASP's advice: a guesser from one host locks out that host, never the owner), and
 * an unknown account costs the same time as a wrong password.
 */
import type { Context } from "../../context.js";
import type { Sql } from "../../db/sql.js";
import { countAttempt, forgetAttempt, hashedSubject, resetAttempts, throttledError, type ThrottleKey, type ThrottlePolicy } from "../../shared/throttle.js";
import { normalizeEmail } from "./email.js";
import { hashPassword, needsRehash, verifyPassword } from "./passwords.js";
import { setSessionCookie } from "./session-cookie.js";
import { createSession, type SessionOwner } from "./sessions.js";
import { resolveViewer } from "./viewer.js";

const FIFTEEN_MINUTES = 15 * 60;
/**
 * Failed password attempts per account and client address: what stops guessing one account from
 * one host, without locking the owner out when they sign in from anywhere else.
 */
const LOGIN_PAIR_POLICY: ThrottlePolicy = { name: "login-account-address", limit: 10, windowSeconds: FIFTEEN_MINUTES };
/** Failed password attempts per client address, whatever the account: stops credential stuffing from one host. */
const LOGIN_ADDRESS_POLICY: ThrottlePolicy = { name: "login-address", limit: 30, windowSeconds: FIFTEEN_MINUTES };
/**
 * Failed password attempts per account from all addresses together: a ceiling for guessing
 * spread over many hosts. Only attempts the two limits above let through count here, so one
 * host adds at most LOGIN_PAIR_POLICY.limit: reaching it takes ten hosts at their limit.
 */
const LOGIN_ACCOUNT_POLICY: ThrottlePolicy = { name: "login-account", limit: 100, windowSeconds: FIFTEEN_MINUTES };

/** The kind of account, which is also the name of its table. */
type AccountKind = "customer" | "staff";

function accountSubject(kind: AccountKind, email: string): string {
  return `${kind}:${hashedSubject(normalizeEmail(email))}`;
}

/** The keys counting failed passwords of the account `email` of `kind` from the caller's address, and from everywhere. */
function accountAttemptKeys(ctx: Context, kind: AccountKind, email: string): [ThrottleKey, ThrottleKey] {
  const account = accountSubject(kind, email);
  return [
    { policy: LOGIN_PAIR_POLICY, subject: `${account}:${ctx.client.address}` },
    { policy: LOGIN_ACCOUNT_POLICY, subject: account },
  ];
}

/** Forgets the account's failed passwords, from every address: its owner proved who they are (a password reset). */
export function resetAccountAttempts(sql: Sql, kind: AccountKind, email: string): Promise<void> {
  const account = accountSubject(kind, email);
  return resetAttempts(sql, [{ policy: LOGIN_ACCOUNT_POLICY, subject: account }], [{ policy: LOGIN_PAIR_POLICY, subject: `${account}:` }]);
}

/**
 * Checks `password` for the account `kind`/`email` and returns its id, or null when it does not
 * match (or the account does not exist or is inactive). Throws THROTTLED when this address has
 * failed too often on the account or on any account, or the account too often from everywhere;
 * a success takes its attempt back.
 */
export async function checkPassword(ctx: Context, kind: AccountKind, email: string, password: string): Promise<string | null> {
  const [pair, account] = accountAttemptKeys(ctx, kind, email);
  const local = [pair, { policy: LOGIN_ADDRESS_POLICY, subject: ctx.client.address }];
  // The account-wide count goes up only for attempts this address may still make.
  const throttled = (await countAttempt(ctx.sql, local)) ?? (await countAttempt(ctx.sql, [account]));
  if (throttled) throw throttledError(ctx, "Too many failed sign-in attempts; try again later", throttled.retryAfterSeconds);
  const [row] = await ctx.sql.query<{ id: string; password_hash: string }>(
    kind === "customer" ? "SELECT id, password_hash FROM customer WHERE email = $1" : "SELECT id, password_hash FROM staff WHERE email = $1 AND active",
    [normalizeEmail(email)],
  );
  const matches = await verifyPassword(row?.password_hash, password);
  if (!row || !matches) return null;
  await forgetAttempt(ctx.sql, [...local, account]);
  if (needsRehash(row.password_hash)) await setPasswordHash(ctx.sql, kind, row.id, await hashPassword(password));
  return row.id;
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
