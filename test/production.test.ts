import { createClient } from "graphql-ws";
import WebSocket from "ws";
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

  it("does not suggest names in variable errors over HTTP, nor in any error over WebSocket", async () => {
    const greet = "mutation ($input: GreetInput!) { greet(input: $input) { __typename } }";
    const states = "query ($states: [OrderState!]) { orders(filter: { states: $states }) { totalCount } }";
    const overHttp = [
      await bodyOf(await server.post({ query: greet, variables: { input: { nme: "Ada" } } })),
      await bodyOf(await server.post({ query: states, variables: { states: ["PLACD"] } })),
    ];
    expect(overHttp.map((body) => body.errors.map((e) => e.extensions?.code))).toEqual([["BAD_USER_INPUT"], ["BAD_USER_INPUT"]]);
    expect(overHttp[0]!.errors[0]!.message).toBe('Variable "$input" got invalid value { nme: "Ada" }; Field "nme" is not defined by type "GreetInput".');
    expect(JSON.stringify(overHttp)).not.toContain("Did you mean");
    expect(JSON.stringify(overHttp)).not.toContain("PLACED");

    const client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
    const run = (query: string, variables?: Record<string, unknown>) =>
      new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve) => {
        let errors: { message: string; extensions?: Record<string, unknown> }[] = [];
        client.subscribe({ query, variables }, { next: (value) => (errors = (value.errors ?? []) as never), error: (e) => resolve(e as never), complete: () => resolve(errors) });
      });
    try {
      const overWs = [
        await run("{ helo }"),
        await run("query ($name: String!) { greeting(nme: $name) { timesGreeted } }", { name: "Ada" }),
        await run("{ products(first: 1) { nodes { titel } } }"),
        await run(greet, { input: { nme: "Ada" } }),
        await run(states, { states: ["PLACD"] }),
      ];
      expect(overWs.map((errors) => errors.map((e) => [e.message, e.extensions?.code]))).toEqual([
        [['Cannot query field "helo" on type "Query".', "GRAPHQL_VALIDATION_FAILED"]],
        [
          ['Unknown argument "nme" on field "Query.greeting".', "GRAPHQL_VALIDATION_FAILED"],
          ['Field "greeting" argument "name" of type "String!" is required, but it was not provided.', "GRAPHQL_VALIDATION_FAILED"],
        ],
        [['Cannot query field "titel" on type "Product".', "GRAPHQL_VALIDATION_FAILED"]],
        [['Variable "$input" got invalid value { nme: "Ada" }; Field "nme" is not defined by type "GreetInput".', "BAD_USER_INPUT"]],
        [['Variable "$states" got invalid value "PLACD" at "states[0]"; Value "PLACD" does not exist in "OrderState" enum.', "BAD_USER_INPUT"]],
      ]);
    } finally {
      await client.dispose();
    }
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
