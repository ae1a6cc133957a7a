/** A session token that matches no live session is reported, never silently read as anonymous. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { query } from "./helpers/database.js";
import { LoginCustomer, PASSWORD, sessionCookie, signedInCustomer } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const ShopAndMe = graphql(`
  query ShopAndMe {
    hello
    me {
      email
    }
  }
`);

const ChangeName = graphql(`
  mutation ChangeName {
    updateProfile(input: { firstName: "Eve" }) {
      __typename
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const expire = (token: string) => query(server.databaseUrl, "UPDATE session SET expires_at = now() - interval '1 second' WHERE token_hash = sha256(convert_to($1, 'UTF8'))", [token]);

describe("a request with a dead session token", () => {
  it("still answers what anyone may read, as anonymous, and says the session expired", async () => {
    const customer = await signedInCustomer(server);
    await expire(customer.token);
    const response = await server.gql(ShopAndMe, undefined, { headers: customer.authorization });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { hello: "Hello, World!", me: null }, extensions: { session: "SESSION_EXPIRED" } });
    // A bearer token is the app's to drop: no cookie is touched.
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("refuses what needs a session with UNAUTHENTICATED and the reason", async () => {
    const customer = await signedInCustomer(server);
    await expire(customer.token);
    const refused = await server.gql(ChangeName, undefined, { headers: customer.authorization });
    expect(refused.body.errors).toEqual([expect.objectContaining({ message: "Your session has ended; sign in again", extensions: { code: "UNAUTHENTICATED", reason: "SESSION_EXPIRED" } })]);
    expect(refused.body.extensions).toEqual({ session: "SESSION_EXPIRED" });
    // Without any token the refusal stays the plain one.
    expect((await server.gql(ChangeName)).body).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } })] });
  });

  it("reports a token no session ever had, well-formed or not, as invalid", async () => {
    for (const token of ["A".repeat(43), "not-a-token"]) {
      const response = await server.gql(ShopAndMe, undefined, { headers: { authorization: `Bearer ${token}` } });
      expect(response.body).toEqual({ data: { hello: "Hello, World!", me: null }, extensions: { session: "SESSION_INVALID" } });
    }
  });

  it("reports sessions ended by logout and by deactivating a staff member as expired", async () => {
    const staff = await staffHeaders(server, []);
    await query(server.databaseUrl, "UPDATE staff SET active = false WHERE id = $1", [staff.staffId]);
    expect((await server.gql(ShopAndMe, undefined, { headers: { authorization: staff.authorization } })).body.extensions).toEqual({ session: "SESSION_EXPIRED" });
  });

  it("clears a session cookie that carried it, so the browser stops sending it", async () => {
    const customer = await signedInCustomer(server);
    await expire(customer.token);
    const response = await server.gql(ShopAndMe, undefined, { headers: { cookie: `larder_session=${customer.token}` } });
    expect(response.body.extensions).toEqual({ session: "SESSION_EXPIRED" });
    expect(sessionCookie(response.headers)).toEqual({ cookie: "larder_session=", attributes: "Path=/; Max-Age=0; HttpOnly; SameSite=Lax" });
  });

  it("lets a login replace it: no report, and the new session's cookie is set after the old one is cleared", async () => {
    const customer = await signedInCustomer(server);
    await expire(customer.token);
    const response = await server.gql(LoginCustomer, { email: customer.email, password: PASSWORD }, { headers: { cookie: `larder_session=${customer.token}` } });
    expect(response.body.data?.login?.__typename).toBe("LoggedIn");
    expect(response.body.extensions).toBeUndefined();
    const cookies = response.headers.getSetCookie().filter((c) => c.startsWith("larder_session="));
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^larder_session=; /);
    expect(cookies[1]).toMatch(/^larder_session=[\w-]{43}; /);
  });

  it("is not reported for live sessions or requests without a token", async () => {
    const customer = await signedInCustomer(server);
    expect((await server.gql(ShopAndMe, undefined, { headers: customer.authorization })).body).toEqual({ data: { hello: "Hello, World!", me: { email: customer.email } } });
    expect((await server.gql(ShopAndMe)).body).toEqual({ data: { hello: "Hello, World!", me: null } });
  });
});
