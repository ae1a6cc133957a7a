/** GraphQL types of webhook deliveries and their attempts. */
import { ArgsType, Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { WebhookDeliveryStatus, WebhookErrorKind } from "../../generated/prisma/enums.js";
import { toGlobalId } from "../../shared/global-id.js";
import { Connection, ConnectionArgs } from "../../shared/pagination.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { Node } from "../node/node.types.js";

export { WebhookDeliveryStatus, WebhookErrorKind };
registerEnumType(WebhookDeliveryStatus, { name: "WebhookDeliveryStatus", description: "PENDING while attempts are still to come, then SUCCEEDED or FAILED." });
registerEnumType(WebhookErrorKind, {
  name: "WebhookErrorKind",
  description: "Why an attempt failed: no answer in time, refused or broken connection, DNS, an address webhooks may not reach, TLS, an answer too large, or a status other than 2xx.",
});

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: WebhookDeliveryStatus;
  attempt_count: number;
  next_attempt_at: Date | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  created_at: Date;
  completed_at: Date | null;
}

export const DELIVERY_COLUMNS =
  "wd.id, wd.endpoint_id, wd.event_id, wd.event_type, wd.body, wd.status, wd.attempt_count, wd.next_attempt_at, wd.last_status_code, wd.last_latency_ms, wd.created_at, wd.completed_at";

@ObjectType({ description: "One HTTP request of a delivery." })
export class WebhookAttempt {
  @Field(() => Int, { description: "1 for the first attempt of the delivery." })
  number: number;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Int, { description: "From the start of the request to the end of the answer (or the failure)." })
  latencyMs: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status; null when no answer came." })
  statusCode: number | null;

  @Field(() => WebhookErrorKind, { nullable: true, description: "Null for a successful attempt." })
  errorKind: WebhookErrorKind | null;

  @Field(() => String, { nullable: true })
  errorMessage: string | null;

  @Field(() => String, { nullable: true, description: "The start of the answer's body (at most 1024 characters)." })
  responseBody: string | null;

  @Field({ description: "Asked for with redeliverWebhookDelivery rather than scheduled." })
  redelivery: boolean;
}

@ObjectType({ implements: Node, description: "One event sent to one endpoint, with its attempts. Staff with WEBHOOKS_MANAGE only." })
export class WebhookDelivery extends Node {
  @Field({ description: "The event's id, sent as `webhook-id` by every attempt, so receivers can deduplicate." })
  eventId: string;

  @Field()
  eventType: string;

  @Field({ description: "The JSON body every attempt sends: `{ type, timestamp, data }`." })
  body: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attemptCount: number;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due; null when none is planned." })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => Int, { nullable: true })
  lastLatencyMs: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it succeeded or failed for good." })
  completedAt: Date | null;

  rowId: string;
  endpointRowId: string;
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: toGlobalId("WebhookDelivery", row.id),
    rowId: row.id,
    endpointRowId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    body: row.body,
    status: row.status,
    attemptCount: row.attempt_count,
    nextAttemptAt: row.next_attempt_at,
    lastStatusCode: row.last_status_code,
    lastLatencyMs: row.last_latency_ms,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  });
}

@ObjectType({ description: "A page of deliveries, newest first." })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: "The endpoint whose deliveries to list." })
  endpointId: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: "Only deliveries in this status." })
  status?: WebhookDeliveryStatus | null;
}

@InputType({ description: "The delivery to send again now, with the same `webhook-id`." })
export class RedeliverWebhookDeliveryInput {
  @Field(() => ID)
  deliveryId: string;
}

@ObjectType({ description: "A new attempt of the delivery is queued; its outcome shows in `attempts`." })
export class WebhookRedeliveryScheduled {
  @Field(() => WebhookDelivery)
  delivery: WebhookDelivery;
}

export const RedeliverWebhookDeliveryResult = createUnionType({ name: "RedeliverWebhookDeliveryResult", types: () => [WebhookRedeliveryScheduled, InvalidInput, NotFound] as const });
