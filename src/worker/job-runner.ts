/**
 * The job runner: graphile-worker over the shop's own database, working through the durable jobs
 * (src/shared/jobs.ts). It runs inside the server (src/background-work.ts) unless JOBS_IN_SERVER
 * is off, and alone in `npm run worker` (src/worker-main.ts); any number may run at once, each job
 * being taken by one of them. Stopping is graceful: jobs in progress finish, or are handed back
 * to the queue when they do not finish in time.
 */
import { Logger as WorkerLogger, run, type LogLevel } from "graphile-worker";
import pg from "pg";
import type { Config } from "../config.js";
import type { Db } from "../db/sql.js";
import type { EventConsumer } from "../modules/events/dispatch.js";
import type { Logger } from "../shared/logger.js";
import { jobTasks } from "./tasks.js";

export interface JobRunnerDeps {
  config: Config;
  databaseUrl: string;
  /** Plain SQL for the tasks, on the caller's pool. */
  db: Db;
  log: Logger;
  /** Who receives events (src/worker/consumers.ts lists them). */
  consumers: readonly EventConsumer[];
}

export interface JobRunner {
  /** Stops taking jobs, lets the ones in progress finish (or hands them back), and closes its connections. */
  stop(): Promise<void>;
}

/** graphile-worker's log lines through the process logger; its chatty `info` lines are debug here. */
function workerLogger(log: Logger): WorkerLogger {
  const levels: Record<LogLevel, "error" | "warn" | "debug"> = { error: "error", warning: "warn", info: "debug", debug: "debug" };
  return new WorkerLogger((scope) => (level, message, meta) => log[levels[level]]({ jobQueue: scope, ...meta }, message));
}

/** Starts a runner that works on every task of tasks.ts; resolves once it is listening for jobs. */
export async function startJobRunner(deps: JobRunnerDeps): Promise<JobRunner> {
  const { config, log } = deps;
  // Its own small pool: jobs must not take connections from requests, nor wait for them.
  const pool = new pg.Pool({ connectionString: deps.databaseUrl, max: config.jobs.concurrency + 2, options: "-c TimeZone=UTC" });
  // A connection lost while idle or in use is graphile-worker's to retry, never a crash of the process.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  const runner = await run({
    pgPool: pool,
    concurrency: config.jobs.concurrency,
    noHandleSignals: true,
    logger: workerLogger(log),
    taskList: jobTasks({ db: deps.db, log, consumers: deps.consumers }),
    gracefulShutdownAbortTimeout: config.shutdownTimeoutMs,
  });
  return {
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}
