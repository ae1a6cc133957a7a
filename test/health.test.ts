/** Readiness follows the database: 503 while it cannot serve, 200 again once it can. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, query } from "./helpers/database.js";
import { startTestServer, waitFor, type TestServer } from "./helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

async function readiness(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.origin}/readyz`);
  return { status: response.status, body: await response.json() };
}

const READY = { status: 200, body: { status: "ok", database: "ok", pendingMigrations: [] } };

describe("GET /readyz", () => {
  it("answers 503 naming a migration that is not applied, and 200 once it is", async () => {
    expect(await readiness()).toEqual(READY);
    const [latest] = await query<Record<string, unknown>>(server.databaseUrl, "SELECT * FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1");
    await query(server.databaseUrl, "DELETE FROM _prisma_migrations WHERE id = $1", [latest!.id]);
    try {
      expect(await readiness()).toEqual({ status: 503, body: { status: "unavailable", database: "ok", pendingMigrations: [latest!.migration_name] } });
    } finally {
      const columns = Object.keys(latest!);
      await query(server.databaseUrl, `INSERT INTO _prisma_migrations (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(latest!));
    }
    expect(await readiness()).toEqual(READY);
  });

  it("answers 503 while the database refuses connections, and 200 once it accepts them again", async () => {
    const name = new URL(server.databaseUrl).pathname.slice(1);
    expect(await readiness()).toEqual(READY);
    await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    try {
      await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      expect(await readiness()).toEqual({ status: 503, body: { status: "unavailable", database: "unreachable", pendingMigrations: [] } });
      // Liveness is about the process, not its dependencies.
      expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    } finally {
      await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    }
    await waitFor(async () => ((await readiness()).status === 200 ? true : undefined), "readiness to recover");
    expect(await readiness()).toEqual(READY);
  });
});
