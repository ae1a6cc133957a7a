/**
 * The schedule runs once per time however many instances run: two server processes on one
 * database, each with its job runner and the whole schedule, run each minute's housekeeping once
 * between them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUSEKEEPING_TASKS } from "../../src/worker/schedule.js";
import { createVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { freePort } from "../helpers/ports.js";
import { spawnServer, type ServerProcess } from "../helpers/process.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

let database: TestServer;
const instances: ServerProcess[] = [];

beforeAll(async () => {
  // Only the database of this server is used; a product keeps the instances from seeding the demo catalog.
  database = await startTestServer({ JOBS_IN_SERVER: "false" });
  await createVariant(database, { onHand: 1 });
});

afterAll(async () => {
  for (const instance of instances) instance.child.kill("SIGTERM");
  await Promise.all(instances.map((i) => i.exited));
  await database?.stop();
});

/** `scheduledFor` of every run of `task` an instance logged. */
function runs(instance: ServerProcess, task: string): string[] {
  return instance.logs.filter((l) => l.msg === "scheduled task ran" && l.task === task).map((l) => String(l.scheduledFor));
}

describe("scheduled tasks across instances", () => {
  it("run once per scheduled minute between two server instances", { timeout: 120_000 }, async () => {
    for (let i = 0; i < 2; i++) {
      instances.push(spawnServer({ DATABASE_URL: database.databaseUrl, PORT: String(await freePort()), LOG_LEVEL: "debug" }));
      await instances[i]!.ready;
    }
    const [runners] = await query<{ n: number }>(database.databaseUrl, "SELECT count(*)::int AS n FROM job_runner");
    expect(runners!.n).toBe(2);
    const all = () => instances.flatMap((instance) => runs(instance, HOUSEKEEPING_TASKS.commerce));
    // The next minute boundary gives one run.
    await waitFor(() => (all().length > 0 ? true : undefined), "a scheduled run", 70_000);
    // Both instances are awake and would have run a second copy by now.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const times = all();
    expect(times).toHaveLength(1);
  });
});
