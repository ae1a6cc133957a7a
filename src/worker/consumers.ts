/**
 * The one list of event consumers (src/modules/events/dispatch.ts): what reacts to the outbox's
 * events after their commit. A consumer added here receives every matching event recorded from
 * then on, in every runner; give it a name that never changes.
 */
import type { EventConsumer } from "../modules/events/dispatch.js";
import type { MailDeps } from "../modules/identity/customer/customer.mails.js";
import { redisPublisher } from "../modules/events/redis-event-bus.js";
import { orderMailConsumer } from "../modules/orders/order-mails.js";
import { expiredOrderPaymentsConsumer } from "../modules/payments/expired-order-payments.js";
import { paymentProviders } from "../modules/payments/providers/registry.js";
import { endpointDisabledMailConsumer } from "../modules/webhooks/endpoint-disabled-mail.js";
import { webhookConsumer } from "../modules/webhooks/webhook-consumer.js";

/** The consumers a runner delivers to. */
export function eventConsumers(deps: MailDeps): EventConsumer[] {
  const { events } = deps.config;
  const mail = { db: deps.db, mailer: deps.mailer, templates: deps.templates, from: deps.config.mail.from };
  return [
    orderMailConsumer({ ...mail, statusUrl: deps.config.orderStatusUrl }),
    webhookConsumer(deps.db),
    expiredOrderPaymentsConsumer(deps.db, paymentProviders(deps.config)),
    endpointDisabledMailConsumer(mail),
    // With Redis as the event bus, committed events reach the servers' subscriptions through it.
    ...(events.bus === "redis" ? [redisPublisher(events.redisUrl)] : []),
  ];
}
