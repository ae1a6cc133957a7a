/**
 * The one list of event consumers (src/modules/events/dispatch.ts): what reacts to the outbox's
 * events after their commit. A consumer added here receives every matching event recorded from
 * then on, in every runner; give it a name that never changes.
 */
import type { Db } from "../db/sql.js";
import type { EventConsumer } from "../modules/events/dispatch.js";
import type { Logger } from "../shared/logger.js";

export interface ConsumerDeps {
  db: Db;
  log: Logger;
}

/** The consumers a runner delivers to. */
export function eventConsumers(_deps: ConsumerDeps): EventConsumer[] {
  return [];
}
