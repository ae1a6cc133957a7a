/** `npm run mail`: the newest recorded mail, from DATABASE_URL or the embedded PostgreSQL, running or not. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "./helpers/database.js";
import { uniqueEmail } from "./helpers/identity.js";
import { freePort } from "./helpers/ports.js";
import { spawnServer, type ServerProcess } from "./helpers/process.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const run = promisify(execFile);
const CLI = "dist/src/mail/mail-cli.js";

/** Runs the command with only `env` (and PATH) set. */
function mail(env: Record<string, string>, args: string[] = []) {
  return run(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? "", ...env } });
}

/** Registers a customer over HTTP; the server mails a verification link after answering. */
async function register(graphqlUrl: string, email: string): Promise<void> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation ($email: String!) { register(input: { email: $email, password: \"correct horse battery staple\", firstName: \"Ada\", lastName: \"Lovelace\" }) { __typename } }",
      variables: { email },
    }),
  });
  expect(response.status).toBe(200);
}

/** Waits until `count` messages are recorded in the database at `url`. */
async function mailRecorded(url: string, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM mail_message"))[0]!.n < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} mails recorded`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("npm run mail with DATABASE_URL", () => {
  let server: TestServer;
  const first = uniqueEmail("first");
  const second = uniqueEmail("second");
  beforeAll(async () => {
    server = await startTestServer();
    await register(server.url, first);
    await mailRecorded(server.databaseUrl, 1);
    await register(server.url, second);
    await mailRecorded(server.databaseUrl, 2);
  });
  afterAll(() => server.stop());

  it("prints the newest messages, oldest of them first, with the link the customer would open", async () => {
    const { stdout } = await mail({ DATABASE_URL: server.databaseUrl });
    expect(stdout).toMatch(/^── \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}to first-/);
    expect(stdout.indexOf(`to ${first}  (email-verification)`)).toBeLessThan(stdout.indexOf(`to ${second}  (email-verification)`));
    expect(stdout).toContain("Subject: Confirm your email address\n\nHello Ada,\n");
    expect(stdout).toMatch(/verify-email\?token=[A-Za-z0-9_-]{43}\n/);
  });

  it("filters by recipient and count", async () => {
    const only = await mail({ DATABASE_URL: server.databaseUrl }, ["--to", second.toUpperCase()]);
    expect(only.stdout).toContain(`to ${second}`);
    expect(only.stdout).not.toContain(first);
    const newest = await mail({ DATABASE_URL: server.databaseUrl }, ["--last", "1"]);
    expect(newest.stdout.match(/^── /gm)).toHaveLength(1);
    expect(newest.stdout).toContain(second);
    expect((await mail({ DATABASE_URL: server.databaseUrl }, ["--to", "nobody@example.test"])).stdout).toBe("no mail to nobody@example.test recorded\n");
  });

  it("refuses unknown arguments with its usage", async () => {
    await expect(mail({ DATABASE_URL: server.databaseUrl }, ["--last", "0"])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("usage: mail") });
    await expect(mail({ DATABASE_URL: server.databaseUrl }, ["--from", "x"])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("usage: mail") });
  });
});

describe("npm run mail with the embedded PostgreSQL", () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-mail-"));
  });
  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reads a running server's database and leaves it running, or starts the database and stops it again", async () => {
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const port = await freePort();
    server = spawnServer({ ...env, PORT: String(port) });
    await server.ready;
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const email = uniqueEmail("embedded");
    await register(graphqlUrl, email);
    const databaseUrl = `postgresql://larder:larder@127.0.0.1:${env.EMBEDDED_PG_PORT}/larder`;
    await mailRecorded(databaseUrl, 1);

    expect((await mail(env)).stdout).toContain(`to ${email}  (email-verification)`);
    await register(graphqlUrl, uniqueEmail("after"));
    await mailRecorded(databaseUrl, 2);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    expect(existsSync(pidFile)).toBe(false);
    const { stdout } = await mail(env);
    expect(stdout).toContain(`to ${email}`);
    expect(stdout).toContain("to after-");
    expect(existsSync(pidFile)).toBe(false);
  });
});
