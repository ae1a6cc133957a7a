/** Staff managing webhook endpoints. */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { ConnectionArgs } from "../../shared/pagination.js";
import { EVENT_TYPES } from "../events/event-catalogue.js";
import { createEndpoint, deleteEndpoint, disableEndpoint, enableEndpoint, listEndpoints, rotateSecret, updateEndpoint } from "./endpoint.service.js";
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointResult,
  DeleteWebhookEndpointInput,
  DeleteWebhookEndpointResult,
  DisableWebhookEndpointInput,
  DisableWebhookEndpointResult,
  EnableWebhookEndpointInput,
  EnableWebhookEndpointResult,
  RotateWebhookEndpointSecretInput,
  RotateWebhookEndpointSecretResult,
  UpdateWebhookEndpointInput,
  UpdateWebhookEndpointResult,
  WebhookEndpointConnection,
} from "./endpoint.types.js";

const NEEDS = " Needs WEBHOOKS_MANAGE.";

@Resolver()
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, { nullable: true, description: `Webhook endpoints, newest first.${NEEDS}` })
  webhookEndpoints(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<WebhookEndpointConnection> {
    return listEndpoints(ctx, args);
  }

  @Query(() => [String], { nullable: true, description: `The event types an endpoint can receive, as in docs/events.md.${NEEDS}` })
  webhookEventTypes(): string[] {
    return EVENT_TYPES;
  }

  @Mutation(() => CreateWebhookEndpointResult, { description: `Adds an endpoint; the answer holds its signing secret, shown this once.${NEEDS}` })
  createWebhookEndpoint(@Arg("input", () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: Context): Promise<typeof CreateWebhookEndpointResult> {
    return runMutation(() => createEndpoint(ctx, input));
  }

  @Mutation(() => UpdateWebhookEndpointResult, { description: `Changes an endpoint's URL, event types or description.${NEEDS}` })
  updateWebhookEndpoint(@Arg("input", () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: Context): Promise<typeof UpdateWebhookEndpointResult> {
    return runMutation(() => updateEndpoint(ctx, input));
  }

  @Mutation(() => EnableWebhookEndpointResult, { description: `Switches an endpoint on; its failure record starts afresh.${NEEDS}` })
  enableWebhookEndpoint(@Arg("input", () => EnableWebhookEndpointInput) input: EnableWebhookEndpointInput, @Ctx() ctx: Context): Promise<typeof EnableWebhookEndpointResult> {
    return runMutation(() => enableEndpoint(ctx, input.id));
  }

  @Mutation(() => DisableWebhookEndpointResult, { description: `Switches an endpoint off.${NEEDS}` })
  disableWebhookEndpoint(@Arg("input", () => DisableWebhookEndpointInput) input: DisableWebhookEndpointInput, @Ctx() ctx: Context): Promise<typeof DisableWebhookEndpointResult> {
    return runMutation(() => disableEndpoint(ctx, input.id));
  }

  @Mutation(() => DeleteWebhookEndpointResult, { description: `Deletes an endpoint and its deliveries.${NEEDS}` })
  deleteWebhookEndpoint(@Arg("input", () => DeleteWebhookEndpointInput) input: DeleteWebhookEndpointInput, @Ctx() ctx: Context): Promise<typeof DeleteWebhookEndpointResult> {
    return runMutation(() => deleteEndpoint(ctx, input.id));
  }

  @Mutation(() => RotateWebhookEndpointSecretResult, { description: `Replaces an endpoint's signing secret; the answer holds the new one, shown this once.${NEEDS}` })
  rotateWebhookEndpointSecret(
    @Arg("input", () => RotateWebhookEndpointSecretInput) input: RotateWebhookEndpointSecretInput,
    @Ctx() ctx: Context,
  ): Promise<typeof RotateWebhookEndpointSecretResult> {
    return runMutation(() => rotateSecret(ctx, input.id));
  }
}
