/** Dead letters: a job that used its attempts stays, failed, for staff with JOBS_READ to see and staff with JOBS_WRITE to retry. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { DELIVER_TASK, type EventConsumer } from "../../src/modules/events/dispatch.js";
import { createMailer } from "../../src/mail/mailer.js";
import { addJob } from "../../src/shared/jobs.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { createLogger } from "../../src/shared/logger.js";
import { startJobRunner, type JobRunner } from "../../src/worker/job-runner.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { query } from "../helpers/database.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

const FailedJobs = graphql(`
  query FailedJobs($first: Int) {
    failedJobs(first: $first) {
      totalCount
      nodes {
        id
        task
        attempts
        maxAttempts
        gaveUp
        nextAttemptAt
        lastError
      }
    }
  }
`);

const RetryJob = graphql(`
  mutation RetryJob($input: RetryJobInput!) {
    retryJob(input: $input) {
      __typename
      ... on JobRetried {
        job {
          id
          attempts
          gaveUp
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

let server: TestServer;
let runner: JobRunner;
let receiverUp = false;
const delivered: string[] = [];

const consumer: EventConsumer = {
  name: "test-receiver",
  types: "*",
  async handle(event) {
    if (!receiverUp) throw new Error("receiver down");
    delivered.push(event.id);
  },
};

beforeAll(async () => {
  server = await startTestServer({ JOBS_IN_SERVER: "false" });
  const log = createLogger("silent").log;
  runner = await startJobRunner({ config: server.config, databaseUrl: server.databaseUrl, db: server.database.sql, log, mailer: createMailer(server.config, server.database.sql, log), consumers: [consumer] });
});

afterAll(async () => {
  await runner?.stop();
  await server?.stop();
});

async function deadDelivery(): Promise<string> {
  const [event] = await query<{ id: string }>(
    server.databaseUrl,
    "INSERT INTO event (id, type, version, aggregate_type, aggregate_id, payload) VALUES (gen_random_uuid(), 'product.archived', 1, 'product', gen_random_uuid(), '{}') RETURNING id",
  );
  await addJob(server.database.sql, DELIVER_TASK, { eventId: event!.id, consumer: consumer.name }, { maxAttempts: 1 });
  await waitFor(async () => {
    const [row] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE attempts >= max_attempts");
    return row!.n > 0 ? true : undefined;
  }, "the delivery to give up");
  return event!.id;
}

describe("failed jobs", () => {
  it("lists a job that gave up, with its error, and retries it so it runs again", async () => {
    const eventId = await deadDelivery();
    const reader = await staffHeaders(server, [Permission.JOBS_READ]);
    const { body } = await server.gql(FailedJobs, { first: 10 }, { headers: reader });
    const [job] = body.data!.failedJobs!.nodes;
    expect(body.data!.failedJobs!.totalCount).toBe(1);
    expect(job).toMatchObject({ task: DELIVER_TASK, attempts: 1, maxAttempts: 1, gaveUp: true, nextAttemptAt: null });
    expect(job!.lastError).toContain("receiver down");

    const forbidden = await server.gql(RetryJob, { input: { jobId: job!.id } }, { headers: reader });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    receiverUp = true;
    const writer = await staffHeaders(server, [Permission.JOBS_WRITE]);
    const retried = await server.gql(RetryJob, { input: { jobId: job!.id } }, { headers: writer });
    expect(retried.body.data!.retryJob).toEqual({ __typename: "JobRetried", job: { id: job!.id, attempts: 0, gaveUp: false } });
    await waitFor(() => (delivered.includes(eventId) ? true : undefined), "the retried delivery");
    await waitFor(async () => ((await server.gql(FailedJobs, {}, { headers: reader })).body.data!.failedJobs!.totalCount === 0 ? true : undefined), "the job gone");
  });

  it("keeps the list from customers and staff without JOBS_READ", async () => {
    for (const headers of [{}, await staffHeaders(server, [Permission.ORDERS_WRITE, Permission.JOBS_WRITE])]) {
      const { body } = await server.gql(FailedJobs, {}, { headers });
      expect(body.data?.failedJobs ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    }
  });

  it("answers a malformed or unknown job id with a typed error and changes nothing", async () => {
    const writer = await staffHeaders(server, [Permission.JOBS_WRITE]);
    const before = await query(server.databaseUrl, "SELECT id, attempts, run_at FROM graphile_worker.jobs ORDER BY id");
    for (const [jobId, code] of [
      ["not-an-id", "INVALID_INPUT"],
      [toGlobalId("Product", randomUUID()), "INVALID_INPUT"],
      [toGlobalId("Job", "00000000-0000-0000-0000-0000000fffff"), "NOT_FOUND"],
    ] as const) {
      const { body } = await server.gql(RetryJob, { input: { jobId } }, { headers: writer });
      expect(body.errors).toBeUndefined();
      expect(body.data!.retryJob).toMatchObject({ code, path: ["input", "jobId"] });
    }
    expect(await query(server.databaseUrl, "SELECT id, attempts, run_at FROM graphile_worker.jobs ORDER BY id")).toEqual(before);
  });
});
