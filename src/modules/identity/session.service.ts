/** Ending sessions and changing passwords, for whoever is signed in (customer or staff). */
import type { Context } from "../../context.js";
import { Rejection } from "../../shared/mutation.js";
import { InvalidCredentials } from "./identity.errors.js";
import { checkPassword, setPasswordHash } from "./login.js";
import { newPassword } from "./input-checks.js";
import { hashPassword } from "./passwords.js";
import { clearSessionCookie } from "./session-cookie.js";
import { revokeSession, revokeSessions, type SessionOwner } from "./sessions.js";
import { PasswordChanged, LoggedOut, type ChangePasswordInput } from "./session.types.js";
import { ANONYMOUS, type Viewer } from "./viewer.js";

type SignedIn = Exclude<Viewer, { kind: "anonymous" }>;

/** The signed-in viewer; the fields calling this are guarded by `isAuthenticated`. */
function signedIn(ctx: Context): SignedIn {
  if (ctx.viewer.kind === "anonymous") throw new Error("rule isAuthenticated must guard this field");
  return ctx.viewer;
}

function ownerOf(viewer: SignedIn): SessionOwner {
  return viewer.kind === "customer" ? { customerId: viewer.customerId } : { staffId: viewer.staffId };
}

/** Ends the current session; from the next request on, its token is refused. */
export async function logout(ctx: Context): Promise<LoggedOut> {
  const revoked = await revokeSession(ctx.sql, signedIn(ctx).sessionId);
  clearSessionCookie(ctx);
  ctx.viewer = ANONYMOUS;
  return Object.assign(new LoggedOut(), { sessionsRevoked: revoked ? 1 : 0 });
}

/** Ends every session of the account, this one included. */
export async function logoutEverywhere(ctx: Context): Promise<LoggedOut> {
  const sessionsRevoked = await revokeSessions(ctx.sql, ownerOf(signedIn(ctx)));
  clearSessionCookie(ctx);
  ctx.viewer = ANONYMOUS;
  return Object.assign(new LoggedOut(), { sessionsRevoked });
}

/**
 * Needs the current password (counted like a login attempt, so a stolen session cannot be used to
 * guess it); keeps this session and revokes all others.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<PasswordChanged> {
  const viewer = signedIn(ctx);
  newPassword(input.newPassword, ["input", "newPassword"]);
  const accountId = viewer.kind === "customer" ? viewer.customerId : viewer.staffId;
  const [account] = await ctx.sql.query<{ email: string }>(`SELECT email FROM ${viewer.kind} WHERE id = $1::uuid`, [accountId]);
  const verified = await checkPassword(ctx, viewer.kind, account!.email, input.currentPassword);
  if (verified !== accountId) throw new Rejection(InvalidCredentials.create("The current password is wrong", ["input", "currentPassword"]));
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsRevoked = await ctx.sql.transaction(async (tx) => {
    await setPasswordHash(tx, viewer.kind, accountId, passwordHash);
    return revokeSessions(tx, ownerOf(viewer), viewer.sessionId);
  });
  return Object.assign(new PasswordChanged(), { sessionsRevoked });
}
