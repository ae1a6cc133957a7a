/** The scheduled work of the shop: expiring unpaid orders, clearing abandoned guest carts and old idempotency keys. */
import type { Db } from "../../db/sql.js";
import { purgeIdempotencyKeys } from "../../shared/idempotency.js";
import type { Logger } from "../../shared/logger.js";
import { startPeriodic, type PeriodicTask } from "../../shared/periodic.js";
import { purgeAbandonedGuestCarts } from "../cart/cart-housekeeping.js";
import { expireUnpaidOrders } from "../orders/order-expiry.js";

/** Runs the jobs every `intervalSeconds` (see shared/periodic.ts); several instances may run them at once. */
export function startCommerceJobs(db: Db, log: Logger, intervalSeconds: number): PeriodicTask {
  return startPeriodic("commerce housekeeping", intervalSeconds * 1000, log, async () => {
    const expired = await expireUnpaidOrders(db);
    const purged = await purgeAbandonedGuestCarts(db);
    const keys = await purgeIdempotencyKeys(db);
    if (expired > 0 || purged > 0 || keys > 0) log.info({ expiredOrders: expired, purgedGuestCarts: purged, purgedIdempotencyKeys: keys }, "commerce housekeeping");
  });
}
