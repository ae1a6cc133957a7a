/**
 * The default event bus: PostgreSQL LISTEN/NOTIFY on the shop's own database. A trigger on the
 * `event` table (migration `event_notify`) sends `pg_notify` for each event it records, and
 * PostgreSQL delivers a notification only when its transaction commits, in commit order, so a
 * rolled-back change is never announced. Each instance holds one listening connection, which
 * reconnects when it drops (src/db/change-listener.ts); events committed while it was down are
 * not announced to that instance.
 */
import type pg from "pg";
import { listenForChanges } from "../../db/change-listener.js";
import type { Logger } from "../../shared/logger.js";
import { EVENTS_CHANNEL, parseAnnouncement, type Announce, type EventBus } from "./event-bus.js";

/** Listens for event announcements with the connection settings of `pool`. */
export function postgresEventBus(pool: pg.Pool, log: Logger, announce: Announce): EventBus {
  const listener = listenForChanges(pool, EVENTS_CHANNEL, log, (payload) => {
    // Without a payload the listener reports a (re)connect or a loss: nothing to announce.
    if (payload === undefined) return;
    const announcement = parseAnnouncement(payload);
    if (announcement) announce(announcement);
    else log.warn({ channel: EVENTS_CHANNEL }, "ignored a notification that announces no event");
  });
  return { close: () => listener.close() };
}
