/** Every task the job runner knows, by name: the handlers behind the jobs that src/shared/jobs.ts adds. */
import type { TaskList } from "graphile-worker";
import type { Db } from "../db/sql.js";
import { deliverEvent, dispatchEvent, DELIVER_TASK, type DeliveryPayload, type EventConsumer } from "../modules/events/dispatch.js";
import { DISPATCH_TASK } from "../modules/events/outbox.js";
import type { Logger } from "../shared/logger.js";

export interface TaskDeps {
  db: Db;
  log: Logger;
  consumers: readonly EventConsumer[];
}

/** The task list: names are part of the stored jobs, so a rename strands the jobs already queued. */
export function jobTasks(deps: TaskDeps): TaskList {
  const { db, log, consumers } = deps;
  return {
    [DISPATCH_TASK]: async (payload) => {
      await dispatchEvent(db, (payload as { eventId: string }).eventId, consumers);
    },
    [DELIVER_TASK]: async (payload) => {
      const delivery = payload as DeliveryPayload;
      if (!(await deliverEvent(db, delivery, consumers))) log.warn(delivery, "event delivery skipped: no such consumer or event");
    },
  };
}
