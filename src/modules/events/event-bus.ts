/**
 * How committed events reach every server instance: a bus announces each event's id and type, and
 * each instance reads the event itself from the outbox (live-events.ts). Announcements stay small
 * because PostgreSQL's NOTIFY carries at most 8000 bytes. Two buses: PostgreSQL LISTEN/NOTIFY
 * (postgres-event-bus.ts, the default) and Redis pub/sub (redis-event-bus.ts, EVENT_BUS=redis).
 * Either one announces an event only once its transaction has committed.
 */
import { EVENT_CATALOGUE, type EventType } from "./event-catalogue.js";

/** A committed event, as a bus announces it. */
export interface EventAnnouncement {
  id: string;
  type: EventType;
}

/** Receives what a bus announces. */
export type Announce = (announcement: EventAnnouncement) => void;

/** A running bus: it calls its `Announce` for every committed event until closed. */
export interface EventBus {
  close(): Promise<void>;
}

/** The NOTIFY channel, and the Redis channel, announcements travel on. */
export const EVENTS_CHANNEL = "larder_events";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<type> <id>`: the text the `event_notify` trigger sends (migration `event_notify`). */
export function announcementText(announcement: EventAnnouncement): string {
  return `${announcement.type} ${announcement.id}`;
}

/** The announcement in `text`, or undefined when it is not one (an unknown type, a malformed id). */
export function parseAnnouncement(text: string): EventAnnouncement | undefined {
  const [type, id, ...rest] = text.split(" ");
  if (rest.length > 0 || !type || !id || !Object.hasOwn(EVENT_CATALOGUE, type) || !UUID.test(id)) return undefined;
  return { id, type: type as EventType };
}
