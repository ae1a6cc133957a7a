/**
 * An endpoint's record of failure, kept with every attempt: since when its attempts have failed
 * without a success between, and how many deliveries failed for good in that time. One that has
 * failed for WEBHOOK_DISABLE_AFTER_DAYS with at least WEBHOOK_DISABLE_MIN_FAILURES failed
 * deliveries is disabled, and the `webhook.endpoint.disabled` event, recorded in the same
 * transaction, tells staff (endpoint-disabled-mail.ts) and any endpoint that wants it.
 */
import type { Tx } from "../../db/sql.js";
import { recordEvent } from "../events/outbox.js";
import type { WebhookConfig } from "./webhook-config.js";

/** Records an attempt's outcome on its endpoint and disables the endpoint when it has failed long enough. */
export async function recordEndpointOutcome(tx: Tx, config: WebhookConfig, endpointId: string, outcome: { ok: boolean; deliveryFailed: boolean }): Promise<void> {
  if (outcome.ok) {
    await tx.execute`
      UPDATE webhook_endpoint SET failing_since = NULL, failed_deliveries = 0 WHERE id = ${endpointId}::uuid AND (failing_since IS NOT NULL OR failed_deliveries > 0)`;
    return;
  }
  await tx.execute`
    UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, now()), failed_deliveries = failed_deliveries + ${outcome.deliveryFailed ? 1 : 0}
     WHERE id = ${endpointId}::uuid`;
  const [disabled] = await tx.query<{ url: string; failing_since: Date; failed_deliveries: number; disabled_reason: string }>`
    UPDATE webhook_endpoint SET enabled = false, disabled_at = now(), updated_at = now(),
           disabled_reason = 'every attempt failed since ' || to_char(failing_since, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '; ' || failed_deliveries || ' deliveries failed for good'
     WHERE id = ${endpointId}::uuid AND enabled AND failing_since <= now() - make_interval(days => ${config.disableAfterDays})
       AND failed_deliveries >= ${config.disableMinFailures}
    RETURNING url, failing_since, failed_deliveries, disabled_reason`;
  if (!disabled) return;
  await recordEvent(tx, {
    type: "webhook.endpoint.disabled",
    aggregateId: endpointId,
    payload: { endpointId, url: disabled.url, reason: disabled.disabled_reason, failingSince: disabled.failing_since.toISOString(), failedDeliveries: disabled.failed_deliveries },
  });
}
