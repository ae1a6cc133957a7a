/**
 * The fan-out of committed events to the subscriptions of this server instance. The event bus
 * (event-bus.ts) announces each event's id and type; the first time an announcement comes for a
 * type somebody here subscribed to, the event is read from the outbox once and offered to every
 * such subscription, in the order the announcements came (commit order with PostgreSQL).
 * Repeated announcements of one event (at-least-once delivery through Redis) are dropped.
 *
 * Each subscription is a `LiveStream`: an async iterator written by hand rather than as an async
 * generator, because a generator waiting for its next event cannot be ended until that event
 * comes, and a client that unsubscribes must be let go at once.
 */
import type { Db, Sql } from "../../db/sql.js";
import { codedError } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import { LruMap } from "../../shared/lru.js";
import type { EventAnnouncement } from "./event-bus.js";
import type { EventType, StoredEvent } from "./event-catalogue.js";
import { readEvent } from "./outbox.js";

/** Events waiting for a slow subscriber before it is ended. */
const MAX_QUEUED = 100;
/** Event ids remembered to drop repeated announcements. */
const REMEMBERED = 10_000;

/**
 * What a subscription makes of an event: the value it delivers (its resolvers' root value), or
 * undefined when it does not want the event. May read the database (e.g. whose order it is).
 */
export type EventSelector<R> = (event: StoredEvent) => R | undefined | Promise<R | undefined>;

/** A subscription as the fan-out sees it. */
interface Subscriber {
  readonly types: ReadonlySet<EventType>;
  offer(event: StoredEvent): void;
}

/** One subscription's values, in the order of their events, until `return` ends it. */
export class LiveStream<R> implements AsyncIterableIterator<R>, Subscriber {
  private readonly queued: R[] = [];
  private waiting: ((result: IteratorResult<R>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private failure: unknown;
  private ended = false;
  /** Filters run one after the other, so events are queued in the order they were offered. */
  private filtering: Promise<void> = Promise.resolve();

  constructor(
    readonly types: ReadonlySet<EventType>,
    private readonly select: EventSelector<R>,
    private readonly onEnd: (stream: Subscriber) => void,
  ) {}

  /** Queues what the selector makes of `event`, if anything. */
  offer(event: StoredEvent): void {
    this.filtering = this.filtering.then(async () => {
      if (this.ended) return;
      try {
        const value = await this.select(event);
        if (value !== undefined) this.push(value);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  private push(value: R): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value, done: false });
    } else if (this.queued.length < MAX_QUEUED) {
      this.queued.push(value);
    } else {
      this.fail(codedError("THROTTLED", `This subscription fell more than ${MAX_QUEUED} events behind; subscribe again.`));
    }
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    const reject = this.failWaiting;
    this.finish();
    if (reject) reject(error);
    else this.failure = error;
  }

  private finish(): void {
    this.ended = true;
    this.queued.length = 0;
    this.onEnd(this);
    const resolve = this.waiting;
    this.waiting = this.failWaiting = undefined;
    resolve?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<R>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.failure !== undefined) {
      const error = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<R>> {
    if (!this.ended) this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<R>> {
    if (!this.ended) this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** The subscriptions of one server instance, fed by its event bus. */
export class LiveEvents {
  private readonly streams = new Set<Subscriber>();
  private readonly seen = new LruMap<string, true>(REMEMBERED);
  /** Events are read concurrently and offered in the order they were announced. */
  private offering: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** What the bus calls for every committed event. */
  readonly announce = (announcement: EventAnnouncement): void => {
    if (this.seen.get(announcement.id)) return;
    this.seen.set(announcement.id, true);
    if (![...this.streams].some((stream) => stream.types.has(announcement.type))) return;
    const reading = readEvent(this.db, announcement.id).catch((error: unknown) => {
      this.log.error({ err: error, eventId: announcement.id }, "could not read an announced event");
      return undefined;
    });
    this.offering = this.offering.then(async () => {
      // Gone already when its retention ran out before anyone read it.
      const event = await reading;
      if (!event) return;
      for (const stream of this.streams) if (stream.types.has(event.type)) stream.offer(event);
    });
  };

  /** What `select` makes of the events of `types` committed from now on, until the stream is returned. */
  stream<R>(types: readonly EventType[], select: EventSelector<R>): LiveStream<R> {
    const stream = new LiveStream(new Set(types), select, (ended) => this.streams.delete(ended));
    this.streams.add(stream);
    return stream;
  }
}

/**
 * A filter's database read done once per event for every subscription of this instance, however
 * many ask (e.g. whose order an event is about): remembered on the event object, which the
 * subscriptions share and which is gone once they all had it.
 */
export function oncePerEvent<T>(read: (event: StoredEvent, sql: Sql) => Promise<T>): (event: StoredEvent, sql: Sql) => Promise<T> {
  const results = new WeakMap<StoredEvent, Promise<T>>();
  return (event, sql) => {
    let result = results.get(event);
    if (!result) {
      result = read(event, sql);
      results.set(event, result);
    }
    return result;
  };
}
