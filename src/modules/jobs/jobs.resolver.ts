/** Staff's view of the job queue: failed jobs, and retrying one. */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { ConnectionArgs } from "../../shared/pagination.js";
import { failedJobs, retryJob } from "./jobs.service.js";
import { FailedJobConnection, RetryJobInput, RetryJobResult } from "./jobs.types.js";

@Resolver()
export class JobsResolver {
  @Query(() => FailedJobConnection, {
    nullable: true,
    description: "Jobs that failed (event deliveries, mail, scheduled tasks): those still retried and those that gave up, newest first. Needs JOBS_READ.",
  })
  failedJobs(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<FailedJobConnection> {
    return failedJobs(ctx, args);
  }

  @Mutation(() => RetryJobResult, { description: "Runs a failed job again now, with all its attempts. Needs JOBS_WRITE." })
  retryJob(@Arg("input", () => RetryJobInput) input: RetryJobInput, @Ctx() ctx: Context): Promise<typeof RetryJobResult> {
    return runMutation(() => retryJob(ctx, input));
  }
}
