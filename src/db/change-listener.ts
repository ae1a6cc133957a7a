/**
 * LISTEN on a PostgreSQL channel over a connection of its own, reconnecting when it drops.
 *
 * While connected, `onChange` runs for every notification. A notification sent while the
 * connection was down is lost, so `onChange` also runs after every (re)connect, and `connected`
 * tells users that may not trust their copies meanwhile.
 */
import pg from "pg";
import type { Logger } from "../shared/logger.js";

export interface ChangeListener {
  /** Whether notifications are arriving now. */
  readonly connected: boolean;
  close(): Promise<void>;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/** Listens on `channel` with the connection settings of `pool`. */
export function listenForChanges(pool: pg.Pool, channel: string, log: Logger, onChange: () => void): ChangeListener {
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
    const candidate = new pg.Client(pool.options);
    client = candidate;
    candidate.on("error", (error) => lost(candidate, error));
    candidate.on("end", () => lost(candidate));
    candidate.on("notification", (message) => {
      if (message.channel === channel) onChange();
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

  void connect();
  return {
    get connected() {
      return connected;
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
