/** Staff managing webhook endpoints. Reads never select the secrets; only creating and rotating return one. */
import type { Context } from "../../context.js";
import { idOf, reject, text } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { NotFound } from "../../shared/user-errors.js";
import { uuidv7 } from "../../shared/uuid.js";
import { EVENT_TYPES } from "../events/event-catalogue.js";
import {
  ENDPOINT_COLUMNS,
  toEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointCreated,
  WebhookEndpointDeleted,
  WebhookEndpointSecretRotated,
  WebhookEndpointUpdated,
  type CreateWebhookEndpointInput,
  type EndpointRow,
  type UpdateWebhookEndpointInput,
} from "./endpoint.types.js";
import { WebhookUrlNotAllowed } from "./webhook.errors.js";
import { newWebhookSecret, PREVIOUS_SECRET_HOURS } from "./webhook-signing.js";
import { hostProblem, parseEndpointUrl } from "./webhook-url.js";

const MAX_DESCRIPTION = 500;
const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

async function checkedUrl(ctx: Context, raw: string): Promise<string> {
  const path = ["input", "url"];
  const parsed = parseEndpointUrl(raw);
  if ("problem" in parsed) reject(path, parsed.problem);
  const problem = await hostProblem(parsed.url, ctx.services.config.webhooks.allowPrivateNetworks);
  if (problem) throw new Rejection(WebhookUrlNotAllowed.at(path, problem));
  return parsed.url.href;
}

function checkedTypes(types: string[]): string[] {
  if (types.length === 0) reject(["input", "eventTypes"], "eventTypes must name at least one event type");
  if (types.length > KNOWN_TYPES.size) reject(["input", "eventTypes"], `eventTypes must name at most ${KNOWN_TYPES.size} types`);
  types.forEach((type, i) => {
    if (!KNOWN_TYPES.has(type)) reject(["input", "eventTypes", String(i)], `${JSON.stringify(type.slice(0, 60))} is not an event type; see webhookEventTypes`);
  });
  return EVENT_TYPES.filter((type) => types.includes(type));
}

function endpointId(id: string): string {
  return idOf(id, "WebhookEndpoint", ["input", "id"]);
}

const notFound = () => new Rejection(NotFound.at(["input", "id"], "no such webhook endpoint"));

/** Creates an enabled endpoint; the answer holds its secret, the only time it is shown. */
export async function createEndpoint(ctx: Context, input: CreateWebhookEndpointInput): Promise<WebhookEndpointCreated> {
  const description = input.description == null ? "" : text(input.description, ["input", "description"], MAX_DESCRIPTION);
  const eventTypes = checkedTypes(input.eventTypes);
  const url = await checkedUrl(ctx, input.url);
  const secret = newWebhookSecret();
  const [row] = await ctx.sql.query<EndpointRow>(
    `INSERT INTO webhook_endpoint AS we (id, url, description, event_types, secret, updated_at) VALUES ($1::uuid, $2, $3, $4::text[], $5, now())
     RETURNING ${ENDPOINT_COLUMNS}`,
    [uuidv7(), url, description, eventTypes, secret],
  );
  return Object.assign(new WebhookEndpointCreated(), { endpoint: toEndpoint(row!), secret });
}

/** Changes an endpoint's URL, event types or description. */
export async function updateEndpoint(ctx: Context, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointUpdated> {
  const id = endpointId(input.id);
  const description = input.description == null ? null : text(input.description, ["input", "description"], MAX_DESCRIPTION);
  const eventTypes = input.eventTypes == null ? null : checkedTypes(input.eventTypes);
  const url = input.url == null ? null : await checkedUrl(ctx, input.url);
  const [row] = await ctx.sql.query<EndpointRow>(
    `UPDATE webhook_endpoint we SET url = coalesce($2, url), event_types = coalesce($3::text[], event_types), description = coalesce($4, description), updated_at = now()
      WHERE we.id = $1::uuid RETURNING ${ENDPOINT_COLUMNS}`,
    [id, url, eventTypes, description],
  );
  if (!row) throw notFound();
  return Object.assign(new WebhookEndpointUpdated(), { endpoint: toEndpoint(row) });
}

/** Switches an endpoint on again; its record of failures starts afresh. */
export async function enableEndpoint(ctx: Context, globalId: string): Promise<WebhookEndpointUpdated> {
  const [row] = await ctx.sql.query<EndpointRow>(
    `UPDATE webhook_endpoint we SET enabled = true, disabled_at = NULL, disabled_reason = NULL, failing_since = NULL, failed_deliveries = 0, updated_at = now()
      WHERE we.id = $1::uuid RETURNING ${ENDPOINT_COLUMNS}`,
    [endpointId(globalId)],
  );
  if (!row) throw notFound();
  return Object.assign(new WebhookEndpointUpdated(), { endpoint: toEndpoint(row) });
}

/** Switches an endpoint off: events are no longer delivered to it and its pending retries end as failed. */
export async function disableEndpoint(ctx: Context, globalId: string): Promise<WebhookEndpointUpdated> {
  const [row] = await ctx.sql.query<EndpointRow>(
    `UPDATE webhook_endpoint we SET enabled = false, disabled_at = CASE WHEN enabled THEN now() ELSE disabled_at END,
            disabled_reason = CASE WHEN enabled THEN 'disabled by staff' ELSE disabled_reason END, updated_at = now()
      WHERE we.id = $1::uuid RETURNING ${ENDPOINT_COLUMNS}`,
    [endpointId(globalId)],
  );
  if (!row) throw notFound();
  return Object.assign(new WebhookEndpointUpdated(), { endpoint: toEndpoint(row) });
}

/** Deletes an endpoint and its deliveries; jobs still queued for them find nothing to send. */
export async function deleteEndpoint(ctx: Context, globalId: string): Promise<WebhookEndpointDeleted> {
  const deleted = await ctx.sql.execute`DELETE FROM webhook_endpoint WHERE id = ${endpointId(globalId)}::uuid`;
  if (deleted === 0) throw notFound();
  return Object.assign(new WebhookEndpointDeleted(), { deletedId: globalId });
}

/** Replaces the signing secret; the previous one keeps signing beside it for a while. */
export async function rotateSecret(ctx: Context, globalId: string): Promise<WebhookEndpointSecretRotated> {
  const secret = newWebhookSecret();
  const [row] = await ctx.sql.query<EndpointRow & { previous_secret_until: Date }>(
    `UPDATE webhook_endpoint we SET previous_secret = secret, previous_secret_until = now() + make_interval(hours => $3), secret = $2, updated_at = now()
      WHERE we.id = $1::uuid RETURNING ${ENDPOINT_COLUMNS}, we.previous_secret_until`,
    [endpointId(globalId), secret, PREVIOUS_SECRET_HOURS],
  );
  if (!row) throw notFound();
  return Object.assign(new WebhookEndpointSecretRotated(), { endpoint: toEndpoint(row), secret, previousSecretExpiresAt: row.previous_secret_until });
}

const ORDERING = "webhook-endpoint-newest";

/** Endpoints, newest first. */
export async function listEndpoints(ctx: Context, args: ConnectionArgs): Promise<WebhookEndpointConnection> {
  const window = pageWindow(args, ORDERING, ["timestamp", "uuid"]);
  const params = new SqlParams();
  const keyset = keysetClauses(params, window, [{ sql: "we.created_at", cast: "timestamp" }, { sql: "we.id", cast: "uuid" }], true);
  const rows = await ctx.sql.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint we ${keyset.where ? `WHERE ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  const page = toPage(rows, window, ORDERING, (row) => [row.created_at.toISOString(), row.id]);
  return toConnection(WebhookEndpointConnection, { ...page, nodes: page.nodes.map(toEndpoint) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM webhook_endpoint");
    return count!.n;
  });
}
