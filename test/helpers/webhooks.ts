/** Webhook endpoints over the API, receivers on 127.0.0.1 that record what arrives, and events to send. */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { recordEvent } from "../../src/modules/events/outbox.js";
import { graphql } from "../gql/index.js";
import type { CreateWebhookEndpointInput } from "../gql/graphql.js";
import { waitFor, type TestServer } from "./server.js";

export const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpointCreated {
        secret
        endpoint {
          id
          url
          description
          eventTypes
          enabled
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

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first) {
      totalCount
      nodes {
        id
        eventId
        eventType
        status
        attemptCount
        nextAttemptAt
        lastStatusCode
        lastLatencyMs
        completedAt
        attempts {
          number
          statusCode
          latencyMs
          errorKind
          errorMessage
          responseBody
          redelivery
        }
      }
    }
  }
`);

/** One request a receiver got. */
export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What a receiver answers on a path. */
export type Answer = (request: Received, response: http.ServerResponse) => void;

export interface Receiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  received: Received[];
  /** Requests to `path` so far. */
  at(path: string): Received[];
  /** How `path` answers from now on (200 "ok" unless set). */
  answer(path: string, answer: Answer): void;
  close(): Promise<void>;
}

/** A receiver on a random port of 127.0.0.1. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const answers = new Map<string, Answer>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { path: req.url ?? "", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") };
      received.push(request);
      (answers.get(request.path) ?? ((_r, response) => response.end("ok")))(request, res);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    received,
    at: (path) => received.filter((r) => r.path === path),
    answer: (path, answer) => void answers.set(path, answer),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** Creates an endpoint as `headers` (a staff member with WEBHOOKS_MANAGE); returns its id and secret. */
export async function createEndpoint(server: TestServer, headers: Record<string, string>, input: CreateWebhookEndpointInput): Promise<{ id: string; secret: string }> {
  const { body } = await server.gql(CreateWebhookEndpoint, { input }, { headers });
  const result = body.data?.createWebhookEndpoint;
  if (result?.__typename !== "WebhookEndpointCreated") throw new Error(`createWebhookEndpoint failed: ${JSON.stringify(body)}`);
  return { id: result.endpoint.id, secret: result.secret };
}

/** Records a `product.created` event as a change would, in a transaction of its own; returns its id. */
export async function recordProductCreated(server: TestServer, title = "Webhook test"): Promise<string> {
  const productId = crypto.randomUUID();
  return server.database.sql.transaction((tx) =>
    recordEvent(tx, { type: "product.created", aggregateId: productId, payload: { productId, title, slug: `webhook-${productId}`, status: "DRAFT" } }),
  );
}

/** Waits until `receiver` has `count` requests on `path`. */
export function receivedAt(receiver: Receiver, path: string, count = 1, ms = 15_000): Promise<Received[]> {
  return waitFor(() => (receiver.at(path).length >= count ? receiver.at(path) : undefined), `${count} request(s) on ${path}`, ms);
}
