import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { LoginCustomer, register, signedInCustomer } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const MeOverWs = graphql(`
  query MeOverWs {
    me {
      email
    }
  }
`);

const LogoutOverHttp = graphql(`
  mutation LogoutOverHttp {
    logout {
      __typename
    }
  }
`);

type Result = { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: Record<string, unknown> };

function run(client: Client, query: string, variables?: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    let result: Result | undefined;
    client.subscribe({ query, variables }, { next: (value) => (result = value as Result), error: reject, complete: () => resolve(result!) });
  });
}

/** A graphql-ws client whose upgrade request carries `headers` (as a browser sends its cookies). */
function connect(options: { connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {}): Client {
  const headers = options.headers ?? {};
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocketWithHeaders, connectionParams: options.connectionParams, retryAttempts: 0 });
  clients.push(client);
  return client;
}

let server: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await server.stop();
});

describe("sessions over WebSocket", () => {
  it("resolves the viewer from connectionParams.authorization, per operation, so a revoked session stops at the next one", async () => {
    const { email, authorization } = await signedInCustomer(server);
    const client = connect({ connectionParams: authorization });
    expect(await run(client, MeOverWs.toString())).toEqual({ data: { me: { email } } });
    await server.gql(LogoutOverHttp, undefined, { headers: authorization });
    expect(await run(client, MeOverWs.toString())).toEqual({ data: { me: null }, extensions: { session: "SESSION_EXPIRED" } });
  });

  it("reads the session cookie of the upgrade request", async () => {
    const { email, token } = await signedInCustomer(server);
    const client = connect({ headers: { cookie: `larder_session=${token}` } });
    expect(await run(client, MeOverWs.toString())).toEqual({ data: { me: { email } } });
  });

  it("treats a socket without a session as anonymous, and logs in over it with the same throttling", async () => {
    const client = connect();
    expect(await run(client, MeOverWs.toString())).toEqual({ data: { me: null } });
    const email = await register(server);
    const login = await run(client, LoginCustomer.toString(), { email, password: "wrong password" });
    expect(login.data?.login).toMatchObject({ __typename: "InvalidCredentials" });
    const bad = await run(client, "mutation { updateProfile(input: { firstName: \"X\" }) { __typename } }");
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
