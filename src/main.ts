/** Process entry: configuration → database → migrations → server → background work; graceful shutdown on signals. */
import "reflect-metadata";
import { loadConfigOrExit } from "./config.js";
import { openDatabase, type Database } from "./db/client.js";
import { PostgresAccessError, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded.js";
import { applyMigrations } from "./db/migrate.js";
import { readinessCheck } from "./db/readiness.js";
import { createMailer } from "./mail/mailer.js";
import { startServer, type RunningServer } from "./server.js";
import { createLogger } from "./shared/logger.js";
import { startBackgroundWork } from "./background-work.js";
import { loadStartData } from "./start-data.js";

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { log, flush } = createLogger(config.logLevel);
  let embedded: EmbeddedPostgres | undefined;
  let database: Database | undefined;
  let server: RunningServer | undefined;
  let background: { stop(): Promise<void> } | undefined;

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string, exitCode: number) => {
    stopping ??= (async () => {
      log.info({ reason }, "shutting down");
      try {
        await server?.stop();
        await background?.stop();
        await database?.close();
      } finally {
        await embedded?.stop();
      }
      log.info("stopped");
      flush();
      process.exit(exitCode);
    })().catch((error: unknown) => {
      log.error({ err: error }, "shutdown failed");
      flush();
      process.exit(1);
    });
    return stopping;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) {
        log.warn({ signal }, "second signal: exiting now");
        flush();
        void embedded?.stop().finally(() => process.exit(1));
        return;
      }
      void shutdown(signal, 0);
    });
  }

  // A bug that escapes every handler still stops the database cleanly and keeps the logs.
  process.on("uncaughtException", (error) => {
    log.fatal({ err: error }, "uncaught exception");
    void shutdown("uncaught exception", 1);
  });
  process.on("unhandledRejection", (reason) => {
    log.fatal({ err: reason }, "unhandled rejection");
    void shutdown("unhandled rejection", 1);
  });

  try {
    const started = Date.now();
    let url = config.databaseUrl;
    if (!url) {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: (m) => log.debug(m) });
      url = embedded.url;
    }
    const applied = await applyMigrations(url);
    if (applied.length > 0) log.info({ applied }, "migrations applied");
    database = openDatabase(url, { preparedPerConnection: config.preparedStatements });
    await loadStartData(database, config, log);
    server = await startServer({ config, sql: database.sql, pool: database.pool, log, checkReadiness: readinessCheck(database.pool) });
    background = await startBackgroundWork({ config, db: database.sql, databaseUrl: url, log, mailer: createMailer(config, database.sql, log) });
    log.info(
      { url: server.url, node: process.version, startupMs: Date.now() - started, database: embedded ? "embedded" : "external" },
      `Larder ready at ${server.url} (Node ${process.version})`,
    );
  } catch (error) {
    // An access problem the operator must fix is one line on stderr, like a bad environment variable.
    if (error instanceof PostgresAccessError) process.stderr.write(`${error.message}\n`);
    else log.error({ err: error }, `startup failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown("startup failed", 1);
  }
}

void main();
