/** Every task the job runner knows, by name: the handlers behind the jobs that src/shared/jobs.ts adds and the schedule's runs. */
import type { Task, TaskList } from "graphile-worker";
import type { Config } from "../config.js";
import { purgeAbandonedGuestCarts } from "../modules/cart/cart-housekeeping.js";
import { deliverEvent, dispatchEvent, DELIVER_TASK, type DeliveryPayload, type EventConsumer } from "../modules/events/dispatch.js";
import { purgeOldEvents } from "../modules/events/event-housekeeping.js";
import { DISPATCH_TASK } from "../modules/events/outbox.js";
import { ACCOUNT_MAIL_TASKS, sendPasswordResetMail, sendVerificationMail, type MailDeps } from "../modules/identity/customer/customer.mails.js";
import { purgeExpired } from "../modules/identity/housekeeping.js";
import { expireUnpaidOrders } from "../modules/orders/order-expiry.js";
import { attemptDelivery, type AttemptPayload } from "../modules/webhooks/delivery-attempt.js";
import { WEBHOOK_ATTEMPT_TASK } from "../modules/webhooks/webhook-consumer.js";
import { purgeIdempotencyKeys } from "../shared/idempotency.js";
import { purgeFullBuckets } from "../shared/leaky-bucket.js";
import type { Logger } from "../shared/logger.js";
import { HOUSEKEEPING_TASKS } from "./schedule.js";

export interface TaskDeps extends MailDeps {
  log: Logger;
  consumers: readonly EventConsumer[];
}

/** A scheduled task: its run is logged (at debug) with the time it was scheduled for, so runs can be counted. */
function scheduled(name: string, log: Logger, work: () => Promise<Record<string, unknown>>): Task {
  return async (payload) => {
    const result = await work();
    log.debug({ task: name, scheduledFor: (payload as { _cron?: { ts: string } })._cron?.ts, ...result }, "scheduled task ran");
  };
}

/** A bucket untouched for as long as the slowest takes to refill is full: the same as none. */
function fullAfterSeconds(config: Config): number {
  const buckets = config.cost.buckets!;
  return Math.max(...[buckets.visitor, buckets.staff].map((b) => b.size / b.restorePerSecond));
}

/** The task list: names are part of the stored jobs, so a rename strands the jobs already queued. */
export function jobTasks(deps: TaskDeps): TaskList {
  const { db, log, consumers, config } = deps;
  return {
    [DISPATCH_TASK]: async (payload) => {
      await dispatchEvent(db, (payload as { eventId: string }).eventId, consumers);
    },
    [DELIVER_TASK]: async (payload) => {
      const delivery = payload as DeliveryPayload;
      if (!(await deliverEvent(db, delivery, consumers))) log.warn(delivery, "event delivery skipped: no such consumer or event");
    },
    [WEBHOOK_ATTEMPT_TASK]: async (payload) => attemptDelivery({ db, config: config.webhooks, log }, payload as AttemptPayload),
    [ACCOUNT_MAIL_TASKS.verification]: async (payload) => sendVerificationMail(deps, (payload as { customerId: string }).customerId),
    [ACCOUNT_MAIL_TASKS.passwordReset]: async (payload) => sendPasswordResetMail(deps, (payload as { email: string }).email),
    [HOUSEKEEPING_TASKS.commerce]: scheduled(HOUSEKEEPING_TASKS.commerce, log, async () => {
      const counts = { expiredOrders: await expireUnpaidOrders(db), purgedGuestCarts: await purgeAbandonedGuestCarts(db), purgedIdempotencyKeys: await purgeIdempotencyKeys(db) };
      if (counts.expiredOrders > 0 || counts.purgedGuestCarts > 0 || counts.purgedIdempotencyKeys > 0) log.info(counts, "commerce housekeeping");
      return counts;
    }),
    [HOUSEKEEPING_TASKS.identity]: scheduled(HOUSEKEEPING_TASKS.identity, log, async () => ({ purged: await purgeExpired(db) })),
    [HOUSEKEEPING_TASKS.events]: scheduled(HOUSEKEEPING_TASKS.events, log, async () => purgeOldEvents(db, config.jobs.eventRetentionDays)),
    [HOUSEKEEPING_TASKS.costBuckets]: scheduled(HOUSEKEEPING_TASKS.costBuckets, log, async () => ({ purged: await purgeFullBuckets(db, fullAfterSeconds(config)) })),
  };
}
