/**
 * `npm run worker`: a process that only works through the job queue, for operators who want jobs
 * apart from the server (then start servers with JOBS_IN_SERVER=false, or keep both: any number of
 * runners share the queue). Same configuration as the server; without DATABASE_URL it joins the
 * embedded PostgreSQL of DATA_DIR (the server's, when one runs there). SIGINT or SIGTERM stops it
 * gracefully: the jobs in progress finish, or go back to the queue.
 */
import "reflect-metadata";
import { loadConfigOrExit } from "./config.js";
import { openDatabase, type Database } from "./db/client.js";
import { openEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded.js";
import { applyMigrations } from "./db/migrate.js";
import { createMailer } from "./mail/mailer.js";
import { createLogger } from "./shared/logger.js";
import { startJobRunner, type JobRunner } from "./worker/job-runner.js";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { log, flush } = createLogger(config.logLevel);
  let embedded: EmbeddedPostgres | undefined;
  let database: Database | undefined;
  let runner: JobRunner | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string, exitCode: number) =>
    (stopping ??= (async () => {
      log.info({ reason }, "worker stopping");
      try {
        await runner?.stop();
        await database?.close();
      } finally {
        await embedded?.stop();
      }
      log.info("worker stopped");
      flush();
      process.exit(exitCode);
    })().catch((error: unknown) => {
      log.error({ err: error }, "worker shutdown failed");
      flush();
      process.exit(1);
    }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal, 0));
  process.on("uncaughtException", (error) => {
    log.fatal({ err: error }, "uncaught exception");
    void shutdown("uncaught exception", 1);
  });
  process.on("unhandledRejection", (reason) => {
    log.fatal({ err: reason }, "unhandled rejection");
    void shutdown("unhandled rejection", 1);
  });

  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = await openEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
      url = embedded.url;
    }
    // A worker started before any server still finds the tables its jobs use.
    await applyMigrations(url);
    database = openDatabase(url, { max: config.jobs.concurrency + 2, preparedPerConnection: config.preparedStatements });
    runner = await startJobRunner({ config, databaseUrl: url, db: database.sql, log, mailer: createMailer(config, database.sql, log) });
    log.info({ concurrency: config.jobs.concurrency, pid: process.pid }, "worker ready");
  } catch (error) {
    log.error({ err: error }, `worker startup failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown("startup failed", 1);
  }
}

void main();
