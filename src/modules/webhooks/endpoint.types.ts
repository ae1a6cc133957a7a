/** GraphQL types of webhook endpoints, as staff manage them. The secret is only ever in the answer that made it. */
import { Field, ID, InputType, ObjectType, createUnionType } from "type-graphql";
import { toGlobalId } from "../../shared/global-id.js";
import { Connection } from "../../shared/pagination.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { Node } from "../node/node.types.js";
import { WebhookUrlNotAllowed } from "./webhook.errors.js";

/** An endpoint row without its secrets, which no read selects. */
export interface EndpointRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const ENDPOINT_COLUMNS = "we.id, we.url, we.description, we.event_types, we.enabled, we.disabled_at, we.disabled_reason, we.failing_since, we.created_at, we.updated_at";

@ObjectType({ implements: Node, description: "Where outgoing webhooks go. Staff with WEBHOOKS_MANAGE only." })
export class WebhookEndpoint extends Node {
  @Field()
  url: string;

  @Field()
  description: string;

  @Field(() => [String], { description: "The event types it receives (see `webhookEventTypes`)." })
  eventTypes: string[];

  @Field({ description: "Whether deliveries are made; false when disabled by staff or because it kept failing." })
  enabled: boolean;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was disabled." })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: "The first failed attempt since the last successful one; null while it succeeds." })
  failingSince: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** The row's UUID. */
  rowId: string;
}

export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: toGlobalId("WebhookEndpoint", row.id),
    rowId: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    failingSince: row.failing_since,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@ObjectType({ description: "A page of webhook endpoints, newest first." })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint) {}

@InputType({ description: "A new webhook endpoint; it starts enabled." })
export class CreateWebhookEndpointInput {
  @Field({ description: "An https:// (or http://) URL on a public address, at most 2048 characters." })
  url: string;

  @Field(() => [String], { description: "Event types to receive, at least one (see `webhookEventTypes`)." })
  eventTypes: string[];

  @Field(() => String, { nullable: true, description: "What it is for, at most 500 characters." })
  description?: string | null;
}

@InputType({ description: "Changes to an endpoint; omitted fields stay." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: "The endpoint to switch on; its failure record starts afresh." })
export class EnableWebhookEndpointInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "The endpoint to switch off: no new deliveries; pending retries stop." })
export class DisableWebhookEndpointInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "The endpoint to delete, with its deliveries." })
export class DeleteWebhookEndpointInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "The endpoint whose signing secret to replace." })
export class RotateWebhookEndpointSecretInput {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "The new endpoint and its signing secret, shown this once." })
export class WebhookEndpointCreated {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: "`whsec_…`: verify deliveries with it. It is never shown again; rotate it if it is lost." })
  secret: string;
}

@ObjectType({ description: "The endpoint as changed." })
export class WebhookEndpointUpdated {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;
}

@ObjectType({ description: "The endpoint and its deliveries are gone." })
export class WebhookEndpointDeleted {
  @Field(() => ID)
  deletedId: string;
}

@ObjectType({ description: "The endpoint's new signing secret, shown this once." })
export class WebhookEndpointSecretRotated {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: "The new `whsec_…` secret. It is never shown again." })
  secret: string;

  @Field(() => Date, { description: "Until then deliveries carry a signature with the previous secret too, so receivers can switch." })
  previousSecretExpiresAt: Date;
}

export const CreateWebhookEndpointResult = createUnionType({ name: "CreateWebhookEndpointResult", types: () => [WebhookEndpointCreated, InvalidInput, WebhookUrlNotAllowed] as const });
export const UpdateWebhookEndpointResult = createUnionType({ name: "UpdateWebhookEndpointResult", types: () => [WebhookEndpointUpdated, InvalidInput, NotFound, WebhookUrlNotAllowed] as const });
export const EnableWebhookEndpointResult = createUnionType({ name: "EnableWebhookEndpointResult", types: () => [WebhookEndpointUpdated, InvalidInput, NotFound] as const });
export const DisableWebhookEndpointResult = createUnionType({ name: "DisableWebhookEndpointResult", types: () => [WebhookEndpointUpdated, InvalidInput, NotFound] as const });
export const DeleteWebhookEndpointResult = createUnionType({ name: "DeleteWebhookEndpointResult", types: () => [WebhookEndpointDeleted, InvalidInput, NotFound] as const });
export const RotateWebhookEndpointSecretResult = createUnionType({ name: "RotateWebhookEndpointSecretResult", types: () => [WebhookEndpointSecretRotated, InvalidInput, NotFound] as const });
