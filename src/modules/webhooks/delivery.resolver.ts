/** Staff reading deliveries and sending one again. */
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ListCost } from "../../shared/cost.js";
import { runMutation } from "../../shared/mutation.js";
import { listDeliveries, redeliver } from "./delivery.service.js";
import {
  RedeliverWebhookDeliveryInput,
  RedeliverWebhookDeliveryResult,
  WebhookAttempt,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
} from "./delivery.types.js";

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryConnection, { nullable: true, description: "An endpoint's deliveries, newest first; null for an unknown endpoint. Needs WEBHOOKS_MANAGE." })
  webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: Context): Promise<WebhookDeliveryConnection | null> {
    return listDeliveries(ctx, args);
  }

  @Mutation(() => RedeliverWebhookDeliveryResult, { description: "Sends a delivery again now, with the same webhook-id. Needs WEBHOOKS_MANAGE." })
  redeliverWebhookDelivery(@Arg("input", () => RedeliverWebhookDeliveryInput) input: RedeliverWebhookDeliveryInput, @Ctx() ctx: Context): Promise<typeof RedeliverWebhookDeliveryResult> {
    return runMutation(() => redeliver(ctx, input));
  }

  @ListCost(8)
  @FieldResolver(() => [WebhookAttempt], { description: "Its attempts, first to last." })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookAttempt[]> {
    return ctx.loaders.webhookAttemptsByDelivery.load(delivery.rowId);
  }
}
