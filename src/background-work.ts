/**
 * Every periodic job of a server process and its job runner, started and stopped in this one place
 * (main.ts calls it once the server listens). Each job is safe to run on several instances at once.
 */
import type { Config } from "./config.js";
import type { Db } from "./db/sql.js";
import { purgeAbandonedGuestCarts } from "./modules/cart/cart-housekeeping.js";
import { purgeExpired } from "./modules/identity/housekeeping.js";
import { expireUnpaidOrders } from "./modules/orders/order-expiry.js";
import { purgeIdempotencyKeys } from "./shared/idempotency.js";
import { purgeFullBuckets } from "./shared/leaky-bucket.js";
import type { Logger } from "./shared/logger.js";
import { startPeriodic, type PeriodicTask } from "./shared/periodic.js";
import { eventConsumers } from "./worker/consumers.js";
import { startJobRunner } from "./worker/job-runner.js";

const IDENTITY_PURGE_EVERY_MS = 15 * 60 * 1000;

/**
 * Starts the periodic jobs and, unless JOBS_IN_SERVER is off, the job runner; `stop` stops them one
 * after another, each finishing (or handing back) what it is doing.
 */
export async function startBackgroundWork(deps: { config: Config; db: Db; databaseUrl: string; log: Logger }): Promise<PeriodicTask> {
  const { config, db, log } = deps;
  const runner = config.jobs.inServer ? await startJobRunner({ ...deps, consumers: eventConsumers({ db, log }) }) : undefined;
  const jobs = [
    // Expiring unpaid orders (their stock goes back), clearing abandoned guest carts and old idempotency keys.
    startPeriodic("commerce housekeeping", config.commerce.orderExpiryIntervalSeconds * 1000, log, async () => {
      const expired = await expireUnpaidOrders(db);
      const purged = await purgeAbandonedGuestCarts(db);
      const keys = await purgeIdempotencyKeys(db);
      if (expired > 0 || purged > 0 || keys > 0) log.info({ expiredOrders: expired, purgedGuestCarts: purged, purgedIdempotencyKeys: keys }, "commerce housekeeping");
    }),
    startPeriodic("purging expired identity rows", IDENTITY_PURGE_EVERY_MS, log, async () => {
      const purged = await purgeExpired(db);
      log.debug({ purged }, "expired identity rows purged");
    }),
  ];
  const buckets = config.cost.buckets;
  if (buckets && !config.cost.redisUrl) {
    // A bucket untouched for as long as the slowest takes to refill is full: the same as none.
    const fullAfterSeconds = Math.max(...[buckets.visitor, buckets.staff].map((b) => b.size / b.restorePerSecond));
    jobs.push(startPeriodic("purging full cost buckets", IDENTITY_PURGE_EVERY_MS, log, async () => {
      log.debug({ purged: await purgeFullBuckets(db, fullAfterSeconds) }, "full cost buckets purged");
    }));
  }
  return {
    async stop() {
      for (const job of jobs) await job.stop();
      await runner?.stop();
    },
  };
}
