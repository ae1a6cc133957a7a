/**
 * The background work of a server process, started and stopped in this one place (main.ts calls
 * it once the server listens): the job runner, which delivers events, sends mail and runs the
 * scheduled housekeeping (src/worker/), unless JOBS_IN_SERVER leaves that to `npm run worker`.
 */
import type { Config } from "./config.js";
import type { Db } from "./db/sql.js";
import type { Mailer } from "./mail/mailer.js";
import type { Logger } from "./shared/logger.js";
import { startJobRunner, type JobRunner } from "./worker/job-runner.js";

/** Starts the job runner, if this server runs one; `stop` finishes or hands back the jobs in progress. */
export async function startBackgroundWork(deps: { config: Config; db: Db; databaseUrl: string; log: Logger; mailer: Mailer }): Promise<JobRunner> {
  if (!deps.config.jobs.inServer) return { stop: async () => undefined };
  return startJobRunner(deps);
}
