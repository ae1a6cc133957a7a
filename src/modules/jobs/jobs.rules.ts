/** The job queue is for staff with the jobs permissions. */
import { allow } from "graphql-shield";
import { hasPermission } from "../../access.js";
import { Permission } from "../identity/permission.js";

export const jobsRules = {
  Query: { failedJobs: hasPermission(Permission.JOBS_READ) },
  Mutation: { retryJob: hasPermission(Permission.JOBS_WRITE) },
  FailedJob: allow,
  FailedJobConnection: allow,
  FailedJobEdge: allow,
  JobRetried: allow,
};
