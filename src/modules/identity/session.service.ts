/** Ending sessions and changing passwords, for whoever is signed in (customer or staff). */
import type { Context } from "../../context.js";
import { InvalidCredentials, WeakPassword } from "./identity.errors.js";
import { checkPassword } from "./login.js";
import { passwordProblem } from "./password-policy.js";
import { hashPassword } from "./passwords.js";
import { clearSessionCookie } from "./session-cookie.js";
import { revokeSession, revokeSessions, type SessionOwner } from "./sessions.js";
import { LoggedOut, PasswordChanged, type ChangePasswordInput, type ChangePasswordResult } from "./session.types.js";
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
  const revoked = await revokeSession(ctx.db, signedIn(ctx).sessionId);
  clearSessionCookie(ctx);
  ctx.viewer = ANONYMOUS;
  return Object.assign(new LoggedOut(), { sessionsRevoked: revoked ? 1 : 0 });
}

/** Ends every session of the account, this one included. */
export async function logoutEverywhere(ctx: Context): Promise<LoggedOut> {
  const sessionsRevoked = await revokeSessions(ctx.db, ownerOf(signedIn(ctx)));
  clearSessionCookie(ctx);
  ctx.viewer = ANONYMOUS;
  return Object.assign(new LoggedOut(), { sessionsRevoked });
}

/**
 * Needs the current password (counted like a login attempt, so a stolen session cannot be used to
 * guess it); keeps this session and revokes all others.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<typeof ChangePasswordResult> {
  const viewer = signedIn(ctx);
  const weak = passwordProblem(input.newPassword, "newPassword");
  if (weak) return WeakPassword.at(["input", "newPassword"], weak);
  const account =
    viewer.kind === "customer"
      ? await ctx.db.customer.findUniqueOrThrow({ where: { id: viewer.customerId }, select: { id: true, email: true } })
      : await ctx.db.staff.findUniqueOrThrow({ where: { id: viewer.staffId }, select: { id: true, email: true } });
  const verified = await checkPassword(ctx, viewer.kind, account.email, input.currentPassword);
  if (verified !== account.id) return InvalidCredentials.create("The current password is wrong", ["input", "currentPassword"]);
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsRevoked = await ctx.db.$transaction(async (tx) => {
    if (viewer.kind === "customer") await tx.customer.update({ where: { id: account.id }, data: { passwordHash } });
    else await tx.staff.update({ where: { id: account.id }, data: { passwordHash } });
    return revokeSessions(tx, ownerOf(viewer), viewer.sessionId);
  });
  return Object.assign(new PasswordChanged(), { sessionsRevoked });
}
