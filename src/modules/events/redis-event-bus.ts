/**
 * The event bus over Redis pub/sub (EVENT_BUS=redis, on REDIS_URL). Redis knows nothing of
 * PostgreSQL's transactions, so events are published by a consumer of the outbox
 * (`redisPublisher`), which runs only for committed events: a rolled-back change is never
 * published. Delivery to consumers is at least once, so an event may be published twice; the
 * receiving side drops repeats (live-events.ts). ioredis reconnects and subscribes again by itself.
 */
import { Redis } from "ioredis";
import type { Logger } from "../../shared/logger.js";
import type { EventConsumer } from "./dispatch.js";
import { announcementText, EVENTS_CHANNEL, parseAnnouncement, type Announce, type EventBus } from "./event-bus.js";

/** Subscribes to event announcements in Redis at `url`. */
export function redisEventBus(url: string, log: Logger, announce: Announce): EventBus {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  redis.on("error", (error) => log.warn({ err: error }, "event bus lost its Redis connection; retrying"));
  redis.on("message", (_channel: string, text: string) => {
    const announcement = parseAnnouncement(text);
    if (announcement) announce(announcement);
    else log.warn({ channel: EVENTS_CHANNEL }, "ignored a message that announces no event");
  });
  redis.subscribe(EVENTS_CHANNEL).catch((error: unknown) => log.error({ err: error }, "event bus could not subscribe in Redis"));
  return {
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}

/** The consumer that publishes every committed event to Redis at `url`; throwing (Redis down) retries it. */
export function redisPublisher(url: string): EventConsumer {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on("error", () => undefined);
  return {
    name: "live-events:redis",
    types: "*",
    async handle(event) {
      await redis.publish(EVENTS_CHANNEL, announcementText(event));
    },
    async close() {
      redis.disconnect();
    },
  };
}
