/**
 * LISTEN on a PostgreSQL channel over a connection of its own, reconnecting when it drops.
 *
 * While connected, `onChange` runs for every notification, with its payload. A notification sent
 * while the connection was down is lost, so `onChange` also runs, without a payload, after every
 * (re)connect and loss, and `connected` tells users that may not trust their copies meanwhile.
 *
 * `caughtUp` is a round trip on the listening connection. PostgreSQL (15 and later) hands a
 * session the notifications committed before it answers that session's next query, and
 * notifications arrive in commit order, so once the round trip is back, `onChange` has run for
 * every change committed before `caughtUp` was called.
 */
import pg from "pg";
import type { Logger } from "../shared/logger.js";

export interface ChangeListener {
  /** Whether notifications are arriving now. */
  readonly connected: boolean;
  /** Resolves once `onChange` has run for every notification committed before the call (at once while disconnected). */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/** Listens on `channel` with the connection settings of `pool`. */
export function listenForChanges(pool: pg.Pool, channel: string, log: Logger, onChange: (payload?: string) => void): ChangeListener {
  let client: pg.Client | undefined;
  let connected = false;
  let closed = false;
  let retryMs = RETRY_MIN_MS;
  let timer: NodeJS.Timeout | undefined;

  const lost = (candidate: pg.Client, error?: unknown) => {
    if (client !== candidate) return;
    client = undefined;
    connected = false;
    onChange();
    candidate.end().catch(() => undefined);
    if (closed) return;
    log.warn({ err: error, channel, retryMs }, "change listener lost its connection; retrying");
    timer = setTimeout(connect, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  async function connect(): Promise<void> {
    // Named, so operators (and tests) can tell it apart in pg_stat_activity.
    const candidate = new pg.Client({ ...pool.options, application_name: `listen:${channel}` });
    client = candidate;
    candidate.on("error", (error) => lost(candidate, error));
    candidate.on("end", () => lost(candidate));
    candidate.on("notification", (message) => {
      if (message.channel === channel) onChange(message.payload);
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN "${channel}"`);
    } catch (error) {
      lost(candidate, error);
      return;
    }
    if (client !== candidate || closed) return;
    connected = true;
    retryMs = RETRY_MIN_MS;
    // Whatever changed while nobody listened.
    onChange();
  }

  const roundTrip = (): Promise<void> => {
    if (!client || !connected) return Promise.resolve();
    // A failure ends the connection, and losing it runs `onChange`: caught up either way.
    return client.query("SELECT 1").then(() => undefined, () => undefined);
  };
  // Concurrent callers share round trips: one in flight, and one queued behind it for those who
  // called after it was sent (it cannot vouch for their changes).
  let inFlight: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => (inFlight = roundTrip().finally(() => (inFlight = undefined)));

  void connect();
  return {
    get connected() {
      return connected;
    },
    caughtUp() {
      if (queued) return queued;
      if (!inFlight) return start();
      return (queued = inFlight.then(() => {
        queued = undefined;
        return start();
      }));
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const current = client;
      client = undefined;
      connected = false;
      await current?.end().catch(() => undefined);
    },
  };
}
