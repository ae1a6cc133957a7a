/** Staff reading an endpoint's deliveries and sending one again. */
import type { Context } from "../../context.js";
import { expectGlobalId } from "../../shared/global-id.js";
import { idOf, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { pageWindow, toConnection, toPage } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { NotFound } from "../../shared/user-errors.js";
import { DELIVERY_COLUMNS, toDelivery, WebhookDeliveryConnection, WebhookRedeliveryScheduled, type DeliveryRow, type RedeliverWebhookDeliveryInput, type WebhookDeliveriesArgs } from "./delivery.types.js";
import { queueAttemptsSql } from "./webhook-consumer.js";

const ORDERING = "webhook-delivery-newest";

/** An endpoint's deliveries, newest first, optionally in one status; null for an endpoint that does not exist. */
export async function listDeliveries(ctx: Context, args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection | null> {
  const endpointId = expectGlobalId(args.endpointId, "WebhookEndpoint", "endpointId");
  const window = pageWindow(args, ORDERING, ["timestamp", "uuid"]);
  const [endpoint] = await ctx.sql.query<{ id: string }>`SELECT id FROM webhook_endpoint WHERE id = ${endpointId}::uuid`;
  if (!endpoint) return null;
  const params = new SqlParams();
  const filters = [`wd.endpoint_id = ${params.add(endpointId, "uuid")}`];
  if (args.status) filters.push(`wd.status = ${params.add(args.status, '"WebhookDeliveryStatus"')}`);
  const keyset = keysetClauses(params, window, [{ sql: "wd.created_at", cast: "timestamp" }, { sql: "wd.id", cast: "uuid" }], true);
  if (keyset.where) filters.push(keyset.where);
  const rows = await ctx.sql.query<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery wd WHERE ${filters.join(" AND ")} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`, params.values);
  const page = toPage(rows, window, ORDERING, (row) => [row.created_at.toISOString(), row.id]);
  return toConnection(WebhookDeliveryConnection, { ...page, nodes: page.nodes.map(toDelivery) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM webhook_delivery wd WHERE wd.endpoint_id = $1::uuid AND ($2::"WebhookDeliveryStatus" IS NULL OR wd.status = $2)`,
      [endpointId, args.status ?? null],
    );
    return count!.n;
  });
}

/**
 * Queues an attempt of the delivery now, with the same `webhook-id`. A pending delivery's next
 * scheduled attempt is brought forward; a finished one gets one more attempt, without retries.
 */
export async function redeliver(ctx: Context, input: RedeliverWebhookDeliveryInput): Promise<WebhookRedeliveryScheduled> {
  const id = idOf(input.deliveryId, "WebhookDelivery", ["input", "deliveryId"]);
  return ctx.sql.transaction(async (tx) => {
    const [current] = await tx.query<{ enabled: boolean }>`
      SELECT we.enabled FROM webhook_delivery wd JOIN webhook_endpoint we ON we.id = wd.endpoint_id WHERE wd.id = ${id}::uuid FOR UPDATE OF wd`;
    if (!current) throw new Rejection(NotFound.at(["input", "deliveryId"], "no such webhook delivery"));
    if (!current.enabled) reject(["input", "deliveryId"], "its endpoint is disabled; enable it first");
    const [row] = await tx.query<DeliveryRow>(
      `WITH updated AS (UPDATE webhook_delivery wd SET status = 'PENDING', next_attempt_at = now() WHERE wd.id = $1::uuid RETURNING ${DELIVERY_COLUMNS})
       SELECT updated.*, ${queueAttemptsSql("updated.id")} FROM updated`,
      [id],
    );
    return Object.assign(new WebhookRedeliveryScheduled(), { delivery: toDelivery(row!) });
  });
}
