/**
 * The event consumer that turns each event into one delivery per enabled endpoint that wants its
 * type: a `webhook_delivery` row and its first attempt job, written by one statement. The unique
 * (endpoint, event) pair makes an event handed over twice (delivery is at least once) a no-op.
 */
import type { Db } from "../../db/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import type { EventConsumer } from "../events/dispatch.js";
import type { StoredEvent } from "../events/event-catalogue.js";

/** The job that makes one attempt of one delivery (delivery-attempt.ts). */
export const WEBHOOK_ATTEMPT_TASK = "webhook:attempt";

/** Job retries of an attempt that crashed or lost the database; failed HTTP attempts are rescheduled by the task itself. */
export const ATTEMPT_JOB_MAX_ATTEMPTS = 10;

/** The body of every attempt of a delivery of `event`: the Standard Webhooks payload shape. */
export function webhookBody(event: StoredEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.payload });
}

/**
 * The SQL expression that queues the attempt job of each delivery id in `ids` (a column), due at
 * `runAt` (an expression; now when null). The job key replaces a job of the delivery still queued,
 * so a delivery has one attempt waiting at most.
 */
export function queueAttemptsSql(ids: string, runAt = "NULL"): string {
  return `graphile_worker.add_job('${WEBHOOK_ATTEMPT_TASK}', json_build_object('deliveryId', ${ids}), run_at => ${runAt}::timestamptz,
            job_key => '${WEBHOOK_ATTEMPT_TASK}:' || ${ids}, max_attempts => ${ATTEMPT_JOB_MAX_ATTEMPTS})`;
}

export function webhookConsumer(db: Db): EventConsumer {
  return {
    name: "webhooks",
    types: "*",
    async handle(event) {
      const endpoints = await db.query<{ id: string }>`SELECT id FROM webhook_endpoint WHERE enabled AND ${event.type} = ANY(event_types)`;
      if (endpoints.length === 0) return;
      const ids = endpoints.map(() => uuidv7());
      await db.execute(
        `WITH created AS (
           INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, body, next_attempt_at)
           SELECT d.id, d.endpoint_id, $3::uuid, $4, $5, now() FROM unnest($1::uuid[], $2::uuid[]) AS d(id, endpoint_id)
           ON CONFLICT (endpoint_id, event_id) DO NOTHING RETURNING id)
         SELECT count(${queueAttemptsSql("created.id")}) FROM created`,
        [ids, endpoints.map((e) => e.id), event.id, event.type, webhookBody(event)],
      );
    },
  };
}
