/**
 * One attempt of a delivery, run as a job: claim the delivery, POST it signed, then record the
 * attempt and what comes next in one transaction: success; the next retry from the schedule (a
 * job due then); or failure for good. A claim (`claimed_until`) keeps two jobs of one delivery
 * from sending at once; one that finds the delivery claimed fails and is retried by the queue.
 * A worker that dies mid-attempt leaves the claim to expire and the job to run again: the
 * receiver may then see the same `webhook-id` twice, which is what it deduplicates by.
 */
import type { Db, Tx } from "../../db/sql.js";
import type { Logger } from "../../shared/logger.js";
import { uuidv7 } from "../../shared/uuid.js";
import { WebhookDeliveryStatus } from "./delivery.types.js";
import { recordEndpointOutcome } from "./endpoint-health.js";
import type { WebhookConfig } from "./webhook-config.js";
import { queueAttemptsSql } from "./webhook-consumer.js";
import { postWebhook, type AttemptOutcome } from "./webhook-request.js";
import { signatureHeaders } from "./webhook-signing.js";

export interface AttemptPayload {
  deliveryId: string;
}

export interface AttemptDeps {
  db: Db;
  config: WebhookConfig;
  log: Logger;
}

interface Claimed {
  endpoint_id: string;
  event_id: string;
  body: string;
  url: string;
  enabled: boolean;
  secrets: string[];
  attempt_count: number;
  scheduled_attempts: number;
  /** A finished delivery sent again by staff: one attempt, no retries. */
  redelivery: boolean;
}

class DeliveryBusy extends Error {}

async function claim(deps: AttemptDeps, deliveryId: string): Promise<Claimed | undefined> {
  const seconds = Math.ceil(deps.config.timeoutMs / 1000) + 60;
  const [claimed] = await deps.db.query<Claimed>`
    UPDATE webhook_delivery wd SET claimed_until = now() + make_interval(secs => ${seconds})
      FROM webhook_endpoint we
     WHERE wd.id = ${deliveryId}::uuid AND we.id = wd.endpoint_id AND wd.status = 'PENDING' AND (wd.claimed_until IS NULL OR wd.claimed_until < now())
    RETURNING wd.endpoint_id, wd.event_id, wd.body, we.url, we.enabled, wd.attempt_count, wd.scheduled_attempts, wd.completed_at IS NOT NULL AS redelivery,
              array_remove(ARRAY[we.secret, CASE WHEN we.previous_secret_until > now() THEN we.previous_secret END], NULL) AS secrets`;
  if (claimed) return claimed;
  const [pending] = await deps.db.query<{ id: string }>`SELECT id FROM webhook_delivery WHERE id = ${deliveryId}::uuid AND status = 'PENDING'`;
  if (pending) throw new DeliveryBusy(`delivery ${deliveryId} has an attempt in flight`);
  return undefined;
}

/** Makes the attempt the job stands for; nothing when the delivery is gone or finished. */
export async function attemptDelivery(deps: AttemptDeps, payload: AttemptPayload): Promise<void> {
  const claimed = await claim(deps, payload.deliveryId);
  if (!claimed) return;
  if (!claimed.enabled) {
    await deps.db.execute`
      UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, claimed_until = NULL, completed_at = now() WHERE id = ${payload.deliveryId}::uuid`;
    return;
  }
  const startedAt = new Date();
  const headers = {
    "content-type": "application/json",
    "user-agent": "Larder-Webhooks/1",
    ...signatureHeaders(claimed.event_id, claimed.body, startedAt, claimed.secrets),
  };
  const outcome = await postWebhook(new URL(claimed.url), headers, claimed.body, deps.config);
  await deps.db.transaction((tx) => record(tx, deps, payload.deliveryId, claimed, startedAt, outcome));
  deps.log.debug({ deliveryId: payload.deliveryId, statusCode: outcome.statusCode, errorKind: outcome.errorKind, latencyMs: outcome.latencyMs }, "webhook attempt");
}

async function record(tx: Tx, deps: AttemptDeps, deliveryId: string, claimed: Claimed, startedAt: Date, outcome: AttemptOutcome): Promise<void> {
  const number = claimed.attempt_count + 1;
  await tx.execute`
    INSERT INTO webhook_attempt (id, delivery_id, number, started_at, latency_ms, status_code, error_kind, error_message, response_body, redelivery)
    VALUES (${uuidv7()}::uuid, ${deliveryId}::uuid, ${number}, ${startedAt.toISOString()}::timestamptz, ${outcome.latencyMs}, ${outcome.statusCode},
            ${outcome.errorKind}::"WebhookErrorKind", ${outcome.errorMessage}, ${outcome.responseBody}, ${claimed.redelivery})`;
  const scheduled = claimed.scheduled_attempts + (claimed.redelivery ? 0 : 1);
  // The delay before the next scheduled attempt: schedule[n - 1] after the n-th.
  const delayMs = outcome.ok || claimed.redelivery ? undefined : deps.config.retrySchedule[scheduled - 1];
  const status = outcome.ok ? WebhookDeliveryStatus.SUCCEEDED : delayMs === undefined ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
  await tx.execute(
    `WITH updated AS (
       UPDATE webhook_delivery SET status = $2::"WebhookDeliveryStatus", attempt_count = $3, scheduled_attempts = $4,
              next_attempt_at = now() + $5::int * interval '1 millisecond', last_status_code = $6, last_latency_ms = $7, claimed_until = NULL,
              completed_at = CASE WHEN $5::int IS NULL THEN now() END
        WHERE id = $1::uuid RETURNING id, next_attempt_at)
     SELECT count(${queueAttemptsSql("updated.id", "updated.next_attempt_at")}) FROM updated WHERE updated.next_attempt_at IS NOT NULL`,
    [deliveryId, status, number, scheduled, delayMs ?? null, outcome.statusCode, outcome.latencyMs],
  );
  await recordEndpointOutcome(tx, deps.config, claimed.endpoint_id, { ok: outcome.ok, deliveryFailed: status === WebhookDeliveryStatus.FAILED && !claimed.redelivery });
}
