/**
 * The job runner: graphile-worker over the shop's own database, working through the durable jobs
 * (src/shared/jobs.ts) and the schedule (schedule.ts). It runs inside the server
 * (src/background-work.ts) unless JOBS_IN_SERVER is off, and alone in `npm run worker`
 * (src/worker-main.ts); any number may run at once, each job being taken by one of them. Stopping
 * is graceful: jobs in progress finish, or are handed back to the queue when they do not finish
 * within SHUTDOWN_TIMEOUT_MS. A runner that is killed instead loses its jobs to the others once
 * its lease runs out (runner-lease.ts).
 */
import { EventEmitter } from "node:events";
import { Logger as WorkerLogger, run, type LogLevel, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import type { Config } from "../config.js";
import type { Db } from "../db/sql.js";
import type { Mailer } from "../mail/mailer.js";
import { MailTemplates } from "../mail/templates.js";
import type { EventConsumer } from "../modules/events/dispatch.js";
import type { Logger } from "../shared/logger.js";
import { eventConsumers } from "./consumers.js";
import { holdRunnerLease } from "./runner-lease.js";
import { scheduledTasks } from "./schedule.js";
import { jobTasks } from "./tasks.js";

export interface JobRunnerDeps {
  config: Config;
  databaseUrl: string;
  /** Plain SQL for the tasks, on the caller's pool. */
  db: Db;
  log: Logger;
  mailer: Mailer;
  /** Who receives events; the list in consumers.ts unless given. */
  consumers?: readonly EventConsumer[];
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
  const { config, db, log, mailer } = deps;
  const mail = { db, mailer, config, templates: new MailTemplates(config.mail) };
  // Its own small pool: jobs must not take connections from requests, nor wait for them.
  const pool = new pg.Pool({ connectionString: deps.databaseUrl, max: config.jobs.concurrency + 2, options: "-c TimeZone=UTC" });
  // A connection lost while idle or in use is graphile-worker's to retry, never a crash of the process.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  const consumers = deps.consumers ?? eventConsumers(mail);
  const events: WorkerEvents = new EventEmitter();
  let poolId: string | undefined;
  events.on("pool:create", ({ workerPool }) => (poolId = workerPool.id));
  const runner = await run({
    pgPool: pool,
    concurrency: config.jobs.concurrency,
    noHandleSignals: true,
    logger: workerLogger(log),
    events,
    taskList: jobTasks({ ...mail, log, consumers }),
    parsedCronItems: scheduledTasks(config),
    gracefulShutdownAbortTimeout: config.shutdownTimeoutMs,
  });
  const lease = await holdRunnerLease(db, poolId!, config.jobs.leaseSeconds, log);
  return {
    async stop() {
      await runner.stop();
      await lease.stop();
      await Promise.all(consumers.map((consumer) => consumer.close?.()));
      await pool.end();
    },
  };
}
