/**
 * Account mail to customers, sent by jobs: the request adds the job (the same whether or not an
 * account exists, so the response tells nothing), and the job looks the customer up, makes the
 * token and sends. The token is made when the mail is sent, so it is never stored in a job.
 */
import type { Config } from "../../../config.js";
import type { Db, Sql } from "../../../db/sql.js";
import type { Mailer } from "../../../mail/mailer.js";
import type { MailTemplates } from "../../../mail/templates.js";
import { addJob } from "../../../shared/jobs.js";
import { issueAccountToken, AccountTokenPurpose } from "../account-tokens.js";

/** What sending mail needs: the database, the transport, the templates and the link settings. */
export interface MailDeps {
  db: Db;
  mailer: Mailer;
  templates: MailTemplates;
  config: Config;
}

export const ACCOUNT_MAIL_TASKS = {
  verification: "mail:email-verification",
  passwordReset: "mail:password-reset",
} as const;

function link(template: string, token: string): string {
  return template.replace("{token}", encodeURIComponent(token));
}

/** Queues a verification mail for the customer's address (in the caller's transaction when given a `Tx`). */
export async function queueVerificationMail(sql: Sql, customerId: string): Promise<void> {
  await addJob(sql, ACCOUNT_MAIL_TASKS.verification, { customerId });
}

/** Queues a password-reset mail for `email`, sent only if an account uses it. */
export async function queuePasswordResetMail(sql: Sql, email: string): Promise<void> {
  await addJob(sql, ACCOUNT_MAIL_TASKS.passwordReset, { email });
}

/** Mails a verification link for the customer's current address; nothing once it is verified or gone. */
export async function sendVerificationMail(deps: MailDeps, customerId: string): Promise<void> {
  const [customer] = await deps.db.query<{ email: string; first_name: string }>`
    SELECT email, first_name FROM customer WHERE id = ${customerId}::uuid AND email_verified_at IS NULL`;
  if (!customer) return;
  const token = await issueAccountToken(deps.db, AccountTokenPurpose.EMAIL_VERIFICATION, customerId, customer.email);
  const view = { firstName: customer.first_name, link: link(deps.config.emailVerificationUrl, token) };
  await deps.mailer.send({ to: customer.email, kind: "email-verification", ...deps.templates.render("email-verification", view) });
}

/** Mails a reset link if `email` belongs to a customer; does nothing otherwise. */
export async function sendPasswordResetMail(deps: MailDeps, email: string): Promise<void> {
  const [customer] = await deps.db.query<{ id: string; first_name: string }>`SELECT id, first_name FROM customer WHERE email = ${email}`;
  if (!customer) return;
  const token = await issueAccountToken(deps.db, AccountTokenPurpose.PASSWORD_RESET, customer.id, email);
  const view = { firstName: customer.first_name, link: link(deps.config.passwordResetUrl, token) };
  await deps.mailer.send({ to: email, kind: "password-reset", ...deps.templates.render("password-reset", view) });
}
