/**
 * Handing back the jobs of a runner that died. graphile-worker frees a job locked by a vanished
 * worker only after four hours; this shortens that to the lease: every runner renews its row in
 * `job_runner` three times per JOB_RUNNER_LEASE_SECONDS, and each renewal also frees (with
 * graphile-worker's own `force_unlock_workers`) the jobs held by runners whose row went stale or
 * never existed, so another runner does them again. A job is then done at least once; consumers
 * deduplicate by event id. A runner stalled longer than the lease is presumed dead too: the lease
 * must be longer than any pause of a live process.
 */
import os from "node:os";
import type { Db } from "../db/sql.js";
import type { Logger } from "../shared/logger.js";

export interface RunnerLease {
  /** Stops renewing and removes the runner's row (its jobs are finished or handed back by then). */
  stop(): Promise<void>;
}

/** Frees the jobs of runners silent for `leaseSeconds`; returns their ids. */
export async function freeJobsOfDeadRunners(db: Db, leaseSeconds: number): Promise<string[]> {
  const [row] = await db.query<{ dead: string[] | null }>`
    WITH dead AS (
      SELECT DISTINCT j.locked_by AS id FROM graphile_worker._private_jobs j
       WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => ${leaseSeconds}::int)
         AND NOT EXISTS (SELECT 1 FROM job_runner r WHERE r.id = j.locked_by AND r.seen_at >= now() - make_interval(secs => ${leaseSeconds}::int))
      UNION
      SELECT id FROM job_runner WHERE seen_at < now() - make_interval(secs => ${leaseSeconds}::int)),
    freed AS (SELECT graphile_worker.force_unlock_workers(array_agg(id)) FROM dead HAVING count(*) > 0),
    forgotten AS (DELETE FROM job_runner WHERE id IN (SELECT id FROM dead))
    SELECT (SELECT array_agg(id) FROM dead) AS dead, (SELECT count(*) FROM freed) AS freed`;
  return row?.dead ?? [];
}

/** Registers the runner `runnerId` and keeps its lease until `stop`. */
export async function holdRunnerLease(db: Db, runnerId: string, leaseSeconds: number, log: Logger): Promise<RunnerLease> {
  await db.execute`INSERT INTO job_runner (id, pid, host) VALUES (${runnerId}, ${process.pid}, ${os.hostname()}) ON CONFLICT (id) DO UPDATE SET seen_at = now()`;
  let running: Promise<void> | undefined;
  const renew = async () => {
    await db.execute`UPDATE job_runner SET seen_at = now() WHERE id = ${runnerId}`;
    const dead = await freeJobsOfDeadRunners(db, leaseSeconds);
    if (dead.length > 0) log.warn({ runners: dead }, "jobs of silent job runners handed back to the queue");
  };
  const timer = setInterval(() => {
    running ??= renew()
      .catch((error: unknown) => log.error({ err: error }, "renewing the job runner lease failed"))
      .finally(() => (running = undefined));
  }, (leaseSeconds * 1000) / 3);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await db.execute`DELETE FROM job_runner WHERE id = ${runnerId}`;
    },
  };
}
