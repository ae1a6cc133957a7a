/**
 * Managing webhook endpoints: only staff with WEBHOOKS_MANAGE, the secret shown once, hostile input
 * answered with typed errors that change nothing, and SSRF: with private networks not allowed
 * (the default), endpoints on internal addresses are refused when saved and when sent to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { query } from "../helpers/database.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";
import { CreateWebhookEndpoint, createEndpoint, recordProductCreated, startReceiver, WebhookDeliveries, type Receiver } from "../helpers/webhooks.js";

const UpdateWebhookEndpoint = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpointUpdated {
        endpoint {
          url
          eventTypes
          description
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const ToggleWebhookEndpoint = graphql(`
  mutation ToggleWebhookEndpoint($id: ID!) {
    disableWebhookEndpoint(input: { id: $id }) {
      __typename
      ... on WebhookEndpointUpdated {
        endpoint {
          enabled
          disabledReason
        }
      }
    }
    enableWebhookEndpoint(input: { id: $id }) {
      __typename
      ... on WebhookEndpointUpdated {
        endpoint {
          enabled
          disabledAt
          disabledReason
        }
      }
    }
  }
`);

const RotateAndDelete = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookEndpointSecret(input: { id: $id }) {
      __typename
      ... on WebhookEndpointSecretRotated {
        secret
        previousSecretExpiresAt
      }
      ... on UserError {
        code
      }
    }
  }
`);

const DeleteWebhookEndpoint = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(input: { id: $id }) {
      __typename
      ... on WebhookEndpointDeleted {
        deletedId
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const WebhookEndpoints = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 100) {
      totalCount
      nodes {
        id
        url
        eventTypes
        enabled
      }
    }
    webhookEventTypes
  }
`);

const WebhookNode = graphql(`
  query WebhookNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on WebhookEndpoint {
        url
      }
    }
  }
`);

let server: TestServer;
let manager: Record<string, string>;
let receiver: Receiver;

beforeAll(async () => {
  // WEBHOOK_ALLOW_PRIVATE_NETWORKS stays at its default: off.
  server = await startTestServer({ WEBHOOK_RETRY_SCHEDULE: "none" });
  manager = { authorization: (await staffHeaders(server, [Permission.WEBHOOKS_MANAGE])).authorization };
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.close();
  await server?.stop();
});

const endpointCount = async () => (await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM webhook_endpoint"))[0]!.n;

describe("who may manage webhooks", () => {
  it("refuses anonymous callers, customers and staff without WEBHOOKS_MANAGE, and changes nothing", async () => {
    const { id } = await createEndpoint(server, manager, { url: "https://hooks.shop.example/larder", eventTypes: ["order.placed"] });
    const before = await endpointCount();
    const callers: [Record<string, string>, string][] = [
      [{}, "UNAUTHENTICATED"],
      [{ authorization: (await customerHeaders(server)).authorization }, "FORBIDDEN"],
      [{ authorization: (await staffHeaders(server, [Permission.STAFF_WRITE, Permission.SETTINGS_WRITE, Permission.ORDERS_WRITE])).authorization }, "FORBIDDEN"],
    ];
    for (const [headers, code] of callers) {
      const create = await server.gql(CreateWebhookEndpoint, { input: { url: "https://hooks.shop.example/other", eventTypes: ["order.placed"] } }, { headers });
      expect(create.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(create.body.data).toBeNull();
      const list = await server.gql(WebhookEndpoints, undefined, { headers });
      expect(list.body.data).toEqual({ webhookEndpoints: null, webhookEventTypes: null });
      expect(list.body.errors?.map((e) => e.extensions?.code)).toEqual([code, code]);
      const remove = await server.gql(DeleteWebhookEndpoint, { id }, { headers });
      expect(remove.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      const rotate = await server.gql(RotateAndDelete, { id }, { headers });
      expect(rotate.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      const deliveries = await server.gql(WebhookDeliveries, { endpointId: id }, { headers });
      expect(deliveries.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      // node(id:) reads a webhook endpoint as missing, like any object the caller may not see.
      const node = await server.gql(WebhookNode, { id }, { headers });
      expect(node.body.data?.node ?? null).toBeNull();
    }
    expect(await endpointCount()).toBe(before);
    const [row] = await query<{ url: string }>(server.databaseUrl, "SELECT url FROM webhook_endpoint WHERE url = 'https://hooks.shop.example/larder'");
    expect(row).toBeDefined();
  });

  it("lets a manager create, list, change, switch, rotate and delete an endpoint", async () => {
    const created = await createEndpoint(server, manager, { url: "https://hooks.shop.example/a", eventTypes: ["stock.low", "order.placed"], description: "ERP" });
    const list = await server.gql(WebhookEndpoints, undefined, { headers: manager });
    // Stored in catalogue order, whatever order they were given in.
    expect(list.body.data?.webhookEndpoints?.nodes.find((n) => n.id === created.id)).toMatchObject({ url: "https://hooks.shop.example/a", eventTypes: ["order.placed", "stock.low"], enabled: true });
    expect(list.body.data?.webhookEventTypes).toContain("webhook.endpoint.disabled");
    const updated = await server.gql(UpdateWebhookEndpoint, { input: { id: created.id, url: "https://hooks.shop.example/b", eventTypes: ["order.shipped"] } }, { headers: manager });
    expect(updated.body.data?.updateWebhookEndpoint).toMatchObject({ __typename: "WebhookEndpointUpdated", endpoint: { url: "https://hooks.shop.example/b", eventTypes: ["order.shipped"], description: "ERP" } });
    const toggled = await server.gql(ToggleWebhookEndpoint, { id: created.id }, { headers: manager });
    expect(toggled.body.data?.disableWebhookEndpoint).toMatchObject({ endpoint: { enabled: false, disabledReason: "disabled by staff" } });
    expect(toggled.body.data?.enableWebhookEndpoint).toMatchObject({ endpoint: { enabled: true, disabledAt: null, disabledReason: null } });
    const removed = await server.gql(DeleteWebhookEndpoint, { id: created.id }, { headers: manager });
    expect(removed.body.data?.deleteWebhookEndpoint).toEqual({ __typename: "WebhookEndpointDeleted", deletedId: created.id });
    const again = await server.gql(DeleteWebhookEndpoint, { id: created.id }, { headers: manager });
    expect(again.body.data?.deleteWebhookEndpoint).toMatchObject({ __typename: "NotFound", path: ["input", "id"] });
  });
});

describe("the secret", () => {
  it("is shown when made and when rotated, never in any other answer or log line", async () => {
    const { id, secret } = await createEndpoint(server, manager, { url: "https://hooks.shop.example/secret", eventTypes: ["order.placed"] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const rotated = await server.gql(RotateAndDelete, { id }, { headers: manager });
    const result = rotated.body.data?.rotateWebhookEndpointSecret;
    if (result?.__typename !== "WebhookEndpointSecretRotated") throw new Error(JSON.stringify(rotated.body));
    expect(result.secret).toMatch(/^whsec_/);
    expect(result.secret).not.toBe(secret);
    expect(new Date(result.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const answers = [
      await server.gql(WebhookEndpoints, undefined, { headers: manager }),
      await server.gql(WebhookNode, { id }, { headers: manager }),
      await server.gql(UpdateWebhookEndpoint, { input: { id, description: "changed" } }, { headers: manager }),
      await server.gql(ToggleWebhookEndpoint, { id }, { headers: manager }),
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer.body);
      expect(text).not.toContain(secret.slice(6));
      expect(text).not.toContain(result.secret.slice(6));
    }
    const logs = JSON.stringify(server.logs);
    expect(logs).not.toContain(secret.slice(6));
    expect(logs).not.toContain(result.secret.slice(6));
  });
});

describe("hostile input", () => {
  const cases: [string, Record<string, unknown>, string, string[]][] = [
    ["a URL that does not parse", { url: "not a url" }, "InvalidInput", ["input", "url"]],
    ["another scheme", { url: "ftp://hooks.shop.example/x" }, "InvalidInput", ["input", "url"]],
    ["a javascript: URL", { url: "javascript:alert(1)" }, "InvalidInput", ["input", "url"]],
    ["credentials in the URL", { url: "https://user:pass@hooks.shop.example/x" }, "InvalidInput", ["input", "url"]],
    ["a fragment", { url: "https://hooks.shop.example/x#y" }, "InvalidInput", ["input", "url"]],
    ["a URL of 3000 characters", { url: `https://hooks.shop.example/${"a".repeat(3000)}` }, "InvalidInput", ["input", "url"]],
    ["an unknown event type", { eventTypes: ["order.placed", "order.exploded"] }, "InvalidInput", ["input", "eventTypes", "1"]],
    ["no event types", { eventTypes: [] }, "InvalidInput", ["input", "eventTypes"]],
    ["a huge event type", { eventTypes: ["x".repeat(50_000)] }, "InvalidInput", ["input", "eventTypes", "0"]],
    ["a huge description", { description: "d".repeat(20_000) }, "InvalidInput", ["input", "description"]],
    ["control characters in the description", { description: "ok\u0007bell" }, "InvalidInput", ["input", "description"]],
  ];
  for (const [name, change, type, path] of cases) {
    it(`answers ${name} with ${type} and saves nothing`, async () => {
      const before = await endpointCount();
      const { status, body } = await server.gql(CreateWebhookEndpoint, { input: { url: "https://hooks.shop.example/ok", eventTypes: ["order.placed"], ...change } as never }, { headers: manager });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.createWebhookEndpoint).toMatchObject({ __typename: type, path });
      expect(await endpointCount()).toBe(before);
    });
  }

  it("answers bad ids and bad changes on update with typed errors and changes nothing", async () => {
    const { id } = await createEndpoint(server, manager, { url: "https://hooks.shop.example/keep", eventTypes: ["order.placed"] });
    const attempts: [Record<string, unknown>, string, string[]][] = [
      [{ id: "not-an-id" }, "InvalidInput", ["input", "id"]],
      [{ id: Buffer.from("WebhookEndpoint:00000000-0000-7000-8000-000000000000").toString("base64url") }, "NotFound", ["input", "id"]],
      [{ id, url: "http://127.0.0.1/steal" }, "WebhookUrlNotAllowed", ["input", "url"]],
      [{ id, eventTypes: ["nope"] }, "InvalidInput", ["input", "eventTypes", "0"]],
      [{ id, description: "x".repeat(501) }, "InvalidInput", ["input", "description"]],
    ];
    for (const [input, type, path] of attempts) {
      const { body } = await server.gql(UpdateWebhookEndpoint, { input: input as never }, { headers: manager });
      expect(body.errors).toBeUndefined();
      expect(body.data?.updateWebhookEndpoint).toMatchObject({ __typename: type, path });
    }
    const [row] = await query<{ url: string; event_types: string[]; description: string }>(server.databaseUrl, "SELECT url, event_types, description FROM webhook_endpoint WHERE url = $1", ["https://hooks.shop.example/keep"]);
    expect(row).toEqual({ url: "https://hooks.shop.example/keep", event_types: ["order.placed"], description: "" });
  });
});

describe("SSRF", () => {
  const refused = [
    "http://127.0.0.1/hook",
    "http://10.0.0.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://localhost/hook",
    "http://0.0.0.0/hook",
    "http://100.64.0.1/hook",
    "http://192.168.1.1/hook",
    "http://[fd00:ec2::254]/hook",
    "http://[fe80::1]/hook",
    "http://2130706433/hook",
    "http://0x7f.1/hook",
    "http://224.0.0.1/hook",
  ];
  for (const url of refused) {
    it(`refuses ${url} when saved, and saves nothing`, async () => {
      const before = await endpointCount();
      const { body } = await server.gql(CreateWebhookEndpoint, { input: { url, eventTypes: ["order.placed"] } }, { headers: manager });
      expect(body.errors).toBeUndefined();
      expect(body.data?.createWebhookEndpoint).toMatchObject({ __typename: "WebhookUrlNotAllowed", code: "WEBHOOK_URL_NOT_ALLOWED", path: ["input", "url"] });
      expect(await endpointCount()).toBe(before);
    });
  }

  it("refuses at delivery an endpoint on a loopback address or name, sending nothing", async () => {
    // Saved while it was allowed (or before a name was pointed at 127.0.0.1): the delivery checks again.
    const ids: string[] = [];
    for (const url of [`${receiver.origin}/direct`, `http://localhost:${receiver.port}/named`, `http://[::ffff:127.0.0.1]:${receiver.port}/mapped`]) {
      const [row] = await query<{ id: string }>(
        server.databaseUrl,
        "INSERT INTO webhook_endpoint (id, url, event_types, secret, updated_at) VALUES (gen_random_uuid(), $1, '{product.created}', 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=', now()) RETURNING id",
        [url],
      );
      ids.push(row!.id);
    }
    const eventId = await recordProductCreated(server);
    const attempts = await waitFor(async () => {
      const rows = await query<{ endpoint_id: string; status: string; error_kind: string; error_message: string }>(
        server.databaseUrl,
        `SELECT d.endpoint_id, d.status, a.error_kind, a.error_message FROM webhook_delivery d JOIN webhook_attempt a ON a.delivery_id = d.id
          WHERE d.event_id = $1 AND d.status <> 'PENDING'`,
        [eventId],
      );
      return rows.length === 3 ? rows : undefined;
    }, "the three attempts", 15_000);
    expect(attempts.map((a) => [a.status, a.error_kind])).toEqual([["FAILED", "ADDRESS_NOT_ALLOWED"], ["FAILED", "ADDRESS_NOT_ALLOWED"], ["FAILED", "ADDRESS_NOT_ALLOWED"]]);
    expect(attempts.find((a) => a.endpoint_id === ids[1])!.error_message).toMatch(/^localhost: \S+ is a loopback address/);
    expect(receiver.received).toEqual([]);
  });
});
