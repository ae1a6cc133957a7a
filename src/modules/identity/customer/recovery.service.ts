/** Email verification and password reset by mailed single-use tokens. */
import type { Context } from "../../../context.js";
import { countAttempt, hashedSubject, resetAttempts, throttledError, type ThrottlePolicy } from "../../../shared/throttle.js";
import { InvalidInput } from "../../../shared/user-errors.js";
import { AccountTokenPurpose, consumeAccountToken, isLiveAccountToken } from "../account-tokens.js";
import { checkEmail } from "../email.js";
import { EmailAlreadyVerified, InvalidToken, WeakPassword } from "../identity.errors.js";
import { accountAttemptKey } from "../login.js";
import { passwordProblem } from "../password-policy.js";
import { hashPassword } from "../passwords.js";
import { clearSessionCookie } from "../session-cookie.js";
import { revokeSessions } from "../sessions.js";
import { ANONYMOUS } from "../viewer.js";
import { sendPasswordResetMail, sendVerificationMail } from "./customer.mails.js";
import {
  EmailVerified,
  PasswordReset,
  PasswordResetRequested,
  VerificationEmailSent,
  type RequestPasswordResetInput,
  type RequestPasswordResetResult,
  type ResendVerificationEmailResult,
  type ResetPasswordInput,
  type ResetPasswordResult,
  type VerifyEmailInput,
  type VerifyEmailResult,
} from "./recovery.types.js";

const HOUR = 60 * 60;
/** Mails per recipient and per client address, so nobody can flood a mailbox through the shop. */
const RESET_EMAIL_POLICY: ThrottlePolicy = { name: "reset-email", limit: 5, windowSeconds: HOUR };
const RESET_ADDRESS_POLICY: ThrottlePolicy = { name: "reset-address", limit: 20, windowSeconds: HOUR };
const VERIFICATION_MAIL_POLICY: ThrottlePolicy = { name: "verification-mail", limit: 5, windowSeconds: HOUR };

/** Marks the address verified when the token was mailed to the customer's current address. */
export async function verifyEmail(ctx: Context, input: VerifyEmailInput): Promise<typeof VerifyEmailResult> {
  const verified = await ctx.db.$transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, AccountTokenPurpose.EMAIL_VERIFICATION, input.token);
    if (!owner) return null;
    // Verifying twice keeps the first time; a token mailed to an address the account no longer uses verifies nothing.
    await tx.customer.updateMany({ where: { id: owner.customerId, email: owner.email, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    return tx.customer.findFirst({ where: { id: owner.customerId, email: owner.email }, select: { email: true } });
  });
  if (!verified) return InvalidToken.at(["input", "token"]);
  return Object.assign(new EmailVerified(), { email: verified.email });
}

/** Mails the signed-in customer a new verification link (a few per hour). */
export async function resendVerificationEmail(ctx: Context): Promise<typeof ResendVerificationEmailResult> {
  if (ctx.viewer.kind !== "customer") throw new Error("rule isCustomer must guard this field");
  const customer = await ctx.db.customer.findUniqueOrThrow({ where: { id: ctx.viewer.customerId }, select: { id: true, email: true, firstName: true, emailVerifiedAt: true } });
  if (customer.emailVerifiedAt) return EmailAlreadyVerified.create();
  const throttled = await countAttempt(ctx.db, [{ policy: VERIFICATION_MAIL_POLICY, subject: customer.id }]);
  if (throttled) throw throttledError(ctx, "Too many verification mails; try again later", throttled.retryAfterSeconds);
  ctx.afterResponse("email-verification", (services) => sendVerificationMail(services, customer));
  return Object.assign(new VerificationEmailSent(), { email: customer.email });
}

/**
 * Answers the same whether or not an account uses the email: the look-up, the token and the mail
 * all happen after the response. Throttling is keyed by the email as typed, account or not.
 */
export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput): Promise<typeof RequestPasswordResetResult> {
  const email = checkEmail(input.email);
  if ("problem" in email) return InvalidInput.at(["input", "email"], email.problem);
  const throttled = await countAttempt(ctx.db, [
    { policy: RESET_EMAIL_POLICY, subject: hashedSubject(email.value) },
    { policy: RESET_ADDRESS_POLICY, subject: ctx.client.address },
  ]);
  if (throttled) throw throttledError(ctx, "Too many password reset requests; try again later", throttled.retryAfterSeconds);
  ctx.afterResponse("password-reset", (services) => sendPasswordResetMail(services, email.value));
  return Object.assign(new PasswordResetRequested(), { email: email.value });
}

/**
 * Sets a new password with a reset token: the token and every other reset token of the account are
 * used up, every session is revoked, and the failed-login count of the account is cleared (the
 * owner just proved they read its mail, which also verifies the address the link went to).
 */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<typeof ResetPasswordResult> {
  const weak = passwordProblem(input.newPassword, "newPassword");
  if (weak) return WeakPassword.at(["input", "newPassword"], weak);
  // Hashing is the expensive part: refuse a bad token before spending it.
  if (!(await isLiveAccountToken(ctx.db, AccountTokenPurpose.PASSWORD_RESET, input.token))) return InvalidToken.at(["input", "token"]);
  const passwordHash = await hashPassword(input.newPassword);
  const done = await ctx.db.$transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, AccountTokenPurpose.PASSWORD_RESET, input.token);
    if (!owner) return null;
    const customer = await tx.customer.update({ where: { id: owner.customerId }, data: { passwordHash }, select: { email: true, emailVerifiedAt: true } });
    if (!customer.emailVerifiedAt && customer.email === owner.email) {
      await tx.customer.update({ where: { id: owner.customerId }, data: { emailVerifiedAt: new Date() } });
    }
    await tx.accountToken.updateMany({ where: { customerId: owner.customerId, purpose: AccountTokenPurpose.PASSWORD_RESET, usedAt: null }, data: { usedAt: new Date() } });
    const sessionsRevoked = await revokeSessions(tx, { customerId: owner.customerId });
    await resetAttempts(tx, [accountAttemptKey("customer", customer.email)]);
    return { customerId: owner.customerId, sessionsRevoked };
  });
  if (!done) return InvalidToken.at(["input", "token"]);
  if (ctx.viewer.kind === "customer" && ctx.viewer.customerId === done.customerId) {
    clearSessionCookie(ctx);
    ctx.viewer = ANONYMOUS;
  }
  return Object.assign(new PasswordReset(), { sessionsRevoked: done.sessionsRevoked });
}
