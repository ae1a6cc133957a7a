import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { query } from "./helpers/database.js";
import { login, LoginCustomer, mailedToken, mailSettled, mailsTo, PASSWORD, register, RegisterCustomer, sessionCookie, signedInCustomer, uniqueEmail } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const Me = graphql(`
  query Me {
    me {
      id
      email
      firstName
      emailVerified
    }
  }
`);

const VerifyEmail = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(input: { token: $token }) {
      __typename
      ... on EmailVerified {
        email
      }
      ... on UserError {
        code
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout {
      ... on LoggedOut {
        sessionsRevoked
      }
    }
  }
`);

const LogoutEverywhere = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere {
      ... on LoggedOut {
        sessionsRevoked
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(input: { currentPassword: $current, newPassword: $next }) {
      __typename
      ... on PasswordChanged {
        sessionsRevoked
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const RenameMe = graphql(`
  mutation RenameMe($firstName: String) {
    updateProfile(input: { firstName: $firstName }) {
      __typename
    }
  }
`);

const MeWithAddresses = graphql(`
  query MeWithAddresses {
    me {
      email
      addresses {
        city
      }
      defaultShippingAddress {
        city
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  // Each test sends its own X-Forwarded-For, so failed logins of one test never throttle another.
  server = await startTestServer({ TRUST_PROXY: "1" });
});
afterAll(async () => {
  await server.stop();
});

const counts = async () =>
  (await query<{ customers: number; mails: number; sessions: number }>(
    server.databaseUrl,
    "SELECT (SELECT count(*)::int FROM customer) AS customers, (SELECT count(*)::int FROM mail_message) AS mails, (SELECT count(*)::int FROM session) AS sessions",
  ))[0];

/** `before` plus what one `mailSettled` adds. */
const afterBarrier = (before: Awaited<ReturnType<typeof counts>>) => ({ ...before, customers: before.customers + 1, mails: before.mails + 1 });

describe("customer sign-up and sign-in over HTTP", () => {
  it("register → verify → login → me → logout → the token is refused", async () => {
    const email = uniqueEmail();
    const registered = await server.gql(RegisterCustomer, { input: { email: `  ${email.toUpperCase()} `, password: PASSWORD, firstName: "Ada", lastName: "Lovelace" } });
    expect(registered.body).toEqual({ data: { register: { __typename: "CustomerRegistered", email } } });

    const token = await mailedToken(server, email, "email-verification");
    expect((await server.gql(VerifyEmail, { token })).body.data?.verifyEmail).toEqual({ __typename: "EmailVerified", email });
    expect((await server.gql(VerifyEmail, { token })).body.data?.verifyEmail).toEqual({ __typename: "InvalidToken", code: "INVALID_TOKEN" });

    expect((await server.gql(Me)).body).toEqual({ data: { me: null } });
    const session = await login(server, email);
    const me = await server.gql(Me, undefined, { headers: session.authorization });
    expect(me.body.data?.me).toEqual({ id: session.customerId, email, firstName: "Ada", emailVerified: true });

    expect((await server.gql(Logout, undefined, { headers: session.authorization })).body.data?.logout).toEqual({ sessionsRevoked: 1 });
    expect((await server.gql(Me, undefined, { headers: session.authorization })).body).toEqual({ data: { me: null }, extensions: { session: "SESSION_EXPIRED" } });
    const refused = await server.gql(RenameMe, { firstName: "Eve" }, { headers: session.authorization });
    expect(refused.body.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SESSION_EXPIRED" });
  });

  it("works with the httpOnly cookie as well as the bearer token", async () => {
    const email = await register(server);
    const response = await server.gql(LoginCustomer, { email, password: PASSWORD });
    const cookie = sessionCookie(response.headers)!;
    expect(cookie.attributes).toMatch(/^Path=\/; Max-Age=259\d{4}; HttpOnly; SameSite=Lax$/);
    const token = response.body.data?.login?.__typename === "LoggedIn" ? response.body.data.login.token : "";
    expect(cookie.cookie).toBe(`larder_session=${token}`);

    expect((await server.gql(Me, undefined, { headers: { cookie: `theme=dark; ${cookie.cookie}` } })).body.data?.me?.email).toBe(email);
    const logout = await server.gql(Logout, undefined, { headers: { cookie: cookie.cookie } });
    expect(sessionCookie(logout.headers)).toEqual({ cookie: "larder_session=", attributes: "Path=/; Max-Age=0; HttpOnly; SameSite=Lax" });
    expect((await server.gql(Me, undefined, { headers: { cookie: cookie.cookie } })).body.data?.me).toBeNull();
  });

  it("logoutEverywhere revokes every session of the account, on the next request", async () => {
    const email = await register(server);
    const [a, b] = [await login(server, email), await login(server, email)];
    expect((await server.gql(LogoutEverywhere, undefined, { headers: b.authorization })).body.data?.logoutEverywhere).toEqual({ sessionsRevoked: 2 });
    for (const session of [a, b]) expect((await server.gql(Me, undefined, { headers: session.authorization })).body.data?.me).toBeNull();
  });

  it("changePassword needs the current password, keeps this session and revokes the others", async () => {
    const headers = { "x-forwarded-for": "198.51.100.20" };
    const email = await register(server);
    const [current, other] = [await login(server, email), await login(server, email)];
    const as = { ...headers, ...current.authorization };

    const wrong = await server.gql(ChangePassword, { current: "not the password", next: "a brand new secret" }, { headers: as });
    expect(wrong.body.data?.changePassword).toEqual({ __typename: "InvalidCredentials", code: "INVALID_CREDENTIALS", message: "The current password is wrong", path: ["input", "currentPassword"] });
    const weak = await server.gql(ChangePassword, { current: PASSWORD, next: "short" }, { headers: as });
    expect(weak.body.data?.changePassword).toMatchObject({ __typename: "WeakPassword", message: "newPassword must be at least 10 characters", path: ["input", "newPassword"] });

    const changed = await server.gql(ChangePassword, { current: PASSWORD, next: "a brand new secret" }, { headers: as });
    expect(changed.body.data?.changePassword).toEqual({ __typename: "PasswordChanged", sessionsRevoked: 1 });
    expect((await server.gql(Me, undefined, { headers: current.authorization })).body.data?.me?.email).toBe(email);
    expect((await server.gql(Me, undefined, { headers: other.authorization })).body.data?.me).toBeNull();
    expect((await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers })).body.data?.login?.__typename).toBe("InvalidCredentials");
    await login(server, email, "a brand new secret", headers);
  });

  it("lets staff sessions read no customer as `me`", async () => {
    const staff = await staffHeaders(server, []);
    expect((await server.gql(Me, undefined, { headers: { authorization: staff.authorization } })).body).toEqual({ data: { me: null } });
  });
});

describe("secrets", () => {
  it("never puts a password or a session token in a log line or a response", async () => {
    const password = "Pa55word-that-must-never-leak";
    const email = uniqueEmail();
    const responses: string[] = [];
    const send = async (body: unknown, headers: Record<string, string> = {}) => {
      const response = await server.post(body, { ...headers, "x-request-id": `secrets-${responses.length}` });
      responses.push(await response.text());
      return JSON.parse(responses.at(-1)!) as { data?: Record<string, { token?: string }> };
    };
    await send({ query: RegisterCustomer.toString(), variables: { input: { email, password, firstName: "Ada", lastName: "L" } } });
    await send({ query: RegisterCustomer.toString(), variables: { input: { email, password, firstName: "Ada", lastName: "L" } } });
    await send({ query: RegisterCustomer.toString(), variables: { input: { email: "x@example.test", password: password.slice(0, 9), firstName: "A", lastName: "L" } } });
    await send({ query: LoginCustomer.toString(), variables: { email, password: `${password}!` } });
    const token = (await send({ query: LoginCustomer.toString(), variables: { email, password } })).data!.login.token!;
    await send({ query: ChangePassword.toString(), variables: { current: password, next: `${password}2` } }, { authorization: `Bearer ${token}` });
    await send({ query: "mutation { login(input: { email: 1, password: 2 }) { __typename } }" });
    for (let i = 0; i < responses.length; i++) await server.accessLine(`secrets-${i}`);
    await mailSettled(server);

    const logs = JSON.stringify(server.logs);
    for (const secret of [password, password.slice(0, 9), token]) expect(logs).not.toContain(secret);
    for (const response of responses) expect(response).not.toContain(password.slice(0, 9));
  });

  it("stores sessions only as the SHA-256 of their token, and passwords as argon2id hashes", async () => {
    const { email, token } = await signedInCustomer(server);
    const sha = createHash("sha256").update(token).digest();
    const sessions = await query(server.databaseUrl, "SELECT s.* FROM session s JOIN customer c ON c.id = s.customer_id WHERE c.email = $1", [email]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).toEqual(sha);
    expect(JSON.stringify(sessions)).not.toContain(token);
    const [customer] = await query<{ password_hash: string }>(server.databaseUrl, "SELECT password_hash FROM customer WHERE email = $1", [email]);
    expect(customer.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });
});

describe("registration input", () => {
  it.each([
    ["a malformed email", { email: "not-an-email" }, { __typename: "InvalidInput", code: "INVALID_INPUT", message: "email is not a valid address", path: ["input", "email"] }],
    ["a blank email", { email: "  " }, { __typename: "InvalidInput", message: "email is required", path: ["input", "email"] }],
    ["a 9-character password", { password: "123456789" }, { __typename: "WeakPassword", code: "WEAK_PASSWORD", message: "password must be at least 10 characters", path: ["input", "password"] }],
    ["a 257-character password", { password: "x".repeat(257) }, { __typename: "WeakPassword", message: "password must be at most 256 characters", path: ["input", "password"] }],
    ["a blank password", { password: " ".repeat(12) }, { __typename: "WeakPassword", message: "password must not be blank", path: ["input", "password"] }],
    ["a blank first name", { firstName: " " }, { __typename: "InvalidInput", message: "firstName must not be blank", path: ["input", "firstName"] }],
    ["a 101-character last name", { lastName: "x".repeat(101) }, { __typename: "InvalidInput", message: "lastName must be at most 100 characters", path: ["input", "lastName"] }],
    ["a malformed locale", { locale: "en_US" }, { __typename: "InvalidInput", message: 'locale must be a language tag such as "en" or "de-CH"', path: ["input", "locale"] }],
  ])("answers %s with a typed error and stores nothing", async (_label, change, expected) => {
    await mailSettled(server);
    const before = await counts();
    const input = { email: uniqueEmail(), password: PASSWORD, firstName: "Ada", lastName: "Lovelace", ...change };
    const { status, body } = await server.gql(RegisterCustomer, { input });
    expect(status).toBe(200);
    expect(body.data?.register).toMatchObject(expected);
    await mailSettled(server);
    expect(await counts()).toEqual(afterBarrier(before));
  });

  it("counts password length in characters (code points): 10 emoji are enough, 9 are not, 256 are allowed and 257 are not", async () => {
    // Each emoji is two UTF-16 code units and four UTF-8 bytes, so any other unit moves a boundary.
    const refused = async (password: string) => (await server.gql(RegisterCustomer, { input: { email: uniqueEmail(), password, firstName: "Ada", lastName: "L" } })).body.data?.register;
    expect(await refused("🔑".repeat(9))).toMatchObject({ __typename: "WeakPassword", message: "password must be at least 10 characters" });
    expect(await refused("🔑".repeat(257))).toMatchObject({ __typename: "WeakPassword", message: "password must be at most 256 characters" });
    for (const password of ["🔑".repeat(10), "🔑".repeat(256)]) {
      const email = await register(server, uniqueEmail(), password);
      await login(server, email, password);
    }
  });

  it("refuses an email taken in another case, and stores nothing", async () => {
    const email = await register(server);
    await mailSettled(server);
    const before = await counts();
    const { body } = await server.gql(RegisterCustomer, { input: { email: email.toUpperCase(), password: PASSWORD, firstName: "Eve", lastName: "X" } });
    expect(body.data?.register).toEqual({ __typename: "EmailTaken", code: "EMAIL_TAKEN", message: "An account with this email already exists", path: ["input", "email"] });
    await mailSettled(server);
    expect(await counts()).toEqual(afterBarrier(before));
    expect(await mailsTo(server, email)).toHaveLength(1);
  });
});

describe("login", () => {
  it("answers an unknown email exactly like a wrong password, after the same work", async () => {
    const email = await register(server);
    const headers = { "x-forwarded-for": "198.51.100.30" };
    // CPU time of this process, where the server and its argon2 thread pool run, rather than wall
    // time: on a busy machine other processes stretch the wall time of either path at random.
    const attempt = async (address: string) => {
      const before = process.cpuUsage();
      const { body } = await server.gql(LoginCustomer, { email: address, password: "wrong password" }, { headers });
      const used = process.cpuUsage(before);
      return { cpuMs: (used.user + used.system) / 1000, body };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, under the 10 failed attempts an account and address pair may make.
    for (let i = 0; i < 9; i++) {
      const a = await attempt(email);
      const b = await attempt(uniqueEmail("nobody"));
      expect(a.body).toEqual(b.body);
      expect(a.body).toEqual({ data: { login: { __typename: "InvalidCredentials", code: "INVALID_CREDENTIALS", message: "The email or password is wrong", path: null } } });
      known.push(a.cpuMs);
      unknown.push(b.cpuMs);
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[(values.length - 1) / 2]!;
    // Both verify an argon2id hash (a dummy one for the unknown email), which dominates the work;
    // skipping it leaves a small fraction of the CPU time.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.6);
    expect(median(unknown) / median(known)).toBeLessThan(1.67);
  });
});

describe("the session check", () => {
  it("costs one SQL statement per request, and `me` with its address book two more, however full the book", async () => {
    const { authorization, email } = await signedInCustomer(server);
    const hello = async (headers: Record<string, string>) => (await server.gql(graphql(`query HelloWithSession { hello }`), undefined, { headers, sql: true })).body.extensions?.sqlStatements;
    expect(await hello({})).toBe(0);
    expect(await hello(authorization)).toBe(1);
    expect(await hello({ authorization: `Bearer ${"x".repeat(43)}` })).toBe(1);
    expect(await hello({ authorization: "Bearer malformed" })).toBe(0);
    const empty = await server.gql(MeWithAddresses, undefined, { headers: authorization, sql: true });
    expect(empty.body.data?.me).toMatchObject({ addresses: [], defaultShippingAddress: null });
    expect(empty.body.extensions?.sqlStatements).toBe(3);

    await query(
      server.databaseUrl,
      `INSERT INTO address (id, customer_id, first_name, last_name, line1, city, country_code, updated_at)
       SELECT gen_random_uuid(), c.id, 'Ada', 'L', 'Street ' || n, 'City ' || n, 'CH', now() FROM customer c, generate_series(1, 8) n WHERE c.email = $1`,
      [email],
    );
    await query(server.databaseUrl, "UPDATE customer c SET default_shipping_address_id = (SELECT id FROM address a WHERE a.customer_id = c.id AND city = 'City 5') WHERE email = $1", [email]);
    const full = await server.gql(MeWithAddresses, undefined, { headers: authorization, sql: true });
    expect(full.body.data?.me?.addresses.map((a) => a.city).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `City ${i + 1}`));
    expect(full.body.data?.me?.defaultShippingAddress).toEqual({ city: "City 5" });
    expect(full.body.extensions?.sqlStatements).toBe(3);
  });
});
