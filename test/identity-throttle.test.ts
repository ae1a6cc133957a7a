import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "../src/http/client-address.js";
import { purgeExpired } from "../src/modules/identity/housekeeping.js";
import { hashPassword } from "../src/modules/identity/passwords.js";
import { graphql } from "./gql/index.js";
import { query } from "./helpers/database.js";
import { LoginCustomer, mailedToken, PASSWORD, register, RegisterCustomer, signedInCustomer, uniqueEmail } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const FifteenLogins = graphql(`
  mutation FifteenLogins($email: String!, $password: String!) {
    l1: login(input: { email: $email, password: $password }) { __typename }
    l2: login(input: { email: $email, password: $password }) { __typename }
    l3: login(input: { email: $email, password: $password }) { __typename }
    l4: login(input: { email: $email, password: $password }) { __typename }
    l5: login(input: { email: $email, password: $password }) { __typename }
    l6: login(input: { email: $email, password: $password }) { __typename }
    l7: login(input: { email: $email, password: $password }) { __typename }
    l8: login(input: { email: $email, password: $password }) { __typename }
    l9: login(input: { email: $email, password: $password }) { __typename }
    l10: login(input: { email: $email, password: $password }) { __typename }
    l11: login(input: { email: $email, password: $password }) { __typename }
    l12: login(input: { email: $email, password: $password }) { __typename }
    l13: login(input: { email: $email, password: $password }) { __typename }
    l14: login(input: { email: $email, password: $password }) { __typename }
    l15: login(input: { email: $email, password: $password }) { __typename }
  }
`);

const ChangePasswordAttempt = graphql(`
  mutation ChangePasswordAttempt($current: String!, $next: String!) {
    changePassword(input: { currentPassword: $current, newPassword: $next }) {
      __typename
    }
  }
`);

const FifteenStaffLogins = graphql(`
  mutation FifteenStaffLogins($email: String!, $password: String!) {
    l1: loginStaff(input: { email: $email, password: $password }) { __typename }
    l2: loginStaff(input: { email: $email, password: $password }) { __typename }
    l3: loginStaff(input: { email: $email, password: $password }) { __typename }
    l4: loginStaff(input: { email: $email, password: $password }) { __typename }
    l5: loginStaff(input: { email: $email, password: $password }) { __typename }
    l6: loginStaff(input: { email: $email, password: $password }) { __typename }
    l7: loginStaff(input: { email: $email, password: $password }) { __typename }
    l8: loginStaff(input: { email: $email, password: $password }) { __typename }
    l9: loginStaff(input: { email: $email, password: $password }) { __typename }
    l10: loginStaff(input: { email: $email, password: $password }) { __typename }
    l11: loginStaff(input: { email: $email, password: $password }) { __typename }
    l12: loginStaff(input: { email: $email, password: $password }) { __typename }
    l13: loginStaff(input: { email: $email, password: $password }) { __typename }
    l14: loginStaff(input: { email: $email, password: $password }) { __typename }
    l15: loginStaff(input: { email: $email, password: $password }) { __typename }
  }
`);

const RequestResetAfterGuessing = graphql(`
  mutation RequestResetAfterGuessing($email: String!) {
    requestPasswordReset(input: { email: $email }) {
      __typename
    }
  }
`);

const ResetAfterGuessing = graphql(`
  mutation ResetAfterGuessing($token: String!, $password: String!) {
    resetPassword(input: { token: $token, newPassword: $password }) {
      __typename
    }
  }
`);

const LoginStaffAttempt = graphql(`
  mutation LoginStaffAttempt($email: String!, $password: String!) {
    loginStaff(input: { email: $email, password: $password }) {
      __typename
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1" });
});
afterAll(async () => {
  await server.stop();
});

const from = (address: string) => ({ "x-forwarded-for": address });
const outcome = (body: { data?: { login?: { __typename: string } | null } | null; errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.data?.login?.__typename ?? String(body.errors?.[0]?.extensions?.code);

describe("brute-force protection", () => {
  it("counts every executed login field: of 15 aliased attempts in one request, the last 5 are THROTTLED", async () => {
    const email = await register(server);
    const response = await server.gql(FifteenLogins, { email, password: "wrong password" }, { headers: from("203.0.113.1") });
    expect(response.status).toBe(200);
    const data = response.body.data as Record<string, { __typename: string } | null>;
    const answers = Array.from({ length: 15 }, (_, i) => data[`l${i + 1}`]?.__typename ?? null);
    expect(answers).toEqual([...Array(10).fill("InvalidCredentials"), ...Array(5).fill(null)]);
    const errors = response.body.errors!;
    expect(errors.map((e) => e.path)).toEqual([["l11"], ["l12"], ["l13"], ["l14"], ["l15"]]);
    for (const error of errors) {
      expect(error.extensions?.code).toBe("THROTTLED");
      expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(850);
      expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(900);
    }
    expect(Number(response.headers.get("retry-after"))).toBe(Math.max(...errors.map((e) => e.extensions!.retryAfterSeconds as number)));

    // That address stays locked out of the account for the window, even with the right password.
    const right = await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: from("203.0.113.1") });
    expect(outcome(right.body)).toBe("THROTTLED");
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM session s JOIN customer c ON c.id = s.customer_id WHERE c.email = $1", [email])).toEqual([{ n: 0 }]);
  });

  it("never locks the owner out from another address, however often one address guesses, staff accounts included", async () => {
    const email = await register(server);
    const attacker = from("203.0.113.7");
    for (let i = 0; i < 10; i++) await server.gql(FifteenLogins, { email, password: "wrong password" }, { headers: attacker });
    expect(outcome((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: attacker })).body)).toBe("THROTTLED");
    expect(outcome((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: from("198.51.100.7") })).body)).toBe("LoggedIn");

    const admin = { email: uniqueEmail("admin"), password: "admin passphrase 1" };
    await query(server.databaseUrl, "INSERT INTO staff (id, email, name, password_hash, updated_at) VALUES (gen_random_uuid(), $1, 'Admin', $2, now())", [
      admin.email,
      await hashPassword(admin.password),
    ]);
    for (let i = 0; i < 3; i++) await server.gql(FifteenStaffLogins, { email: admin.email, password: "wrong password" }, { headers: from("203.0.113.8") });
    expect((await server.gql(LoginStaffAttempt, admin, { headers: from("203.0.113.8") })).body.errors?.[0]?.extensions?.code).toBe("THROTTLED");
    expect((await server.gql(LoginStaffAttempt, admin, { headers: from("198.51.100.8") })).body.data?.loginStaff?.__typename).toBe("StaffLoggedIn");
  });

  it("stops guessing spread over many addresses at 100 failures per account, until a password reset", async () => {
    const email = await register(server);
    for (let host = 0; host < 10; host++) {
      const response = await server.gql(FifteenLogins, { email, password: "wrong password" }, { headers: from(`192.0.2.${200 + host}`) });
      expect(response.body.errors).toHaveLength(5);
    }
    expect(outcome((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: from("198.51.100.9") })).body)).toBe("THROTTLED");
    await server.gql(RequestResetAfterGuessing, { email }, { headers: from("198.51.100.9") });
    const reset = await server.gql(ResetAfterGuessing, { token: await mailedToken(server, email, "password-reset"), password: "a brand new password" }, { headers: from("198.51.100.9") });
    expect(reset.body.data?.resetPassword?.__typename).toBe("PasswordReset");
    // Every address's count on the account is gone, the guessers' included.
    expect(outcome((await server.gql(LoginCustomer, { email, password: "a brand new password" }, { headers: from("192.0.2.200") })).body)).toBe("LoggedIn");
  });

  it("opens again when the window ends", async () => {
    const email = await register(server);
    await server.gql(FifteenLogins, { email, password: "wrong password" }, { headers: from("203.0.113.3") });
    // This test's windows only: the address's, the account's and the pair's.
    const account = `%:customer:${createHash("sha256").update(email).digest("hex")}%`;
    const ended = await query(server.databaseUrl, "UPDATE throttle_window SET expires_at = now() - interval '1 second' WHERE key LIKE $1 OR key = $2 RETURNING key", [account, "login-address:203.0.113.3"]);
    expect(ended).toHaveLength(3);
    expect(outcome((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: from("203.0.113.3") })).body)).toBe("LoggedIn");
  });

  it("does not count successful logins", async () => {
    const email = await register(server);
    const headers = from("203.0.113.4");
    for (let i = 0; i < 12; i++) {
      const password = i % 2 ? "wrong password" : PASSWORD;
      const expected = i % 2 ? "InvalidCredentials" : "LoggedIn";
      expect(outcome((await server.gql(LoginCustomer, { email, password }, { headers })).body)).toBe(expected);
    }
  });

  it("limits failed logins per client address across accounts, customer and staff alike", async () => {
    const headers = from("203.0.113.5");
    for (let i = 0; i < 30; i++) {
      const attempt = i % 2 ? server.gql(LoginCustomer, { email: uniqueEmail(), password: "guess" }, { headers }) : server.gql(LoginStaffAttempt, { email: uniqueEmail(), password: "guess" }, { headers });
      expect((await attempt).body.errors).toBeUndefined();
    }
    const blocked = await server.gql(LoginCustomer, { email: uniqueEmail(), password: "guess" }, { headers });
    expect(blocked.body.errors?.[0].extensions).toMatchObject({ code: "THROTTLED", retryAfterSeconds: expect.any(Number) });
    // Another client is not affected.
    expect(outcome((await server.gql(LoginCustomer, { email: uniqueEmail(), password: "guess" }, { headers: from("203.0.113.6") })).body)).toBe("InvalidCredentials");
  });

  it("shares its counters between server instances through PostgreSQL", async () => {
    const email = await register(server);
    const other = await startTestServer({ TRUST_PROXY: "1" }, { sharedDatabaseUrl: server.databaseUrl });
    try {
      for (let i = 0; i < 10; i++) {
        const instance = i % 2 ? other : server;
        expect(outcome((await instance.gql(LoginCustomer, { email, password: "wrong password" }, { headers: from("203.0.113.10") })).body)).toBe("InvalidCredentials");
      }
      expect(outcome((await other.gql(LoginCustomer, { email, password: PASSWORD }, { headers: from("203.0.113.10") })).body)).toBe("THROTTLED");
    } finally {
      await other.stop();
    }
  });

  it("stores accounts in its counters only as hashes", async () => {
    const email = await register(server);
    await server.gql(LoginCustomer, { email, password: "wrong password" }, { headers: from("203.0.113.40") });
    const keys = (await query<{ key: string }>(server.databaseUrl, "SELECT key FROM throttle_window")).map((r) => r.key);
    expect(keys).toContain("login-address:203.0.113.40");
    expect(keys.some((k) => /^login-account:customer:[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(keys.some((k) => /^login-account-address:customer:[0-9a-f]{64}:203\.0\.113\.40$/.test(k))).toBe(true);
    expect(JSON.stringify(keys)).not.toContain(email);
  });
});

describe("other limits", () => {
  it("allows 30 registrations per client address and hour, and stores nothing for the 31st", async () => {
    const headers = from("203.0.113.50");
    const accepted = await Promise.all(Array.from({ length: 30 }, () => server.gql(RegisterCustomer, { input: { email: uniqueEmail(), password: PASSWORD, firstName: "A", lastName: "L" } }, { headers })));
    expect(accepted.map((r) => r.body.data?.register?.__typename)).toEqual(Array(30).fill("CustomerRegistered"));
    const email = uniqueEmail();
    const refused = await server.gql(RegisterCustomer, { input: { email, password: PASSWORD, firstName: "A", lastName: "L" } }, { headers });
    expect(refused.body.data).toEqual({ register: null });
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: ["register"], extensions: { code: "THROTTLED", retryAfterSeconds: expect.any(Number) } })]);
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3500);
    expect(refused.body.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(refused.headers.get("retry-after")).toBe(String(refused.body.errors![0].extensions!.retryAfterSeconds));
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM customer WHERE email = $1", [email])).toEqual([{ n: 0 }]);
    // The same email from another address is registered.
    expect(await register(server, email, PASSWORD, from("203.0.113.51"))).toBe(email);
  });

  it("counts a wrong current password in changePassword as a failed login from that address", async () => {
    const { email, authorization } = await signedInCustomer(server);
    const [{ password_hash: before }] = await query<{ password_hash: string }>(server.databaseUrl, "SELECT password_hash FROM customer WHERE email = $1", [email]);
    const headers = { ...authorization, ...from("203.0.113.60") };
    for (let i = 0; i < 5; i++) expect(outcome((await server.gql(LoginCustomer, { email, password: "wrong password" }, { headers })).body)).toBe("InvalidCredentials");
    for (let i = 0; i < 5; i++) {
      const wrong = await server.gql(ChangePasswordAttempt, { current: "wrong password", next: "a brand new secret" }, { headers });
      expect(wrong.body.data?.changePassword?.__typename).toBe("InvalidCredentials");
    }
    // The eleventh failure from this address is refused, with the right current password too, and nothing changes.
    const refused = await server.gql(ChangePasswordAttempt, { current: PASSWORD, next: "a brand new secret" }, { headers });
    expect(refused.body.data).toEqual({ changePassword: null });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: "THROTTLED", retryAfterSeconds: expect.any(Number) });
    expect(outcome((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers })).body)).toBe("THROTTLED");
    expect(await query(server.databaseUrl, "SELECT password_hash FROM customer WHERE email = $1", [email])).toEqual([{ password_hash: before }]);
  });
});

describe("client address", () => {
  const request = (peer: string, forwarded?: string) => ({ socket: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage;

  it("is the socket's peer unless TRUST_PROXY names how many proxies to believe", () => {
    expect(clientAddress(request("10.0.0.1", "1.2.3.4"), 0)).toBe("10.0.0.1");
    expect(clientAddress(request("10.0.0.1", "6.6.6.6, 1.2.3.4"), 1)).toBe("1.2.3.4");
    expect(clientAddress(request("10.0.0.1", "6.6.6.6, 1.2.3.4, 10.0.0.2"), 2)).toBe("1.2.3.4");
    expect(clientAddress(request("10.0.0.1"), 1)).toBe("10.0.0.1");
    expect(clientAddress(request("10.0.0.1", "1.2.3.4"), 5)).toBe("1.2.3.4");
  });

  it("ignores X-Forwarded-For without TRUST_PROXY, so a client cannot dodge the limit by writing it", async () => {
    const direct = await startTestServer();
    try {
      for (let i = 0; i < 30; i++) await direct.gql(LoginCustomer, { email: uniqueEmail(), password: "guess" }, { headers: from(`198.18.0.${i}`) });
      const blocked = await direct.gql(LoginCustomer, { email: uniqueEmail(), password: "guess" }, { headers: from("198.18.1.1") });
      expect(blocked.body.errors?.[0].extensions?.code).toBe("THROTTLED");
    } finally {
      await direct.stop();
    }
  });
});

describe("housekeeping", () => {
  it("purges ended throttle windows, long-expired tokens and long-ended sessions", async () => {
    const email = await register(server);
    const customer = (await query<{ id: string }>(server.databaseUrl, "SELECT id FROM customer WHERE email = $1", [email]))[0].id;
    await query(server.databaseUrl, "INSERT INTO throttle_window (key, started_at, count, expires_at) VALUES ('old', now() - interval '1 hour', 3, now() - interval '1 minute'), ('live', now(), 1, now() + interval '1 hour')");
    await query(
      server.databaseUrl,
      `INSERT INTO account_token (id, token_hash, purpose, customer_id, email, expires_at) VALUES
        (gen_random_uuid(), '\\x01', 'PASSWORD_RESET', $1, 'a@example.test', now() - interval '2 days'),
        (gen_random_uuid(), '\\x02', 'PASSWORD_RESET', $1, 'a@example.test', now() + interval '1 hour')`,
      [customer],
    );
    await query(
      server.databaseUrl,
      `INSERT INTO session (id, token_hash, customer_id, expires_at, revoked_at) VALUES
        (gen_random_uuid(), '\\x03', $1, now() - interval '31 days', NULL),
        (gen_random_uuid(), '\\x04', $1, now() + interval '1 day', now() - interval '31 days'),
        (gen_random_uuid(), '\\x05', $1, now() - interval '1 day', NULL)`,
      [customer],
    );
    const purged = await purgeExpired(server.database.sql);
    expect(purged.tokens).toBe(1);
    expect(purged.sessions).toBe(2);
    expect(purged.throttleWindows).toBeGreaterThanOrEqual(1);
    const left = await query(server.databaseUrl, "SELECT key FROM throttle_window WHERE key IN ('old', 'live')");
    expect(left).toEqual([{ key: "live" }]);
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM session WHERE token_hash IN ('\\x03', '\\x04', '\\x05')")).toEqual([{ n: 1 }]);
  });
});
