/** Starts the real server on port 0 against a fresh database, and talks to it over HTTP. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { loadConfig, type Config } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { readinessCheck } from "../../src/db/readiness.js";
import { sqlOn, type SqlTally } from "../../src/db/sql.js";
import { createMailer } from "../../src/mail/mailer.js";
import { startServer } from "../../src/server.js";
import { startJobRunner } from "../../src/worker/job-runner.js";
import { createLogger } from "../../src/shared/logger.js";
import type { TypedDocumentString } from "../gql/graphql.js";
import { createTestDatabase } from "./database.js";
import { COMPILE_AFTER, TEST_EXECUTION } from "./execution.js";

export interface GraphQLResponse<R> {
  status: number;
  headers: Headers;
  /** `extensions.cost`, which `body` leaves out: it follows the caller's budget, not the answer. */
  cost: Record<string, unknown> | undefined;
  body: {
    data?: R | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface TestServer {
  url: string;
  origin: string;
  databaseUrl: string;
  database: Database;
  config: Config;
  /** The statements the server sent outside any request's count (its cost buckets, for one). */
  outsideRequests: SqlTally;
  /** Every JSON line the server logged so far. */
  logs: Record<string, unknown>[];
  /** Sends a typed operation; `sql: true` asks for the statement count in `extensions`; `extensions.cost` is moved to `cost`. */
  gql<R, V>(document: TypedDocumentString<R, V>, variables?: V, options?: { headers?: Record<string, string>; sql?: boolean }): Promise<GraphQLResponse<R>>;
  /** The access log line of the request with `requestId`, once it is written (it is, when the response has gone). */
  accessLine(requestId: string): Promise<Record<string, unknown>>;
  /** A raw POST of a JSON body to /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

const BIG_BUCKETS = { COST_BUCKET_SIZE: "10000000", COST_RESTORE_RATE: "1000000", STAFF_COST_BUCKET_SIZE: "10000000", STAFF_COST_RESTORE_RATE: "1000000" };

/**
 * Starts a server; `env` adds or overrides environment variables (NODE_ENV defaults to test).
 * With `sharedDatabaseUrl` it joins another server's database (a second instance) and leaves it in place.
 */
export async function startTestServer(env: Record<string, string> = {}, options: { sharedDatabaseUrl?: string } = {}): Promise<TestServer> {
  // Uploaded images go to DATA_DIR: a folder of this server's own, removed when it stops.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-data-"));
  // Every operation runs the way TEST_EXECUTION says from its first request. The response cache is
  // off: tests change the catalog behind the API's back, and the cache learns of such changes a
  // moment later (test/response-cache.test.ts covers it). Every test request comes from one
  // address, so the limits on orders awaiting payment are lifted (test/commerce/unpaid-orders.test.ts
  // sets and covers them), and cost buckets are big enough never to run dry unless a test sets its
  // own (test/cost.test.ts); every request is still priced and debited.
  const unpaidLimits = { UNPAID_ORDERS_PER_BUYER: "100", UNPAID_ORDERS_PER_ADDRESS: "1000", UNPAID_ORDER_STOCK_PERCENT: "100" };
  const config = loadConfig({
    NODE_ENV: "test", PORT: "0", LOG_LEVEL: "info", DATA_DIR: dataDir, GRAPHQL_COMPILE_AFTER: COMPILE_AFTER[TEST_EXECUTION], RESPONSE_CACHE_MB: "0", ...unpaidLimits, ...BIG_BUCKETS, ...env,
  });
  const db = options.sharedDatabaseUrl ? { url: options.sharedDatabaseUrl, drop: async () => undefined } : await createTestDatabase();
  const database = openDatabase(db.url, { preparedPerConnection: config.preparedStatements });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n")) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const log = createLogger(config.logLevel, sink).log;
  const outsideRequests: SqlTally = { statements: 0 };
  const running = await startServer({ config, sql: sqlOn(database.pool, { tally: outsideRequests, preparedPerConnection: config.preparedStatements }), pool: database.pool, log, checkReadiness: readinessCheck(database.pool) });
  // Jobs (mail, event delivery) run beside the server, as in `npm start`, unless JOBS_IN_SERVER=false.
  const jobs = config.jobs.inServer ? await startJobRunner({ config, databaseUrl: db.url, db: database.sql, log, mailer: createMailer(config, database.sql, log) }) : undefined;
  const url = `http://127.0.0.1:${running.port}/graphql`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return {
    url,
    origin: `http://127.0.0.1:${running.port}`,
    databaseUrl: db.url,
    database,
    config,
    outsideRequests,
    logs,
    post,
    accessLine: (requestId) => waitFor(() => logs.find((l) => l.requestId === requestId && l.msg === "request"), `the access log line of ${requestId}`),
    async gql(document, variables, options = {}) {
      const headers = { ...(options.sql ? { "x-debug-sql": "1" } : {}), ...options.headers };
      const response = await post({ query: document.toString(), variables }, headers);
      return { status: response.status, headers: response.headers, ...splitCost((await response.json()) as GraphQLResponse<never>["body"]) };
    },
    async stop() {
      await running.stop();
      await jobs?.stop();
      await database.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A GraphQL result without `extensions.cost`, and the cost: what a test compares is the answer,
 * while the cost also follows the caller's budget (test/cost*.test.ts check it).
 */
export function splitCost<B extends { extensions?: Record<string, unknown> }>(result: B): { body: B; cost: Record<string, unknown> | undefined } {
  const { extensions: { cost, ...extensions } = {}, ...rest } = result;
  const body = (Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest) as B;
  return { body, cost: cost as Record<string, unknown> | undefined };
}

/** The JSON body of a GraphQL response whose shape the test asserts. */
export async function bodyOf(response: Response): Promise<GraphQLResponse<Record<string, unknown>>["body"] & { errors: NonNullable<GraphQLResponse<unknown>["body"]["errors"]> }> {
  return (await response.json()) as never;
}

/** Polls `probe` until it returns a value, for at most `ms` milliseconds. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
