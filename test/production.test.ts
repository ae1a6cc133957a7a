import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { AddLines, createVariant } from "./helpers/commerce.js";
import { bodyOf, startTestServer, type TestServer } from "./helpers/server.js";

const RegisterInProduction = graphql(`
  mutation RegisterInProduction($email: String!) {
    register(input: { email: $email, password: "production password", firstName: "Ada", lastName: "L" }) {
      __typename
    }
  }
`);

const LoginInProduction = graphql(`
  mutation LoginInProduction($email: String!) {
    login(input: { email: $email, password: "production password" }) {
      __typename
    }
  }
`);

const Greet = graphql(`
  mutation GreetInProduction($name: String) {
    greet(input: { name: $name }) {
      __typename
    }
  }
`);

const GreetingInProduction = graphql(`
  query GreetingInProduction($name: String!) {
    greeting(name: $name) {
      timesGreeted
    }
  }
`);

// Aliased, so that a table name in the answer could only come from a leaked error.
const BrokenRead = graphql(`
  query BrokenRead($name: String!) {
    lookup: greeting(name: $name) {
      timesGreeted
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: "production", LOG_LEVEL: "info" });
});
afterAll(async () => {
  await server.stop();
});

describe("production defaults", () => {
  it("turns introspection off", async () => {
    const response = await server.post({ query: "{ __schema { types { name } } }" });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("does not suggest field names", async () => {
    const body = await bodyOf(await server.post({ query: "{ helo }" }));
    expect(body.errors[0].message).toBe('Cannot query field "helo" on type "Query".');
  });

  it("blocks simple GET requests that could be cross-site forgeries", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{ hello }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("serves no playground", async () => {
    const page = await fetch(server.url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("graphiql");
    expect((await fetch(`${server.origin}/playground/graphiql.js`)).status).toBe(404);
  });

  it("marks the session cookie Secure", async () => {
    await server.gql(RegisterInProduction, { email: "prod@example.test" });
    const { headers, body } = await server.gql(LoginInProduction, { email: "prod@example.test" });
    expect(body.data?.login?.__typename).toBe("LoggedIn");
    expect(headers.getSetCookie()[0]).toMatch(/^larder_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
  });

  it("marks the guest cart cookie Secure too", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const { headers, body } = await server.gql(AddLines, { input: { lines: [{ variantId: variant.globalId, quantity: 1 }] } });
    expect(body.data?.addCartLines.__typename).toBe("CartUpdated");
    expect(headers.getSetCookie()[0]).toMatch(/^larder_cart=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
  });

  it("ignores the SQL debug header", async () => {
    const { body } = await server.gql(GreetingInProduction, { name: "Prod" }, { sql: true });
    expect(body.extensions).toBeUndefined();
  });

  it("masks unexpected failures, and logs their cause with the request id", async () => {
    // Pull the table from under the running server: the read now fails in PostgreSQL, with SQL details.
    await server.database.pool.query(`ALTER TABLE greeting RENAME TO greeting_gone`);
    const response = await server.post({ query: BrokenRead.toString(), variables: { name: "Broken" } }, { "x-request-id": "masked-1" });
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.errors).toEqual([{ message: "Internal server error", path: ["lookup"], locations: expect.any(Array), extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "masked-1" } }]);
    expect(text).not.toMatch(/greeting|prisma|relation|stack|at /i);
    const logged = server.logs.find((l) => l.requestId === "masked-1" && l.msg === "unexpected error");
    expect(JSON.stringify(logged)).toMatch(/greeting/);
    await server.database.pool.query(`ALTER TABLE greeting_gone RENAME TO greeting`);
  });
});

describe("demo things in production", () => {
  it("refuses the greet mutation, which would write a row for anyone, and writes nothing", async () => {
    const { body } = await server.gql(Greet, { name: "Mallory" });
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      { message: "This demo mutation writes to the database and is disabled in production", path: ["greet"], locations: expect.any(Array), extensions: { code: "FORBIDDEN" } },
    ]);
    expect((await server.database.pool.query("SELECT count(*)::int AS n FROM greeting WHERE name = 'Mallory'")).rows).toEqual([{ n: 0 }]);
    expect((await server.gql(GreetingInProduction, { name: "Mallory" })).body).toEqual({ data: { greeting: null } });
  });
});
