/**
 * Failed jobs for staff: the dead letters of the job queue (graphile-worker keeps a job that used
 * all its attempts, never running it again) and the jobs still being retried. Payloads are not
 * shown: they may hold customers' addresses.
 */
import type { Context } from "../../context.js";
import { idOf } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { NotFound } from "../../shared/user-errors.js";
import { FAILED_JOB_COLUMNS, FailedJobConnection, JobRetried, jobIdOf, toFailedJob, type FailedJobRow, type RetryJobInput } from "./jobs.types.js";

const ORDERING = "failed-jobs-newest";
/** A job that failed and is not done: it is deleted when it succeeds, so any row with an error is one. */
const FAILED = "j.last_error IS NOT NULL";

/** Failed jobs, the most recently created first. */
export async function failedJobs(ctx: Context, args: ConnectionArgs): Promise<FailedJobConnection> {
  const window = pageWindow(args, ORDERING, ["bigint"]);
  const params = new SqlParams();
  const keyset = keysetClauses(params, window, [{ sql: "j.id", cast: "bigint" }], true);
  const rows = await ctx.sql.query<FailedJobRow>(
    `SELECT ${FAILED_JOB_COLUMNS} FROM graphile_worker.jobs j WHERE ${FAILED} ${keyset.where ? `AND ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  const page = toPage(rows, window, ORDERING, (row) => [row.id]);
  return toConnection(FailedJobConnection, { ...page, nodes: page.nodes.map(toFailedJob) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM graphile_worker.jobs j WHERE ${FAILED}`);
    return count!.n;
  });
}

/** Makes a failed job due now with its attempts reset; a job that is running or gone is NotFound. */
export async function retryJob(ctx: Context, input: RetryJobInput): Promise<JobRetried> {
  const jobId = jobIdOf(idOf(input.jobId, "Job", ["input", "jobId"]));
  // reschedule_jobs is graphile-worker's own way to change a job; a locked (running) job is left alone.
  const [row] = await ctx.sql.query<FailedJobRow>(
    // The answer is the rescheduled row itself: the view would still show it as it was before this statement.
    `WITH failed AS (SELECT id FROM graphile_worker.jobs j WHERE j.id = $1::bigint AND ${FAILED} AND j.locked_at IS NULL)
     SELECT r.id::text AS id, t.identifier AS task_identifier, r.attempts, r.max_attempts, r.run_at, r.last_error, r.created_at, r.updated_at
       FROM failed, graphile_worker.reschedule_jobs(ARRAY[failed.id], run_at => now(), attempts => 0) r
       JOIN graphile_worker._private_tasks t ON t.id = r.task_id`,
    [jobId],
  );
  if (!row) throw new Rejection(NotFound.at(["input", "jobId"], "no such failed job"));
  return Object.assign(new JobRetried(), { job: toFailedJob(row) });
}
