/**
 * Adding durable jobs (graphile-worker's queue in the `graphile_worker` schema of the shop's own
 * database). A job is a row: added through a transaction's `Tx`, it exists exactly when that
 * transaction commits, so work promised by a change is never lost and never done for a change
 * that rolled back. Jobs run in the job runner (src/worker/), in the server or `npm run worker`.
 */
import type { Sql } from "../db/sql.js";

export interface JobOptions {
  /** A job with the same key that has not started yet is replaced rather than added twice. */
  jobKey?: string;
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Attempts before the job stays failed, in the dead-letter state staff can see (default 25). */
  maxAttempts?: number;
  /** Jobs of one named queue run one at a time, in order. */
  queueName?: string;
}

/** Adds a job for `task` with a JSON `payload`; inside a transaction it is added with it, atomically. */
export async function addJob(sql: Sql, task: string, payload: unknown, options: JobOptions = {}): Promise<void> {
  await sql.execute`
    SELECT graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, queue_name => ${options.queueName ?? null}::text,
                                   run_at => ${options.runAt ?? null}::timestamptz, max_attempts => ${options.maxAttempts ?? null}::int,
                                   job_key => ${options.jobKey ?? null}::text)`;
}
