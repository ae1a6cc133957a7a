/**
 * Mail to customers, sent after the response (see Context.afterResponse): the token is made and the
 * message queued there, so whether an account exists never changes what the response looks like.
 */
import type { Services } from "../../../context.js";
import { issueAccountToken, AccountTokenPurpose } from "../account-tokens.js";

function link(template: string, token: string): string {
  return template.replace("{token}", encodeURIComponent(token));
}

/** Mails a verification link for the customer's current address. */
export async function sendVerificationMail(services: Services, customer: { id: string; email: string; firstName: string }): Promise<void> {
  const token = await issueAccountToken(services.sql, AccountTokenPurpose.EMAIL_VERIFICATION, customer.id, customer.email);
  await services.mailer.send({
    to: customer.email,
    kind: "email-verification",
    subject: "Confirm your email address",
    text: [
      `Hello ${customer.firstName},`,
      "",
      "please confirm your email address by opening this link (it works once, for 24 hours):",
      link(services.config.emailVerificationUrl, token),
      "",
      "If you did not create an account, ignore this message.",
    ].join("\n"),
  });
}

/** Mails a reset link if `email` belongs to a customer; does nothing otherwise. */
export async function sendPasswordResetMail(services: Services, email: string): Promise<void> {
  const [customer] = await services.sql.query<{ id: string; first_name: string }>`SELECT id, first_name FROM customer WHERE email = ${email}`;
  if (!customer) return;
  const token = await issueAccountToken(services.sql, AccountTokenPurpose.PASSWORD_RESET, customer.id, email);
  await services.mailer.send({
    to: email,
    kind: "password-reset",
    subject: "Reset your password",
    text: [
      `Hello ${customer.first_name},`,
      "",
      "someone asked to reset the password of your account. To choose a new one, open this link (it works once, for 1 hour):",
      link(services.config.passwordResetUrl, token),
      "",
      "Resetting signs you out everywhere. If you did not ask for this, ignore this message: your password stays as it is.",
    ].join("\n"),
  });
}
