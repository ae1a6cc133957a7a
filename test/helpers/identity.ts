/** Customer sign-up and sign-in over the API, and reading the mail the server records. */
import { randomInt, randomUUID } from "node:crypto";
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import { query } from "./database.js";
import { waitFor, type TestServer } from "./server.js";

export const RegisterCustomer = graphql(`
  mutation RegisterCustomer($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on CustomerRegistered {
        email
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export const LoginCustomer = graphql(`
  mutation LoginCustomer($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      __typename
      ... on LoggedIn {
        token
        expiresAt
        customer {
          id
          email
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export const PASSWORD = "correct horse battery staple";

/** A unique address for one test. */
export function uniqueEmail(label = "customer"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** Registers a customer through the API (with `headers`, e.g. an X-Forwarded-For); returns the normalised email. */
export async function register(server: TestServer, email = uniqueEmail(), password = PASSWORD, headers: Record<string, string> = {}): Promise<string> {
  const { body } = await server.gql(RegisterCustomer, { input: { email, password, firstName: "Ada", lastName: "Lovelace" } }, { headers });
  expect(body.data?.register?.__typename).toBe("CustomerRegistered");
  return email.toLowerCase();
}

/** Signs in through the API and returns the token (and bearer headers). */
export async function login(server: TestServer, email: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<{ token: string; customerId: string; authorization: { authorization: string } }> {
  const { body } = await server.gql(LoginCustomer, { email, password }, { headers });
  const result = body.data?.login;
  if (result?.__typename !== "LoggedIn") throw new Error(`login failed: ${JSON.stringify(body)}`);
  return { token: result.token, customerId: result.customer.id, authorization: { authorization: `Bearer ${result.token}` } };
}

/** Registers and signs in a new customer. */
export async function signedInCustomer(server: TestServer): Promise<{ email: string; token: string; customerId: string; authorization: { authorization: string } }> {
  const email = await register(server);
  return { email, ...(await login(server, email)) };
}

export interface RecordedMail {
  recipient: string;
  kind: string;
  subject: string;
  text: string;
}

/** Mail recorded for `recipient` so far, oldest first. */
export function mailsTo(server: TestServer, recipient: string, kind?: string): Promise<RecordedMail[]> {
  return query<RecordedMail & Record<string, unknown>>(
    server.databaseUrl,
    "SELECT recipient, kind, subject, text FROM mail_message WHERE recipient = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, id",
    [recipient, kind ?? null],
  );
}

/** Waits for the `count`-th mail of `kind` to `recipient` (mail is sent after the response) and returns its token. */
export async function mailedToken(server: TestServer, recipient: string, kind: "email-verification" | "password-reset", count = 1): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const mails = await mailsTo(server, recipient, kind);
    if (mails.length >= count) return /=([A-Za-z0-9_-]{43})$/m.exec(mails[count - 1].text)![1];
    if (Date.now() > deadline) throw new Error(`no ${kind} mail to ${recipient}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A barrier for mail queued by requests already answered: registers an account, waits for its
 * verification mail, and then until no mail job or event delivery is left to run (mail is sent by
 * jobs, several at once, so the barrier's own mail may overtake an earlier one). The registration
 * comes from an address of its own (when the server trusts X-Forwarded-For), so it never uses up a
 * test's registration allowance. Adds one customer and one mail.
 */
export async function mailSettled(server: TestServer): Promise<void> {
  const email = await register(server, uniqueEmail("barrier"), PASSWORD, { "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(256)}` });
  await mailedToken(server, email, "email-verification");
  await waitFor(async () => {
    const [row] = await query<{ n: number }>(
      server.databaseUrl,
      "SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE (task_identifier LIKE 'mail:%' OR task_identifier LIKE 'event:%') AND attempts < max_attempts",
    );
    return row!.n === 0 ? true : undefined;
  }, "the mail jobs to finish");
}

/** The `larder_session` cookie a response set, as `name=value` to send back, or undefined. */
export function sessionCookie(headers: Headers): { cookie: string; attributes: string } | undefined {
  const line = headers.getSetCookie().find((c) => c.startsWith("larder_session="));
  if (!line) return undefined;
  const [cookie, ...attributes] = line.split("; ");
  return { cookie, attributes: attributes.join("; ") };
}
