/**
 * Deliveries to real receivers on 127.0.0.1: signed so that the Standard Webhooks reference
 * verification accepts them (and refuses them tampered or replayed), retried on a short schedule
 * with every attempt recorded, failed after the last one, sent again on request, cut off when the
 * answer is too large, and an endpoint that keeps failing disabled with its managers told.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { DELIVER_TASK } from "../../src/modules/events/dispatch.js";
import { Permission } from "../../src/modules/identity/permission.js";
import { addJob } from "../../src/shared/jobs.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { query } from "../helpers/database.js";
import { register, uniqueEmail } from "../helpers/identity.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";
import { CreateWebhookEndpoint, createEndpoint, receivedAt, recordProductCreated, startReceiver, WebhookDeliveries, type Receiver } from "../helpers/webhooks.js";

const RedeliverWebhookDelivery = graphql(`
  mutation RedeliverWebhookDelivery($deliveryId: ID!) {
    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {
      __typename
      ... on WebhookRedeliveryScheduled {
        delivery {
          status
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const EndpointState = graphql(`
  query WebhookEndpointState($id: ID!) {
    node(id: $id) {
      ... on WebhookEndpoint {
        enabled
        disabledAt
        disabledReason
        failingSince
      }
    }
  }
`);

const TIMEOUT_MS = 700;
let server: TestServer;
let manager: { authorization: string; staffId: string };
let receiver: Receiver;

beforeAll(async () => {
  server = await startTestServer({
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true",
    WEBHOOK_RETRY_SCHEDULE: "100ms,100ms",
    WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
    WEBHOOK_CONNECT_TIMEOUT_MS: "500",
    WEBHOOK_MAX_RESPONSE_KB: "4",
    WEBHOOK_DISABLE_AFTER_DAYS: "0",
    WEBHOOK_DISABLE_MIN_FAILURES: "2",
  });
  manager = await staffHeaders(server, [Permission.WEBHOOKS_MANAGE]);
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.close();
  await server?.stop();
});

const headers = () => ({ authorization: manager.authorization });

/**
 * An endpoint for `types` at `url` (a path on the receiver), switched off when the test ends, so
 * the events of later tests go to their own endpoints only.
 */
async function endpointAt(url: string, types = ["product.created"]): Promise<{ id: string; secret: string }> {
  const endpoint = await createEndpoint(server, headers(), { url: url.startsWith("/") ? `${receiver.origin}${url}` : url, eventTypes: types });
  const rowId = Buffer.from(endpoint.id, "base64url").toString("utf8").split(":")[1];
  onTestFinished(async () => void (await query(server.databaseUrl, "UPDATE webhook_endpoint SET enabled = false WHERE id = $1", [rowId])));
  return endpoint;
}

/** Until no event relay or webhook attempt is left in the queue. */
function drained(): Promise<true> {
  return waitFor(async () => {
    const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'event:%' OR task_identifier LIKE 'webhook:%'");
    return row!.n === 0 ? true : undefined;
  }, "the queue to drain", 15_000);
}

/** The endpoint's deliveries once the newest is no longer pending. */
async function settled(endpointId: string, ms = 20_000) {
  return waitFor(async () => {
    const { body } = await server.gql(WebhookDeliveries, { endpointId }, { headers: headers() });
    const nodes = body.data?.webhookDeliveries?.nodes ?? [];
    return nodes.length > 0 && nodes[0]!.status !== "PENDING" ? nodes : undefined;
  }, "a finished delivery", ms);
}

describe("a receiver that succeeds", () => {
  it("gets the event once, signed so that the reference verification accepts it", async () => {
    const { id, secret } = await endpointAt("/ok");
    const eventId = await recordProductCreated(server, "Signed");
    const [request] = await receivedAt(receiver, "/ok");
    expect(request!.headers["webhook-id"]).toBe(eventId);
    expect(request!.headers["content-type"]).toBe("application/json");
    const payload = new Webhook(secret).verify(request!.body, request!.headers) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(payload).toMatchObject({ type: "product.created", data: { title: "Signed", status: "DRAFT" } });
    expect(new Date(payload.timestamp).toISOString()).toBe(payload.timestamp);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ eventId, eventType: "product.created", status: "SUCCEEDED", attemptCount: 1, lastStatusCode: 200, nextAttemptAt: null });
    expect(delivery!.attempts).toEqual([expect.objectContaining({ number: 1, statusCode: 200, errorKind: null, responseBody: "ok", redelivery: false })]);
    expect(delivery!.lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it("has a tampered body, a tampered signature and a replay refused by the reference verification", async () => {
    const { secret } = await endpointAt("/tamper");
    await recordProductCreated(server, "Original");
    const [request] = await receivedAt(receiver, "/tamper");
    const webhook = new Webhook(secret);
    expect(() => webhook.verify(request!.body.replace("Original", "Forged"), request!.headers)).toThrow(WebhookVerificationError);
    const signature = request!.headers["webhook-signature"]!;
    const flipped = `v1,${signature.slice(3, -2)}${signature.endsWith("A=") ? "B=" : "A="}`;
    expect(() => webhook.verify(request!.body, { ...request!.headers, "webhook-signature": flipped })).toThrow(WebhookVerificationError);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`).verify(request!.body, request!.headers)).toThrow(WebhookVerificationError);
    // The same message presented six minutes later: outside the five-minute tolerance.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 6 * 60_000 });
    try {
      expect(() => webhook.verify(request!.body, request!.headers)).toThrow(/too old/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gets only the types it asked for, and one delivery however often the event is handed over", async () => {
    const { id } = await endpointAt("/types", ["product.created"]);
    const eventId = await recordProductCreated(server);
    await receivedAt(receiver, "/types");
    // The relay delivers at least once: hand the event to the webhooks consumer twice more.
    for (let i = 0; i < 2; i++) await addJob(server.database.sql, DELIVER_TASK, { eventId, consumer: "webhooks" });
    await register(server, uniqueEmail("types"));
    await drained();
    expect(receiver.at("/types")).toHaveLength(1);
    const deliveries = await settled(id);
    expect(deliveries.map((d) => d.eventId)).toEqual([eventId]);
  });

  it("gets events recorded by the API's own changes, through the outbox", async () => {
    await endpointAt("/customers", ["customer.registered"]);
    const email = await register(server, uniqueEmail("hooked"));
    const [request] = await receivedAt(receiver, "/customers");
    expect(JSON.parse(request!.body)).toMatchObject({ type: "customer.registered", data: { email } });
  });

  it("waits for a slow answer within the timeout and records its latency", async () => {
    receiver.answer("/slow", (_r, res) => void setTimeout(() => res.end("finally"), 300));
    const { id } = await endpointAt("/slow");
    await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 1, lastStatusCode: 200 });
    expect(delivery!.lastLatencyMs).toBeGreaterThanOrEqual(300);
  });
});

describe("a receiver that fails", () => {
  it("is retried on the schedule with the same webhook-id, every attempt recorded, and the delivery fails after the last", async () => {
    receiver.answer("/down", (_r, res) => {
      res.statusCode = 500;
      res.end("database down");
    });
    const { id } = await endpointAt("/down");
    const eventId = await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ status: "FAILED", attemptCount: 3, lastStatusCode: 500, nextAttemptAt: null });
    expect(delivery!.completedAt).not.toBeNull();
    expect(delivery!.attempts.map((a) => [a.number, a.statusCode, a.errorKind, a.responseBody])).toEqual([
      [1, 500, "HTTP_STATUS", "database down"],
      [2, 500, "HTTP_STATUS", "database down"],
      [3, 500, "HTTP_STATUS", "database down"],
    ]);
    expect(receiver.at("/down").map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId, eventId]);
  });

  it("that does not answer in time is cut off and retried, each attempt a TIMEOUT", async () => {
    receiver.answer("/hang", () => undefined);
    const { id } = await endpointAt("/hang");
    await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ status: "FAILED", attemptCount: 3, lastStatusCode: null });
    for (const attempt of delivery!.attempts) {
      expect(attempt.errorKind).toBe("TIMEOUT");
      expect(attempt.latencyMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
      expect(attempt.latencyMs).toBeLessThan(TIMEOUT_MS + 1000);
    }
  });

  it("that fails once and then answers succeeds on the retry", async () => {
    let calls = 0;
    receiver.answer("/flaky", (_r, res) => {
      res.statusCode = ++calls === 1 ? 503 : 204;
      res.end();
    });
    const { id } = await endpointAt("/flaky");
    await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 2, lastStatusCode: 204 });
    expect(delivery!.attempts.map((a) => [a.statusCode, a.errorKind])).toEqual([[503, "HTTP_STATUS"], [204, null]]);
  });

  it("that refuses connections is recorded as CONNECTION_REFUSED", async () => {
    const closed = await startReceiver();
    await closed.close();
    const { id } = await endpointAt(`${closed.origin}/gone`);
    await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery!.attempts.map((a) => a.errorKind)).toEqual(["CONNECTION_REFUSED", "CONNECTION_REFUSED", "CONNECTION_REFUSED"]);
  });

  it("that answers with too large a body is cut off: TOO_LARGE, the excerpt capped", async () => {
    let unfinished = 0;
    receiver.answer("/big", (_r, res) => {
      // 16 MB in 16 kB pieces, a few milliseconds apart, unless the client hangs up first.
      res.on("close", () => void (res.writableFinished ? undefined : (unfinished += 1)));
      let sent = 0;
      const pump = () => {
        if (res.destroyed) return;
        if (++sent > 1000) return void res.end();
        res.write("x".repeat(16 * 1024));
        setTimeout(pump, 2);
      };
      pump();
    });
    const { id } = await endpointAt("/big");
    await recordProductCreated(server);
    const [delivery] = await settled(id);
    expect(delivery!.attempts.map((a) => [a.statusCode, a.errorKind])).toEqual([[200, "TOO_LARGE"], [200, "TOO_LARGE"], [200, "TOO_LARGE"]]);
    expect(delivery!.attempts[0]!.responseBody).toBe("x".repeat(1024));
    await waitFor(() => (unfinished === 3 ? true : undefined), "the receiver to see its three answers cut off");
  });
});

describe("redelivery", () => {
  it("sends a failed delivery again with the same webhook-id, as one more attempt", async () => {
    let up = false;
    receiver.answer("/later", (_r, res) => {
      res.statusCode = up ? 200 : 500;
      res.end();
    });
    const { id } = await endpointAt("/later");
    const eventId = await recordProductCreated(server);
    const [failed] = await settled(id);
    expect(failed!.status).toBe("FAILED");
    up = true;
    const { body } = await server.gql(RedeliverWebhookDelivery, { deliveryId: failed!.id }, { headers: headers() });
    expect(body.data?.redeliverWebhookDelivery).toEqual({ __typename: "WebhookRedeliveryScheduled", delivery: { status: "PENDING" } });
    await receivedAt(receiver, "/later", 4);
    const [delivery] = await settled(id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attemptCount: 4, lastStatusCode: 200 });
    expect(delivery!.attempts[3]).toMatchObject({ number: 4, statusCode: 200, redelivery: true });
    expect(receiver.at("/later").map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId, eventId, eventId]);
    const [filtered, none] = await Promise.all([
      server.gql(WebhookDeliveries, { endpointId: id, status: "SUCCEEDED" }, { headers: headers() }),
      server.gql(WebhookDeliveries, { endpointId: id, status: "FAILED" }, { headers: headers() }),
    ]);
    expect(filtered.body.data?.webhookDeliveries).toMatchObject({ totalCount: 1, nodes: [{ id: failed!.id }] });
    expect(none.body.data?.webhookDeliveries).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it("answers an unknown or malformed delivery id with a typed error", async () => {
    const unknown = await server.gql(RedeliverWebhookDelivery, { deliveryId: Buffer.from("WebhookDelivery:00000000-0000-7000-8000-000000000000").toString("base64url") }, { headers: headers() });
    expect(unknown.body.data?.redeliverWebhookDelivery).toMatchObject({ __typename: "NotFound", path: ["input", "deliveryId"] });
    const malformed = await server.gql(RedeliverWebhookDelivery, { deliveryId: "nope" }, { headers: headers() });
    expect(malformed.body.data?.redeliverWebhookDelivery).toMatchObject({ __typename: "InvalidInput", path: ["input", "deliveryId"] });
  });
});

describe("an endpoint that keeps failing", () => {
  it("is disabled, records webhook.endpoint.disabled, mails its managers, and gets no more deliveries", async () => {
    receiver.answer("/dead", (_r, res) => {
      res.statusCode = 410;
      res.end();
    });
    const { id } = await endpointAt("/dead");
    // WEBHOOK_DISABLE_AFTER_DAYS=0 and WEBHOOK_DISABLE_MIN_FAILURES=2: the second failed delivery disables it.
    await recordProductCreated(server);
    await settled(id);
    const stillOn = await server.gql(EndpointState, { id }, { headers: headers() });
    expect(stillOn.body.data?.node).toMatchObject({ enabled: true, disabledAt: null });
    expect(stillOn.body.data?.node?.failingSince).not.toBeNull();
    await recordProductCreated(server);
    const state = await waitFor(async () => {
      const { body } = await server.gql(EndpointState, { id }, { headers: headers() });
      return body.data?.node?.enabled === false ? body.data.node : undefined;
    }, "the endpoint to be disabled", 20_000);
    expect(state.disabledReason).toMatch(/^every attempt failed since \S+Z; 2 deliveries failed for good$/);
    const [event] = await query<{ payload: Record<string, unknown> }>(server.databaseUrl, "SELECT payload FROM event WHERE type = 'webhook.endpoint.disabled' AND payload->>'url' = $1", [`${receiver.origin}/dead`]);
    expect(event!.payload).toMatchObject({ failedDeliveries: 2, reason: state.disabledReason });
    const [staff] = await query<{ email: string }>(server.databaseUrl, "SELECT email FROM staff WHERE id = $1", [manager.staffId]);
    const mail = await waitFor(async () => {
      const [row] = await query<{ subject: string; text: string }>(server.databaseUrl, "SELECT subject, text FROM mail_message WHERE recipient = $1 AND kind = 'webhook-endpoint-disabled'", [staff!.email]);
      return row;
    }, "the mail to the manager");
    expect(mail.subject).toBe("Larder: webhook endpoint disabled after failing");
    expect(mail.text).toContain(`${receiver.origin}/dead`);
    const before = receiver.at("/dead").length;
    await recordProductCreated(server);
    await drained();
    expect(receiver.at("/dead")).toHaveLength(before);
  });
});

it("refuses the metadata address even with private networks allowed", async () => {
  const { body } = await server.gql(CreateWebhookEndpoint, { input: { url: "http://169.254.169.254/latest/meta-data/", eventTypes: ["order.placed"] } }, { headers: headers() });
  expect(body.data?.createWebhookEndpoint).toMatchObject({ __typename: "WebhookUrlNotAllowed", path: ["input", "url"] });
});
