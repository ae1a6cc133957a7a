import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive } from "../src/db/embedded.js";
import { graphql } from "./gql/index.js";
import { createTestDatabase, query } from "./helpers/database.js";
import { freePort } from "./helpers/ports.js";
import { spawnServer, type ServerProcess } from "./helpers/process.js";
import { splitCost } from "./helpers/server.js";

const GreetForLifecycle = graphql(`
  mutation GreetForLifecycle($name: String) {
    greet(input: { name: $name }) {
      ... on Greeted {
        greeting {
          timesGreeted
        }
      }
    }
  }
`);

const GreetingAfterRestart = graphql(`
  query GreetingAfterRestart($name: String!) {
    greeting(name: $name) {
      timesGreeted
    }
  }
`);

let dataDir: string;
let pgPort: number;
const running: ServerProcess[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-lifecycle-"));
  pgPort = await freePort();
});
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill("SIGKILL");
  const pid = postmasterPid();
  if (pid) process.kill(pid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<{ server: ServerProcess; url: string }> {
  const port = await freePort();
  const server = spawnServer({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port), ...env });
  running.push(server);
  await server.ready;
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

async function post(url: string, query: string, variables?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return splitCost((await response.json()) as Record<string, unknown>).body;
}

/**
 * A POST whose body has not all arrived: the server has the request (it answered `100 Continue`)
 * and keeps it in flight until `finish` sends the rest. `response` is everything the server sent,
 * once it closed the connection; `closedAt` is when (performance.now()).
 */
async function holdRequest(url: string, name: string) {
  const body = JSON.stringify({ query: GreetForLifecycle.toString(), variables: { name } });
  const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  let received = "";
  const continued = new Promise<void>((resolve) =>
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      if (received.startsWith("HTTP/1.1 100 Continue\r\n\r\n")) resolve();
    }),
  );
  const closed = new Promise<{ response: string; closedAt: number }>((resolve) => socket.once("close", () => resolve({ response: received, closedAt: performance.now() })));
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
  await continued;
  socket.write(body.slice(0, 20));
  return { closed, finish: () => socket.write(body.slice(20)) };
}

/** Polls until a new connection to `url` is refused. */
async function refusesConnections(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const refused = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ hello }"}' }).then(
      () => false,
      () => true,
    );
    if (refused) return;
    if (Date.now() > deadline) throw new Error("the server kept accepting connections");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for a log line with `msg` from the process (its log is flushed every 250 ms). */
async function logged(server: ServerProcess, msg: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const line = server.logs.find((l) => l.msg === msg);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no log line "${msg}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function postmasterPid(): number | undefined {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : undefined;
}

describe("the server process", () => {
  it("starts an embedded PostgreSQL, keeps data across a restart and leaves no postgres behind", async () => {
    const first = await start();
    expect(await first.server.ready).toMatchObject({ node: process.version, msg: `Larder ready at ${first.url} (Node ${process.version})` });
    expect(await post(first.url, GreetForLifecycle.toString(), { name: "Restart" })).toEqual({ data: { greet: { greeting: { timesGreeted: 1 } } } });
    const pid = postmasterPid()!;
    expect(alive(pid)).toBe(true);
    first.server.child.kill("SIGTERM");
    expect(await first.server.exited).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(postmasterPid()).toBeUndefined();

    const second = await start();
    expect(await post(second.url, GreetingAfterRestart.toString(), { name: "Restart" })).toEqual({ data: { greeting: { timesGreeted: 1 } } });
    second.server.child.kill("SIGINT");
    expect(await second.server.exited).toBe(0);
    expect(postmasterPid()).toBeUndefined();
  });

  it("finishes an in-flight request after SIGTERM while refusing new connections", async () => {
    const { server, url } = await start();
    const held = await holdRequest(url, "InFlight");
    server.child.kill("SIGTERM");
    await refusesConnections(url);
    held.finish();
    const { response } = await held.closed;
    expect(response).toMatch(/\r\n\r\nHTTP\/1.1 200 OK\r\n/);
    expect(response).toContain('{"data":{"greet":{"greeting":{"timesGreeted":1}}},"extensions":{"cost":');
    expect(await server.exited).toBe(0);
    expect(postmasterPid()).toBeUndefined();
  });

  it("waits SHUTDOWN_TIMEOUT_MS for a request that does not finish, then closes it and exits", async () => {
    const { server, url } = await start({ SHUTDOWN_TIMEOUT_MS: "2000" });
    const held = await holdRequest(url, "NeverFinished");
    const signalled = performance.now();
    server.child.kill("SIGTERM");
    await refusesConnections(url);
    const { response, closedAt } = await held.closed;
    expect(closedAt - signalled).toBeGreaterThanOrEqual(2000);
    expect(closedAt - signalled).toBeLessThan(8000);
    expect(response).toBe("HTTP/1.1 100 Continue\r\n\r\n");
    expect(await server.exited).toBe(0);
    expect(postmasterPid()).toBeUndefined();
  });

  it("exits at once with code 1 on a second signal, still stopping PostgreSQL", async () => {
    const { server, url } = await start({ SHUTDOWN_TIMEOUT_MS: "600000" });
    const postmaster = postmasterPid()!;
    await holdRequest(url, "Interrupted");
    server.child.kill("SIGTERM");
    await logged(server, "shutting down");
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(1);
    expect(server.logs.find((l) => l.msg === "second signal: exiting now")).toMatchObject({ signal: "SIGINT" });
    expect(alive(postmaster)).toBe(false);
    expect(postmasterPid()).toBeUndefined();
  });

  it("stops a PostgreSQL orphaned by a killed server on the next start", async () => {
    const first = await start();
    expect(await post(first.url, GreetForLifecycle.toString(), { name: "Orphaned" })).toEqual({ data: { greet: { greeting: { timesGreeted: 1 } } } });
    first.server.child.kill("SIGKILL");
    await first.server.exited;
    const orphan = postmasterPid()!;
    expect(alive(orphan)).toBe(true);

    const second = await start();
    expect(alive(orphan)).toBe(false);
    expect(await post(second.url, GreetingAfterRestart.toString(), { name: "Orphaned" })).toEqual({ data: { greeting: { timesGreeted: 1 } } });
    second.server.child.kill("SIGTERM");
    expect(await second.server.exited).toBe(0);
    expect(postmasterPid()).toBeUndefined();
  });

  it("uses DATABASE_URL instead of an embedded PostgreSQL, applying migrations there", async () => {
    const database = await createTestDatabase({ empty: true });
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), "larder-external-"));
    try {
      const { server, url } = await start({ DATABASE_URL: database.url, DATA_DIR: emptyDir });
      expect(await post(url, GreetForLifecycle.toString(), { name: "External" })).toEqual({ data: { greet: { greeting: { timesGreeted: 1 } } } });
      expect(existsSync(path.join(emptyDir, "postgres"))).toBe(false);
      expect(await query(database.url, "SELECT count FROM greeting")).toEqual([{ count: 1 }]);
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
      await database.drop();
    }
  });

  it("exits with code 1 and one line naming a bad variable", async () => {
    const server = spawnServer({ PORT: "not-a-port", DATA_DIR: dataDir });
    running.push(server);
    expect(await server.exited).toBe(1);
    expect(server.stderr).toBe('Invalid environment variable PORT: expected an integer from 0 to 65535, got "not-a-port"\n');
  });

  // Only root hands PostgreSQL to another OS user; any other user runs it as itself.
  it.skipIf(process.getuid?.() !== 0)("as root, exits with code 1 and one line when DATA_DIR is inside a private folder", async () => {
    const privateDir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "larder-private-")));
    chmodSync(privateDir, 0o700);
    const shop = path.join(privateDir, "shop");
    try {
      const server = spawnServer({ DATA_DIR: shop, EMBEDDED_PG_PORT: String(await freePort()), PORT: "0" });
      running.push(server);
      expect(await server.exited).toBe(1);
      expect(server.stderr).toBe(
        `DATA_DIR ${shop} is not reachable by the OS user postgres that PostgreSQL runs as (${privateDir} is private): choose a DATA_DIR outside private folders such as home folders, or set DATABASE_URL\n`,
      );
      expect(existsSync(path.join(shop, "postgres"))).toBe(false);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});
