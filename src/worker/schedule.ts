/**
 * The scheduled tasks, on graphile-worker's cron: every runner knows the schedule, and each run of
 * it is taken by one runner however many run (graphile-worker records each item's last run in
 * `graphile_worker._private_known_crontabs` and adds the run's job under a key of its time).
 * A runner that starts after a missed run does not catch up; the next run comes on time. A run
 * that fails is tried twice more, then stays among the failed jobs staff see.
 */
import { parseCronItems, type ParsedCronItem } from "graphile-worker";
import type { Config } from "../config.js";

export const HOUSEKEEPING_TASKS = {
  /** Expiring unpaid orders (their stock goes back), deleting abandoned guest carts and old idempotency keys. */
  commerce: "housekeeping:commerce",
  /** Deleting ended throttle windows, expired mailed tokens and old sessions. */
  identity: "housekeeping:identity",
  /** Deleting PostgreSQL cost buckets that are full again. */
  costBuckets: "housekeeping:cost-buckets",
  /** Deleting delivered events and deduplication records past their retention. */
  events: "housekeeping:events",
} as const;

/** Whether cost buckets live in PostgreSQL, where they need purging (Redis expires its own). */
export function purgesCostBuckets(config: Config): boolean {
  return config.cost.buckets !== undefined && config.cost.maxQueryCost > 0 && !config.cost.redisUrl;
}

/** The cron items for `config`. */
export function scheduledTasks(config: Config): ParsedCronItem[] {
  const minutes = config.commerce.orderExpiryIntervalMinutes;
  const item = (task: string, match: string) => ({ task, match, identifier: task, options: { maxAttempts: 3 } });
  return parseCronItems([
    item(HOUSEKEEPING_TASKS.commerce, minutes === 1 ? "* * * * *" : `*/${minutes} * * * *`),
    item(HOUSEKEEPING_TASKS.identity, "*/15 * * * *"),
    item(HOUSEKEEPING_TASKS.events, "17 * * * *"),
    ...(purgesCostBuckets(config) ? [item(HOUSEKEEPING_TASKS.costBuckets, "*/15 * * * *")] : []),
  ]);
}
