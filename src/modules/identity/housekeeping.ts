/** Periodic deletion of identity rows nobody can use any more, so these tables stay small. */
import type { Db } from "../../db/sql.js";
import type { Logger } from "../../shared/logger.js";
import { startPeriodic, type PeriodicTask } from "../../shared/periodic.js";
import { purgeThrottleWindows } from "../../shared/throttle.js";

const EVERY_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Ended sessions are kept a while: "where am I signed in" and incident reviews read them. */
const ENDED_SESSION_RETENTION_MS = 30 * DAY_MS;

/** Deletes ended throttle windows, mailed tokens expired for a day, and sessions ended 30 days ago. */
export async function purgeExpired(db: Db, now = new Date()): Promise<{ throttleWindows: number; tokens: number; sessions: number }> {
  const sessionCutoff = new Date(now.getTime() - ENDED_SESSION_RETENTION_MS);
  const [throttleWindows, tokens, sessions] = await Promise.all([
    purgeThrottleWindows(db),
    db.execute`DELETE FROM account_token WHERE expires_at < ${new Date(now.getTime() - DAY_MS)}`,
    db.execute`DELETE FROM session WHERE expires_at < ${sessionCutoff} OR revoked_at < ${sessionCutoff}`,
  ]);
  return { throttleWindows, tokens, sessions };
}

/** Runs `purgeExpired` every 15 minutes (several instances doing so is harmless). */
export function startHousekeeping(db: Db, log: Logger): PeriodicTask {
  return startPeriodic("purging expired identity rows", EVERY_MS, log, async () => {
    const purged = await purgeExpired(db);
    log.debug({ purged }, "expired identity rows purged");
  });
}
