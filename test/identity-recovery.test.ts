import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { query } from "./helpers/database.js";
import { login, LoginCustomer, mailedToken, mailSettled, mailsTo, PASSWORD, register, signedInCustomer, uniqueEmail } from "./helpers/identity.js";
import { startTestServer, waitFor, type TestServer } from "./helpers/server.js";

const VerifyEmailToken = graphql(`
  mutation VerifyEmailToken($token: String!) {
    verifyEmail(input: { token: $token }) {
      __typename
    }
  }
`);

const ResendVerification = graphql(`
  mutation ResendVerification {
    resendVerificationEmail {
      __typename
      ... on VerificationEmailSent {
        email
      }
      ... on UserError {
        code
      }
    }
  }
`);

const RequestReset = graphql(`
  mutation RequestReset($email: String!) {
    requestPasswordReset(input: { email: $email }) {
      __typename
      ... on PasswordResetRequested {
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

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(input: { token: $token, newPassword: $password }) {
      __typename
      ... on PasswordReset {
        sessionsRevoked
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const MeVerified = graphql(`
  query MeVerified {
    me {
      emailVerified
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1", PASSWORD_RESET_URL: "https://shop.example/reset?t={token}" });
});
afterAll(async () => {
  await server.stop();
});

const from = (address: string) => ({ "x-forwarded-for": address });

describe("email verification", () => {
  it("mails a link whose token expires after 24 hours and is stored only hashed (single use: see identity-auth)", async () => {
    const email = await register(server);
    const token = await mailedToken(server, email, "email-verification");
    const mail = await mailsTo(server, email);
    expect(mail[0]).toMatchObject({ kind: "email-verification", subject: "Confirm your email address" });
    expect(mail[0].text).toContain(`Hello Ada,\n\nplease confirm your email address by opening this link (it works once, for 24 hours):\nhttp://localhost:3000/account/verify-email?token=${token}\n`);
    const [stored] = await query<{ token_hash: Buffer; expires_in: number }>(
      server.databaseUrl,
      "SELECT token_hash, extract(epoch FROM expires_at - now())::int AS expires_in FROM account_token t JOIN customer c ON c.id = t.customer_id WHERE c.email = $1",
      [email],
    );
    expect(stored.token_hash).toEqual(createHash("sha256").update(token).digest());
    expect(stored.expires_in).toBeGreaterThan(24 * 3600 - 60);
    expect(stored.expires_in).toBeLessThanOrEqual(24 * 3600);
    expect(JSON.stringify(await query(server.databaseUrl, "SELECT * FROM account_token"))).not.toContain(token);

    await query(server.databaseUrl, "UPDATE account_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [stored.token_hash]);
    expect((await server.gql(VerifyEmailToken, { token })).body.data?.verifyEmail.__typename).toBe("InvalidToken");
    for (const bad of ["", "short", "x".repeat(43), `${token}x`]) {
      expect((await server.gql(VerifyEmailToken, { token: bad })).body.data?.verifyEmail.__typename).toBe("InvalidToken");
    }
  });

  it("resends to signed-in, unverified customers only, a few times an hour", async () => {
    const { email, authorization } = await signedInCustomer(server);
    const resent = await server.gql(ResendVerification, undefined, { headers: authorization });
    expect(resent.body.data?.resendVerificationEmail).toEqual({ __typename: "VerificationEmailSent", email });
    const second = await mailedToken(server, email, "email-verification", 2);
    for (let i = 0; i < 4; i++) await server.gql(ResendVerification, undefined, { headers: authorization });
    const throttled = await server.gql(ResendVerification, undefined, { headers: authorization });
    expect(throttled.body.errors?.[0].extensions?.code).toBe("THROTTLED");

    expect((await server.gql(VerifyEmailToken, { token: second })).body.data?.verifyEmail.__typename).toBe("EmailVerified");
    expect((await server.gql(MeVerified, undefined, { headers: authorization })).body.data?.me).toEqual({ emailVerified: true });
    expect((await server.gql(ResendVerification, undefined, { headers: authorization })).body.data?.resendVerificationEmail).toEqual({ __typename: "EmailAlreadyVerified", code: "EMAIL_ALREADY_VERIFIED" });

    expect((await server.gql(ResendVerification)).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const staff = await staffHeaders(server, []);
    expect((await server.gql(ResendVerification, undefined, { headers: { authorization: staff.authorization } })).body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("password reset", () => {
  it("replaces the password with a single-use 1-hour token and revokes every session", async () => {
    const headers = from("192.0.2.1");
    const email = await register(server);
    const sessions = [await login(server, email, PASSWORD, headers), await login(server, email, PASSWORD, headers)];
    expect((await server.gql(RequestReset, { email: email.toUpperCase() }, { headers })).body.data?.requestPasswordReset).toEqual({ __typename: "PasswordResetRequested", email });
    const token = await mailedToken(server, email, "password-reset");
    expect((await mailsTo(server, email, "password-reset"))[0].text).toContain(`https://shop.example/reset?t=${token}`);
    const [stored] = await query<{ expires_in: number }>(server.databaseUrl, "SELECT extract(epoch FROM expires_at - now())::int AS expires_in FROM account_token WHERE purpose = 'PASSWORD_RESET' AND email = $1", [email]);
    expect(stored.expires_in).toBeGreaterThan(3600 - 60);
    expect(stored.expires_in).toBeLessThanOrEqual(3600);

    // A weak password is refused without using the token up.
    expect((await server.gql(ResetPassword, { token, password: "short" })).body.data?.resetPassword).toEqual({ __typename: "WeakPassword", code: "WEAK_PASSWORD", path: ["input", "newPassword"] });
    expect((await server.gql(ResetPassword, { token, password: "my new password" })).body.data?.resetPassword).toEqual({ __typename: "PasswordReset", sessionsRevoked: 2 });
    expect((await server.gql(ResetPassword, { token, password: "my other password" })).body.data?.resetPassword).toEqual({ __typename: "InvalidToken", code: "INVALID_TOKEN", path: ["input", "token"] });

    for (const session of sessions) expect((await server.gql(MeVerified, undefined, { headers: session.authorization })).body.data?.me).toBeNull();
    expect((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers })).body.data?.login?.__typename).toBe("InvalidCredentials");
    const fresh = await login(server, email, "my new password", headers);
    // Reading the mailed link proved the address too.
    expect((await server.gql(MeVerified, undefined, { headers: fresh.authorization })).body.data?.me).toEqual({ emailVerified: true });
  });

  it("uses up the account's other reset links, refuses expired ones, and unlocks a throttled account", async () => {
    const headers = from("192.0.2.2");
    const email = await register(server);
    await server.gql(RequestReset, { email }, { headers });
    await server.gql(RequestReset, { email }, { headers });
    const first = await mailedToken(server, email, "password-reset", 1);
    const second = await mailedToken(server, email, "password-reset", 2);
    for (let i = 0; i < 11; i++) await server.gql(LoginCustomer, { email, password: "wrong password" }, { headers });
    expect((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers })).body.errors?.[0].extensions?.code).toBe("THROTTLED");

    await server.gql(RequestReset, { email }, { headers });
    const third = await mailedToken(server, email, "password-reset", 3);
    await query(server.databaseUrl, "UPDATE account_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [createHash("sha256").update(third).digest()]);
    expect((await server.gql(ResetPassword, { token: third, password: "my new password" })).body.data?.resetPassword?.__typename).toBe("InvalidToken");

    expect((await server.gql(ResetPassword, { token: second, password: "my new password" })).body.data?.resetPassword?.__typename).toBe("PasswordReset");
    expect((await server.gql(ResetPassword, { token: first, password: "my newer password" })).body.data?.resetPassword?.__typename).toBe("InvalidToken");
    await login(server, email, "my new password", headers);
  });

  it("answers an unknown email exactly like a known one, in similar time, and mails nobody", async () => {
    const headers = from("192.0.2.3");
    const known = await register(server);
    await mailedToken(server, known, "email-verification");
    const unknown = uniqueEmail("nobody");
    const strip = (response: Awaited<ReturnType<typeof server.gql>>) => ({
      status: response.status,
      body: JSON.stringify(response.body).replace(/[a-z0-9-]+@example\.test/g, "<email>"),
      headers: [...response.headers].filter(([name]) => !["date", "x-request-id", "content-length"].includes(name)),
    });
    const times = { known: [] as number[], unknown: [] as number[] };
    const answers = new Set<string>();
    for (let i = 0; i < 4; i++) {
      for (const [kind, email] of [["known", known], ["unknown", unknown]] as const) {
        const started = process.hrtime.bigint();
        const response = await server.gql(RequestReset, { email }, { headers });
        times[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
        answers.add(JSON.stringify(strip(response)));
      }
    }
    expect(answers.size).toBe(1);
    expect(JSON.parse([...answers][0])).toMatchObject({ status: 200, body: '{"data":{"requestPasswordReset":{"__typename":"PasswordResetRequested","email":"<email>"}}}' });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length / 2];
    // Nothing that depends on the account happens before the answer: the difference is noise.
    expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(Math.max(15, median(times.unknown)));
    await mailedToken(server, known, "password-reset", 4);
    await mailSettled(server);
    expect(await mailsTo(server, unknown)).toEqual([]);
  });

  it("limits requests per email, whether or not it has an account, and checks the email", async () => {
    for (const email of [await register(server), uniqueEmail("nobody")]) {
      for (let i = 0; i < 5; i++) expect((await server.gql(RequestReset, { email }, { headers: from(`192.0.2.${10 + i}`) })).body.errors).toBeUndefined();
      const throttled = await server.gql(RequestReset, { email }, { headers: from("192.0.2.20") });
      expect(throttled.body.errors?.[0].extensions).toMatchObject({ code: "THROTTLED", retryAfterSeconds: expect.any(Number) });
      expect(throttled.body.data).toEqual({ requestPasswordReset: null });
    }
    expect((await server.gql(RequestReset, { email: "nope" })).body.data?.requestPasswordReset).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", message: "email is not a valid address", path: ["input", "email"] });
  });

  it("limits requests to 20 per client address and hour, whatever the emails, and mails nothing for a refused one", async () => {
    const headers = from("192.0.2.30");
    for (let i = 0; i < 20; i++) expect((await server.gql(RequestReset, { email: uniqueEmail("nobody") }, { headers })).body.errors).toBeUndefined();
    const known = await register(server);
    const throttled = await server.gql(RequestReset, { email: known }, { headers });
    expect(throttled.body.data).toEqual({ requestPasswordReset: null });
    expect(throttled.body.errors?.[0].extensions).toMatchObject({ code: "THROTTLED", retryAfterSeconds: expect.any(Number) });
    expect(throttled.body.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3500);
    expect(throttled.body.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // From another address the same email is served; its mail, queued after the refused request's
    // turn, is the only one.
    expect((await server.gql(RequestReset, { email: known }, { headers: from("192.0.2.31") })).body.data?.requestPasswordReset?.__typename).toBe("PasswordResetRequested");
    await mailedToken(server, known, "password-reset");
    expect(await mailsTo(server, known, "password-reset")).toHaveLength(1);
  });
});

describe("without a mail transport", () => {
  it("drops mail with a warning that names neither the recipient nor the text", async () => {
    const quiet = await startTestServer({ MAIL_TRANSPORT: "none" });
    try {
      const email = await register(quiet);
      const warning = await waitFor(() => quiet.logs.find((l) => l.msg === "mail not sent: MAIL_TRANSPORT is none"), "the warning");
      expect(warning).toMatchObject({ level: 40, kind: "email-verification" });
      expect(await mailsTo(quiet, email)).toEqual([]);
      expect(JSON.stringify(quiet.logs)).not.toContain(email);
    } finally {
      await quiet.stop();
    }
  });
});
