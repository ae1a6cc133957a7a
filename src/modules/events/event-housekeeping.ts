/** Keeping the outbox small: delivered events and consumers' records of them go after the retention period. */
import type { Db } from "../../db/sql.js";

/** Deletes events dispatched before `days` ago and deduplication records as old; returns how many of each. */
export async function purgeOldEvents(db: Db, days: number): Promise<{ events: number; consumptions: number }> {
  // An event still waiting for its dispatch is kept whatever its age: its consumers have not had it yet.
  const events = await db.execute`DELETE FROM event WHERE occurred_at < now() - make_interval(days => ${days}::int) AND dispatched_at IS NOT NULL`;
  const consumptions = await db.execute`DELETE FROM event_consumption WHERE handled_at < now() - make_interval(days => ${days}::int)`;
  return { events, consumptions };
}
