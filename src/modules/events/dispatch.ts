/**
 * The relay from the outbox to consumers, run as jobs after the commit. Each event's dispatch job
 * (added with the event, outbox.ts) adds one delivery job per interested consumer and marks the
 * event dispatched, in one transaction; each delivery job then runs its consumer, retried with
 * backoff on its own, so one failing consumer neither blocks nor repeats the others.
 *
 * Delivery is at least once: a worker that dies mid-job, or a dispatch that runs again, delivers
 * again. Consumers deduplicate by event id (`firstDelivery` in outbox.ts, or the id sent along).
 */
import type { Db } from "../../db/sql.js";
import { addJob } from "../../shared/jobs.js";
import type { EventType, StoredEvent } from "./event-catalogue.js";
import { readEvent } from "./outbox.js";

/** The job that hands one event to one consumer. */
export const DELIVER_TASK = "event:deliver";

/** What reacts to events: the webhooks, the subscriptions across instances, mail. */
export interface EventConsumer {
  /** Stable and unique: it names the delivery jobs and the consumer's deduplication records. */
  readonly name: string;
  /** The event types it wants, or "*" for every type. */
  readonly types: readonly EventType[] | "*";
  /** Applies one event. Throwing retries it later with backoff; the same event may arrive more than once. */
  handle(event: StoredEvent): Promise<void>;
  /** Releases what it holds (a connection), when the runner stops. */
  close?(): Promise<void>;
}

/** The payload of a delivery job. */
export interface DeliveryPayload {
  eventId: string;
  consumer: string;
}

function wants(consumer: EventConsumer, type: EventType): boolean {
  return consumer.types === "*" || consumer.types.includes(type);
}

/** Adds a delivery job per interested consumer and marks the event dispatched, all in one transaction. */
export async function dispatchEvent(db: Db, eventId: string, consumers: readonly EventConsumer[]): Promise<void> {
  await db.transaction(async (tx) => {
    // The lock makes a dispatch that runs twice at once (a worker presumed dead) add its jobs once.
    const [event] = await tx.query<{ type: EventType }>`SELECT type FROM event WHERE id = ${eventId}::uuid FOR UPDATE`;
    if (!event) return;
    for (const consumer of consumers.filter((c) => wants(c, event.type))) {
      const payload: DeliveryPayload = { eventId, consumer: consumer.name };
      await addJob(tx, DELIVER_TASK, payload, { jobKey: `${DELIVER_TASK}:${consumer.name}:${eventId}` });
    }
    await tx.execute`UPDATE event SET dispatched_at = now() WHERE id = ${eventId}::uuid`;
  });
}

/** Runs one delivery job; false when there is nothing to deliver (an unknown consumer, or an event since purged). */
export async function deliverEvent(db: Db, payload: DeliveryPayload, consumers: readonly EventConsumer[]): Promise<boolean> {
  const consumer = consumers.find((c) => c.name === payload.consumer);
  if (!consumer) return false;
  const event = await readEvent(db, payload.eventId);
  if (!event) return false;
  await consumer.handle(event);
  return true;
}
