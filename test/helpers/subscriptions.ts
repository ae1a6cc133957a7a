/** graphql-ws clients for subscription tests: every result an operation sends, and how it ended. */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { query } from "./database.js";
import { waitFor, type TestServer } from "./server.js";

export interface Received {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface Watch {
  /** Every result so far, in order. */
  results: Received[];
  /** "complete", the errors (a refusal before the start, or a failure), or undefined while running. */
  ended: "complete" | Received["errors"] | undefined;
  /** The `n`th result (from 0), once it came. */
  result(n: number): Promise<Received>;
  /** Resolves once the operation completed or failed. */
  end(): Promise<Watch["ended"]>;
  stop(): void;
}

/** A graphql-ws client on `server`; `headers` go on the upgrade request (as a browser's cookies do). */
export function connect(server: TestServer, options: { connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {}): Client {
  const headers = options.headers ?? {};
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocketWithHeaders, connectionParams: options.connectionParams, retryAttempts: 0, lazy: true });
}

/** Subscribes; `started` waits until `server` logged the start, so that events from then on reach it. */
export async function watch(client: Client, document: { toString(): string }, variables?: Record<string, unknown>, started?: TestServer): Promise<Watch> {
  const before = started?.logs.filter((l) => l.msg === "subscription started").length ?? 0;
  const state: Watch = {
    results: [],
    ended: undefined,
    result: (n) => waitFor(() => state.results[n], `result ${n} of the subscription`),
    end: () => waitFor(() => state.ended, "the end of the subscription"),
    stop: () => undefined,
  };
  state.stop = client.subscribe(
    { query: document.toString(), variables },
    {
      next: (value) => state.results.push(value as Received),
      error: (errors) => (state.ended = Array.isArray(errors) ? (errors as Received["errors"]) : [{ message: String((errors as { code?: number }).code ?? errors) }]),
      complete: () => (state.ended ??= "complete"),
    },
  );
  if (started) {
    await waitFor(
      () => (state.ended !== undefined || state.results.length > 0 || started.logs.filter((l) => l.msg === "subscription started").length > before ? true : undefined),
      "the subscription to start",
    );
  }
  return state;
}

/** Waits until `count` instances listen for event announcements on the database of `server`. */
export async function listenersReady(server: TestServer, count: number): Promise<void> {
  await waitFor(async () => {
    const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'listen:larder_events' AND datname = current_database()");
    return row!.n >= count ? true : undefined;
  }, `${count} event listeners`);
}
