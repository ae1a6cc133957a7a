import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./helpers/ports.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations, createMigration, pendingMigrations } from "../src/db/migrate.js";

const PRISMA_DIR = fileURLToPath(new URL("../prisma", import.meta.url));
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const MIGRATION_NAMES = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let tempRoot: string;
let cluster: EmbeddedPostgres;
let databaseCount = 0;

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `migrate_test_${++databaseCount}`;
  await sql(cluster.urlFor("postgres"), `CREATE DATABASE ${name}`);
  return cluster.urlFor(name);
}

/** A migrations folder holding the project's migrations plus `extra` ones (folder name → SQL). */
function migrationsCopy(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tempRoot, "migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, script] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), script);
  }
  return dir;
}

/** A fresh database with the project's migrations applied up to, not including, the one named `name`. */
async function databaseBefore(name: string): Promise<string> {
  const target = MIGRATION_NAMES.find((folder) => folder.endsWith(`_${name}`))!;
  const before = migrationsCopy();
  for (const folder of MIGRATION_NAMES.filter((folder) => folder >= target)) rmSync(path.join(before, folder), { recursive: true });
  const url = await freshDatabase();
  await applyMigrations(url, before);
  return url;
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number };

function migrationRows(url: string): Promise<MigrationRow[]> {
  return sql<MigrationRow>(url, "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name");
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await sql<{ found: string | null }>(url, `SELECT to_regclass('public."${table}"')::text AS found`);
  return row!.found !== null;
}

beforeAll(async () => {
  tempRoot = mkdtempSync(path.join(os.tmpdir(), "larder-migrate-"));
  cluster = await startEmbeddedPostgres({ dataDir: tempRoot, port: await freePort() });
});

afterAll(async () => {
  await cluster?.stop();
  rmSync(tempRoot, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("creates the tables and records every migration with Prisma's checksum", async () => {
    expect(MIGRATION_NAMES.length).toBeGreaterThan(0);
    const url = await freshDatabase();
    expect(await pendingMigrations(url, MIGRATIONS_DIR)).toEqual(MIGRATION_NAMES);

    expect(await applyMigrations(url, MIGRATIONS_DIR)).toEqual(MIGRATION_NAMES);

    expect(await tableExists(url, "greeting")).toBe(true);
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(MIGRATION_NAMES);
    for (const row of rows) {
      const script = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await pendingMigrations(url, MIGRATIONS_DIR)).toEqual([]);

    expect(await applyMigrations(url, MIGRATIONS_DIR)).toEqual([]);
    expect(await migrationRows(url)).toHaveLength(MIGRATION_NAMES.length);
  });

  it("applies each migration once when two callers race on a fresh database", async () => {
    // The slow migration keeps the first caller busy while the second one arrives.
    const dir = migrationsCopy({ "20990101000000_slow": "SELECT pg_sleep(0.5);\nCREATE TABLE slow_marker (id integer);\n" });
    const names = [...MIGRATION_NAMES, "20990101000000_slow"];
    const url = await freshDatabase();

    const results = await Promise.all([applyMigrations(url, dir), applyMigrations(url, dir)]);

    expect(results.flat().sort()).toEqual(names);
    expect(results.some((applied) => applied.length === 0)).toBe(true);
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("lists only the migrations added since the last apply as pending", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, MIGRATIONS_DIR);
    const dir = migrationsCopy({ "20990101000000_later": "CREATE TABLE later (id integer);\n" });

    expect(await pendingMigrations(url, dir)).toEqual(["20990101000000_later"]);
    expect(await applyMigrations(url, dir)).toEqual(["20990101000000_later"]);
    expect(await pendingMigrations(url, dir)).toEqual([]);
  });

  it("sends a migration to PostgreSQL whole, so semicolons inside function bodies are safe", async () => {
    const dir = migrationsCopy({
      "20990101000000_function":
        "CREATE FUNCTION answer() RETURNS integer LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 42;\nEND;\n$$;\n",
    });
    const url = await freshDatabase();

    await applyMigrations(url, dir);

    expect(await sql<{ answer: number }>(url, "SELECT answer()")).toEqual([{ answer: 42 }]);
  });

  it("gives the products that already hold option pairs their option set when the option-set migration runs", async () => {
    const url = await databaseBefore("search_option_sets");
    await sql(
      url,
      `INSERT INTO product (id, title, slug, updated_at, facet_options) VALUES
         ('00000000-0000-4000-8000-000000000001', 'Shirt', 'shirt', now(), ARRAY['Size' || chr(31) || 'M', 'Color' || chr(31) || 'Red']),
         ('00000000-0000-4000-8000-000000000002', 'Mug', 'mug', now(), ARRAY[]::text[])`,
    );

    await applyMigrations(url, MIGRATIONS_DIR);

    expect(await sql(url, "SELECT slug, facet_option_set FROM product ORDER BY slug")).toEqual([
      { slug: "mug", facet_option_set: "" },
      { slug: "shirt", facet_option_set: "Size\u001fM\u001eColor\u001fRed" },
    ]);
  });

  it("gives the products already there their title words, and the vocabulary those words, when the search-words migration runs", async () => {
    const url = await databaseBefore("search_words");
    await sql(url, `INSERT INTO product (id, title, slug, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Linen T-Shirt', 'shirt', now()), ('00000000-0000-4000-8000-000000000002', 'Linen Mug', 'mug', now())`);

    await applyMigrations(url, MIGRATIONS_DIR);

    expect(await sql(url, "SELECT slug, title_words FROM product ORDER BY slug")).toEqual([
      { slug: "mug", title_words: ["linen", "mug"] },
      { slug: "shirt", title_words: ["linen", "shirt", "t", "t-shirt"] },
    ]);
    expect(await sql(url, "SELECT word FROM search_word ORDER BY word")).toEqual(["linen", "mug", "shirt", "t", "t-shirt"].map((word) => ({ word })));
  });

  it("fails clearly on broken SQL, leaves nothing half-applied and does not record it as finished", async () => {
    const broken = "20990101000000_broken";
    const dir = migrationsCopy({ [broken]: "CREATE TABLE half_done (id integer);\nCREATE TABLEX oops;\n" });
    const url = await freshDatabase();

    await expect(applyMigrations(url, dir)).rejects.toThrow(new RegExp(`^migration ${broken} failed: .*syntax error at or near "TABLEX"`));

    const rows = await migrationRows(url);
    expect(rows.find((row) => row.migration_name === broken)?.finished_at).toBeNull();
    expect(rows.filter((row) => row.finished_at !== null).map((row) => row.migration_name)).toEqual(MIGRATION_NAMES);
    expect(await tableExists(url, "half_done")).toBe(false);
    expect(await pendingMigrations(url, dir)).toEqual([broken]);
  });
});

describe("createMigration", () => {
  it("returns null for the project's schema, whose migrations are complete", async () => {
    const dir = migrationsCopy();
    expect(await createMigration("noop", { databaseUrl: cluster.url, schemaPath: SCHEMA_PATH, migrationsDir: dir })).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(readdirSync(MIGRATIONS_DIR).sort());
  });

  it("writes the SQL for a schema change, then nothing once the migrations include it", async () => {
    const dir = migrationsCopy();
    rmSync(path.join(dir, "migration_lock.toml"));
    const schemaPath = path.join(mkdtempSync(path.join(tempRoot, "schema-")), "schema.prisma");
    writeFileSync(
      schemaPath,
      `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel Pantry {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n`,
    );

    const folder = await createMigration("add_pantry", { databaseUrl: cluster.url, schemaPath, migrationsDir: dir });

    expect(folder).toMatch(/^\d{14}_add_pantry$/);
    expect(folder! > MIGRATION_NAMES.at(-1)!).toBe(true);
    const script = readFileSync(path.join(dir, folder!, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "Pantry"');
    expect(script).toContain('CREATE UNIQUE INDEX "Pantry_label_key"');
    expect(script).not.toContain("greeting");
    expect(readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toMatch(/^provider = "postgresql"$/m);

    expect(await createMigration("again", { databaseUrl: cluster.url, schemaPath, migrationsDir: dir })).toBeNull();
    expect(readdirSync(dir).filter((name) => name.endsWith("_again"))).toEqual([]);

    const url = await freshDatabase();
    expect(await applyMigrations(url, dir)).toEqual([...MIGRATION_NAMES, folder]);
    expect(await tableExists(url, "Pantry")).toBe(true);
  });

  it("drops its scratch database and rejects bad names before touching anything", async () => {
    const scratch = await sql(cluster.urlFor("postgres"), "SELECT datname FROM pg_database WHERE datname LIKE 'larder_scratch_%'");
    expect(scratch).toEqual([]);
    const dir = migrationsCopy();
    const before = readdirSync(dir).sort();
    await expect(createMigration("Bad-Name", { databaseUrl: "postgresql://127.0.0.1:1/none", migrationsDir: dir })).rejects.toThrow(/invalid migration name/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
