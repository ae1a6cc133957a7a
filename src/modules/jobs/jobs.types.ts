/** GraphQL types of the job queue as staff see it: jobs that failed, and retrying one. */
import { Field, ID, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { Connection } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";

/**
 * Job ids are graphile-worker's bigints; written into the last group of a UUID they travel as
 * global ids like every other id (`Job:00000000-0000-0000-0000-00000000002a` for job 42).
 */
export function jobGlobalId(jobId: string): string {
  return toGlobalId("Job", `00000000-0000-0000-0000-${BigInt(jobId).toString(16).padStart(12, "0")}`);
}

/** The bigint job id inside the UUID of a job's global id. */
export function jobIdOf(uuid: string): string {
  return BigInt(`0x${uuid.replaceAll("-", "")}`).toString();
}

@ObjectType({ description: "A job that failed at least once: retried with backoff until it has used its attempts, then kept, failed, until staff retry it." })
export class FailedJob {
  @Field(() => ID)
  id: string;

  @Field({ description: "What the job does, e.g. event:deliver (an event to a consumer), mail:password-reset, housekeeping:commerce." })
  task: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int)
  maxAttempts: number;

  @Field({ description: "True once it has used all its attempts: it runs again only when retried (retryJob)." })
  gaveUp: boolean;

  @Field(() => Date, { nullable: true, description: "When it runs again by itself; null once it gave up." })
  nextAttemptAt: Date | null;

  @Field({ description: "The error of its last attempt." })
  lastError: string;

  @Field()
  createdAt: Date;

  @Field({ description: "When its last attempt ended." })
  updatedAt: Date;
}

@ObjectType({ description: "A page of failed jobs, newest first." })
export class FailedJobConnection extends Connection(FailedJob) {}

/** A failed job's row in graphile-worker's `jobs` view. */
export interface FailedJobRow {
  id: string;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  last_error: string;
  created_at: Date;
  updated_at: Date;
}

export const FAILED_JOB_COLUMNS = "j.id::text AS id, j.task_identifier, j.attempts, j.max_attempts, j.run_at, j.last_error, j.created_at, j.updated_at";

export function toFailedJob(row: FailedJobRow): FailedJob {
  const gaveUp = row.attempts >= row.max_attempts;
  return Object.assign(new FailedJob(), {
    id: jobGlobalId(row.id),
    task: row.task_identifier,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    gaveUp,
    nextAttemptAt: gaveUp ? null : row.run_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@InputType()
export class RetryJobInput {
  @Field(() => ID, { description: "A FailedJob's id." })
  jobId: string;
}

@ObjectType({ description: "The job is due now, with its attempts counted from zero again." })
export class JobRetried {
  @Field(() => FailedJob)
  job: FailedJob;
}

export const RetryJobResult = createUnionType({
  name: "RetryJobResult",
  types: () => [JobRetried, InvalidInput, NotFound] as const,
});
