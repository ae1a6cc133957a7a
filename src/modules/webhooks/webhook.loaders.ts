import DataLoader from "dataloader";
import type { DbSource } from "../../db-source.js";
import { manyEach } from "../../shared/batching.js";
import type { WebhookAttempt, WebhookErrorKind } from "./delivery.types.js";

interface AttemptRow {
  delivery_id: string;
  number: number;
  started_at: Date;
  latency_ms: number;
  status_code: number | null;
  error_kind: WebhookErrorKind | null;
  error_message: string | null;
  response_body: string | null;
  redelivery: boolean;
}

/** Loaders of the webhooks module: one statement per batch. */
export const createWebhookLoaders = {
  webhookAttemptsByDelivery: (source: DbSource) =>
    new DataLoader<string, WebhookAttempt[]>(async (ids) => {
      const rows = await source.sql.query<AttemptRow>`
        SELECT delivery_id, number, started_at, latency_ms, status_code, error_kind, error_message, response_body, redelivery
          FROM webhook_attempt WHERE delivery_id = ANY(${ids}::uuid[]) ORDER BY delivery_id, number`;
      return manyEach(ids, rows, (row) => row.delivery_id).map((attempts) =>
        attempts.map((a) => ({
          number: a.number,
          startedAt: a.started_at,
          latencyMs: a.latency_ms,
          statusCode: a.status_code,
          errorKind: a.error_kind,
          errorMessage: a.error_message,
          responseBody: a.response_body,
          redelivery: a.redelivery,
        })),
      );
    }),
};
