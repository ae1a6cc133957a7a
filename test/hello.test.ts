import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { query } from "./helpers/database.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const HelloQuery = graphql(`
  query Hello {
    hello
  }
`);

const GreetMutation = graphql(`
  mutation Greet($name: String) {
    greet(input: { name: $name }) {
      __typename
      ... on Greeted {
        message
        greeting {
          name
          timesGreeted
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

const TwoGreetings = graphql(`
  query TwoGreetings($a: String!, $b: String!) {
    first: greeting(name: $a) {
      name
      timesGreeted
    }
    second: greeting(name: $b) {
      name
      timesGreeted
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe("hello", () => {
  it("answers the classic query", async () => {
    const { status, body } = await server.gql(HelloQuery);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { hello: "Hello, World!" } });
  });

  it("greets a name, trimmed, and counts the greetings in the database", async () => {
    const first = await server.gql(GreetMutation, { name: "Ada" });
    expect(first.body.data?.greet).toEqual({ __typename: "Greeted", message: "Hello, Ada!", greeting: { name: "Ada", timesGreeted: 1 } });
    const second = await server.gql(GreetMutation, { name: "  Ada " });
    expect(second.body.data?.greet).toMatchObject({ message: "Hello, Ada!", greeting: { timesGreeted: 2 } });
    expect(await query(server.databaseUrl, "SELECT name, count FROM greeting WHERE name = 'Ada'")).toEqual([{ name: "Ada", count: 2 }]);
  });

  it("accepts 100 characters, emoji counted as one", async () => {
    const name = "😀".repeat(100);
    const { body } = await server.gql(GreetMutation, { name });
    expect(body.data?.greet).toMatchObject({ __typename: "Greeted", message: `Hello, ${name}!` });
  });

  it.each([
    ["missing", undefined, "name is required"],
    ["null", null, "name is required"],
    ["empty", "", "name must not be blank"],
    ["blank", " \t ", "name must not be blank"],
    ["over 100 characters", "x".repeat(101), "name must be at most 100 characters"],
    ["a control character", "Ada\u0001", "name must not contain control characters"],
  ])("returns a typed user error for a %s name and stores nothing", async (_label, name, message) => {
    const before = await query(server.databaseUrl, "SELECT count(*)::int AS n FROM greeting");
    const { status, body } = await server.gql(GreetMutation, name === undefined ? {} : { name });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.greet).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", message, path: ["input", "name"] });
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM greeting")).toEqual(before);
  });

  it("loads two greetings with one SQL statement through the request's DataLoader", async () => {
    await server.gql(GreetMutation, { name: "Grace" });
    const { body } = await server.gql(TwoGreetings, { a: "Grace", b: "Nobody" }, { sql: true });
    expect(body.data).toEqual({ first: { name: "Grace", timesGreeted: 1 }, second: null });
    expect(body.extensions?.sqlStatements).toBe(1);
  });

  it("counts a mutation's statements like a query's: a greeting is one upsert", async () => {
    const { body } = await server.gql(GreetMutation, { name: "Counted" }, { sql: true });
    expect(body.data?.greet).toMatchObject({ __typename: "Greeted", greeting: { name: "Counted", timesGreeted: 1 } });
    expect(body.extensions?.sqlStatements).toBe(1);
  });

  it("keeps the SQL counts of concurrent requests apart", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? server.gql(TwoGreetings, { a: "Grace", b: `n${i}` }, { sql: true }) : server.gql(HelloQuery, undefined, { sql: true }))),
    );
    expect(responses.map((r) => r.body.extensions?.sqlStatements)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 1 : 0)));
  });

  it("reports SQL statements only when asked", async () => {
    const plain = await server.gql(TwoGreetings, { a: "Grace", b: "Ada" });
    expect(plain.body.extensions).toBeUndefined();
    const counted = await server.gql(HelloQuery, undefined, { sql: true });
    expect(counted.body.extensions?.sqlStatements).toBe(0);
  });
});
