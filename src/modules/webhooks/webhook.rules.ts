/** Everything about webhooks needs WEBHOOKS_MANAGE: endpoints, their deliveries and the secrets shown when made. */
import { allow } from "graphql-shield";
import { permissionCheck } from "../../access.js";
import { Permission } from "../identity/permission.js";

/** Managing webhooks, as fields and for `node(id:)`. */
export const webhooksManage = permissionCheck(Permission.WEBHOOKS_MANAGE);

const manage = webhooksManage.rule;

export const webhooksRules = {
  Query: { webhookEndpoints: manage, webhookDeliveries: manage, webhookEventTypes: manage },
  Mutation: {
    createWebhookEndpoint: manage,
    updateWebhookEndpoint: manage,
    enableWebhookEndpoint: manage,
    disableWebhookEndpoint: manage,
    deleteWebhookEndpoint: manage,
    rotateWebhookEndpointSecret: manage,
    redeliverWebhookDelivery: manage,
  },
  // Reached only through the fields above or node(id:), which check the same permission; checked again here.
  WebhookEndpoint: manage,
  WebhookDelivery: manage,
  WebhookAttempt: manage,
  WebhookEndpointConnection: allow,
  WebhookEndpointEdge: allow,
  WebhookDeliveryConnection: allow,
  WebhookDeliveryEdge: allow,
  // Payloads: who gets one is decided by the mutation's rule.
  WebhookEndpointCreated: allow,
  WebhookEndpointUpdated: allow,
  WebhookEndpointDeleted: allow,
  WebhookEndpointSecretRotated: allow,
  WebhookRedeliveryScheduled: allow,
  WebhookUrlNotAllowed: allow,
};
