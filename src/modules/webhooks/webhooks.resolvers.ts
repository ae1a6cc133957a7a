/** The webhooks module's resolvers, as schema.ts lists them. */
import { WebhookDeliveryResolver } from "./delivery.resolver.js";
import { WebhookEndpointResolver } from "./endpoint.resolver.js";

export const webhooksResolvers = [WebhookEndpointResolver, WebhookDeliveryResolver] as const;
