/** The embedded PostgreSQL: a server never runs on a cluster that is not its own. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded.js";
import { freePort } from "./helpers/ports.js";

const folders: string[] = [];
const clusters: EmbeddedPostgres[] = [];

function scratch(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "larder-embedded-"));
  folders.push(folder);
  return folder;
}

afterAll(async () => {
  for (const cluster of clusters) await cluster.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("refuses a port another embedded cluster holds, naming it, and leaves that cluster alone", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir: scratch(), port, database: "first" });
    clusters.push(first);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE mine (id int)");
    await client.end();

    const second = startEmbeddedPostgres({ dataDir: scratch(), port, database: "second" });
    await expect(second).rejects.toThrow(`port ${port} is taken by another PostgreSQL`);

    // The first cluster still serves, and nothing of the second was created in it.
    const again = new pg.Client({ connectionString: first.urlFor("postgres") });
    await again.connect();
    const databases = (await again.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname);
    await again.end();
    expect(databases).toContain("first");
    expect(databases).not.toContain("second");
  }, 60_000);

  it("uses PostgreSQL's own C.UTF-8 locale: code-point order and Unicode case, whatever the machine's locale", async () => {
    const cluster = await startEmbeddedPostgres({ dataDir: scratch(), port: await freePort(), database: "locale" });
    clusters.push(cluster);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const { rows: [database] } = await client.query("SELECT datlocprovider AS provider, datlocale AS locale FROM pg_database WHERE datname = current_database()");
      expect(database).toEqual({ provider: "b", locale: "C.UTF-8" });
      const { rows: [text] } = await client.query("SELECT lower('ÉCLAIR Ø') AS lower, 'Crème Brûlée' ILIKE '%CRÈME%' AS ilike, array_agg(w ORDER BY w) AS sorted FROM unnest(ARRAY['banana', 'Zebra', 'apple', 'Éclair']) w");
      expect(text).toEqual({ lower: "éclair ø", ilike: true, sorted: ["Zebra", "apple", "banana", "Éclair"] });
    } finally {
      await client.end();
    }
  }, 60_000);
});
