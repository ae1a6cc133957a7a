/**
 * The transactional outbox. `recordEvent` writes the event row and its dispatch job in the
 * caller's transaction: both exist once it commits and neither if it rolls back, so an event is
 * never lost after a commit nor sent for a change that did not happen. The relay (dispatch.ts)
 * takes it from there, after the commit.
 */
import type { Sql, Tx } from "../../db/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import { EVENT_CATALOGUE, type EventType, type NewEvent, type StoredEvent } from "./event-catalogue.js";

/** The job that relays one event to its consumers (dispatch.ts). */
export const DISPATCH_TASK = "event:dispatch";

/** Records `events` (in order) and a dispatch job for each, in the caller's transaction; returns their ids. */
export async function recordEvents(tx: Tx, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  // Ids are made here, one millisecond apart at most, so the order of a transaction's events is the order of their ids.
  const ids = events.map(() => uuidv7());
  const entries = events.map((e) => EVENT_CATALOGUE[e.type]);
  await tx.execute`
    WITH recorded AS (
      INSERT INTO event (id, type, version, aggregate_type, aggregate_id, payload)
      SELECT * FROM unnest(${ids}::uuid[], ${events.map((e) => e.type)}::text[], ${entries.map((e) => e.version)}::int[],
                           ${entries.map((e) => e.aggregate)}::text[], ${events.map((e) => e.aggregateId)}::uuid[],
                           ${events.map((e) => JSON.stringify(e.payload))}::jsonb[])
      RETURNING id)
    SELECT count(graphile_worker.add_job(${DISPATCH_TASK}, json_build_object('eventId', id))) FROM recorded`;
  return ids;
}

/** Records one event in the caller's transaction; returns its id. */
export async function recordEvent<T extends EventType>(tx: Tx, event: NewEvent<T>): Promise<string> {
  const [id] = await recordEvents(tx, [event as NewEvent]);
  return id!;
}

interface EventRow {
  id: string;
  type: EventType;
  version: number;
  aggregate_type: string;
  aggregate_id: string;
  payload: never;
  occurred_at: Date;
}

/** One stored event, or undefined. */
export async function readEvent(sql: Sql, id: string): Promise<StoredEvent | undefined> {
  const [row] = await sql.query<EventRow>`
    SELECT id, type, version, aggregate_type, aggregate_id, payload, occurred_at FROM event WHERE id = ${id}::uuid`;
  if (!row) return undefined;
  return { id: row.id, type: row.type, version: row.version, aggregateType: row.aggregate_type, aggregateId: row.aggregate_id, payload: row.payload, occurredAt: row.occurred_at };
}

/**
 * Marks `eventId` as applied by `consumer` in the caller's transaction; false when it already was.
 * A consumer whose effect lives in this database calls it in the transaction of that effect, so a
 * redelivered event (delivery is at least once) changes nothing the second time.
 */
export async function firstDelivery(tx: Tx, consumer: string, eventId: string): Promise<boolean> {
  const inserted = await tx.execute`
    INSERT INTO event_consumption (consumer, event_id) VALUES (${consumer}, ${eventId}::uuid) ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
