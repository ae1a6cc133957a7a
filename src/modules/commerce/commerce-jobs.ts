/** The scheduled work of the shop: expiring unpaid orders, clearing abandoned guest carts and old idempotency keys. */
import type { Db } from "../../db/client.js";
import { purgeIdempotencyKeys } from "../../shared/idempotency.js";
import type { Logger } from "../../shared/logger.js";
import { purgeAbandonedGuestCarts } from "../cart/cart-housekeeping.js";
import { expireUnpaidOrders } from "../orders/order-expiry.js";

/**
 * Runs the jobs every `intervalSeconds`, one run at a time per process (a slow run is not
 * overlapped by the next tick). `stop` clears the timer and waits for a run in progress.
 */
export function startCommerceJobs(db: Db, log: Logger, intervalSeconds: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const run = async () => {
    const expired = await expireUnpaidOrders(db);
    const purged = await purgeAbandonedGuestCarts(db);
    const keys = await purgeIdempotencyKeys(db);
    if (expired > 0 || purged > 0 || keys > 0) log.info({ expiredOrders: expired, purgedGuestCarts: purged, purgedIdempotencyKeys: keys }, "commerce housekeeping");
  };
  const timer = setInterval(() => {
    running ??= run()
      .catch((error: unknown) => log.error({ err: error }, "commerce housekeeping failed"))
      .finally(() => (running = undefined));
  }, intervalSeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
