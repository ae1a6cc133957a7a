/** Email verification and password reset by mailed single-use tokens. */
import type { Context } from "../../../context.js";
import { Rejection } from "../../../shared/mutation.js";
import { countAttempt, hashedSubject, throttledError, type ThrottlePolicy } from "../../../shared/throttle.js";
import { AccountTokenPurpose, consumeAccountToken, isLiveAccountToken } from "../account-tokens.js";
import { EmailAlreadyVerified, InvalidToken } from "../identity.errors.js";
import { emailAddress, newPassword } from "../input-checks.js";
import { resetAccountAttempts } from "../login.js";
import { hashPassword } from "../passwords.js";
import { clearSessionCookie } from "../session-cookie.js";
import { revokeSessions } from "../sessions.js";
import { ANONYMOUS } from "../viewer.js";
import { queuePasswordResetMail, queueVerificationMail } from "./customer.mails.js";
import {
  EmailVerified,
  PasswordReset,
  PasswordResetRequested,
  VerificationEmailSent,
  type RequestPasswordResetInput,
  type ResetPasswordInput,
  type VerifyEmailInput,
} from "./recovery.types.js";

const HOUR = 60 * 60;
/** Mails per recipient and per client address, so nobody can flood a mailbox through the shop. */
const RESET_EMAIL_POLICY: ThrottlePolicy = { name: "reset-email", limit: 5, windowSeconds: HOUR };
const RESET_ADDRESS_POLICY: ThrottlePolicy = { name: "reset-address", limit: 20, windowSeconds: HOUR };
const VERIFICATION_MAIL_POLICY: ThrottlePolicy = { name: "verification-mail", limit: 5, windowSeconds: HOUR };

/** Marks the address verified when the token was mailed to the customer's current address. */
export async function verifyEmail(ctx: Context, input: VerifyEmailInput): Promise<EmailVerified> {
  const email = await ctx.sql.transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, AccountTokenPurpose.EMAIL_VERIFICATION, input.token);
    if (!owner) return null;
    // Verifying twice keeps the first time; a token mailed to an address the account no longer uses verifies nothing.
    await tx.execute`
      UPDATE customer SET email_verified_at = now(), updated_at = now() WHERE id = ${owner.customerId}::uuid AND email = ${owner.email} AND email_verified_at IS NULL`;
    const [account] = await tx.query<{ email: string }>`SELECT email FROM customer WHERE id = ${owner.customerId}::uuid AND email = ${owner.email}`;
    return account?.email ?? null;
  });
  if (email === null) throw new Rejection(InvalidToken.at(["input", "token"]));
  return Object.assign(new EmailVerified(), { email });
}

/** Mails the signed-in customer a new verification link (a few per hour). */
export async function resendVerificationEmail(ctx: Context): Promise<VerificationEmailSent> {
  if (ctx.viewer.kind !== "customer") throw new Error("rule isCustomer must guard this field");
  const [row] = await ctx.sql.query<{ id: string; email: string; verified: boolean }>`
    SELECT id, email, email_verified_at IS NOT NULL AS verified FROM customer WHERE id = ${ctx.viewer.customerId}::uuid`;
  if (row!.verified) throw new Rejection(EmailAlreadyVerified.create());
  const customer = { id: row!.id, email: row!.email };
  const throttled = await countAttempt(ctx.sql, [{ policy: VERIFICATION_MAIL_POLICY, subject: customer.id }]);
  if (throttled) throw throttledError(ctx, "Too many verification mails; try again later", throttled.retryAfterSeconds);
  await queueVerificationMail(ctx.sql, customer.id);
  return Object.assign(new VerificationEmailSent(), { email: customer.email });
}

/**
 * Answers the same whether or not an account uses the email: the look-up, the token and the mail
 * all happen in a job, which the request adds either way. Throttling is keyed by the email as typed, account or not.
 */
export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput): Promise<PasswordResetRequested> {
  const email = emailAddress(input.email, ["input", "email"]);
  const throttled = await countAttempt(ctx.sql, [
    { policy: RESET_EMAIL_POLICY, subject: hashedSubject(email) },
    { policy: RESET_ADDRESS_POLICY, subject: ctx.client.address },
  ]);
  if (throttled) throw throttledError(ctx, "Too many password reset requests; try again later", throttled.retryAfterSeconds);
  await queuePasswordResetMail(ctx.sql, email);
  return Object.assign(new PasswordResetRequested(), { email });
}

/**
 * Sets a new password with a reset token: the token and every other reset token of the account are
 * used up, every session is revoked, and the failed-login count of the account is cleared (the
 * owner just proved they read its mail, which also verifies the address the link went to).
 */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<PasswordReset> {
  newPassword(input.newPassword, ["input", "newPassword"]);
  const invalidToken = () => new Rejection(InvalidToken.at(["input", "token"]));
  // Hashing is the expensive part: refuse a bad token before spending it.
  if (!(await isLiveAccountToken(ctx.sql, AccountTokenPurpose.PASSWORD_RESET, input.token))) throw invalidToken();
  const passwordHash = await hashPassword(input.newPassword);
  const done = await ctx.sql.transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, AccountTokenPurpose.PASSWORD_RESET, input.token);
    if (!owner) throw invalidToken();
    // The link went to `owner.email`: if that is still the account's address, it is verified now.
    const [customer] = await tx.query<{ email: string }>`
      UPDATE customer SET password_hash = ${passwordHash}, updated_at = now(),
             email_verified_at = CASE WHEN email = ${owner.email} THEN coalesce(email_verified_at, now()) ELSE email_verified_at END
       WHERE id = ${owner.customerId}::uuid RETURNING email`;
    await tx.execute`
      UPDATE account_token SET used_at = now() WHERE customer_id = ${owner.customerId}::uuid AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`;
    const sessionsRevoked = await revokeSessions(tx, { customerId: owner.customerId });
    await resetAccountAttempts(tx, "customer", customer!.email);
    return { customerId: owner.customerId, sessionsRevoked };
  });
  if (ctx.viewer.kind === "customer" && ctx.viewer.customerId === done.customerId) {
    clearSessionCookie(ctx);
    ctx.viewer = ANONYMOUS;
  }
  return Object.assign(new PasswordReset(), { sessionsRevoked: done.sessionsRevoked });
}
