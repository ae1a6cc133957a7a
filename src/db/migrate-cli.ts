/**
 * `migrate-cli deploy` applies pending migrations; `migrate-cli create <name>` writes a new one from
 * prisma/schema.prisma. Uses DATABASE_URL when set, else the embedded PostgreSQL in DATA_DIR.
 */
import { startEmbeddedPostgres } from "./embedded.js";
import { applyMigrations, assertMigrationName, createMigration } from "./migrate.js";

const USAGE = "usage: migrate-cli deploy | migrate-cli create <name>";

type Command = { kind: "deploy" } | { kind: "create"; name: string };

function parseArgs(args: string[]): Command {
  const [command, ...rest] = args;
  if (command === "deploy" && rest.length === 0) return { kind: "deploy" };
  if (command === "create" && rest.length === 1) {
    const name = rest[0]!;
    assertMigrationName(name);
    return { kind: "create", name };
  }
  throw new Error(USAGE);
}

function embeddedPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT?.trim();
  if (!raw) return 54329;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1024 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be an integer from 1024 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

async function database(): Promise<{ url: string; stop(): Promise<void> }> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, stop: async () => undefined };
  return startEmbeddedPostgres({ dataDir: process.env.DATA_DIR?.trim() || ".data", port: embeddedPort() });
}

async function run(command: Command): Promise<string> {
  const db = await database();
  try {
    if (command.kind === "deploy") {
      const applied = await applyMigrations(db.url);
      return applied.length === 0 ? "database is up to date" : `applied ${applied.length} migration(s): ${applied.join(", ")}`;
    }
    const folder = await createMigration(command.name, { databaseUrl: db.url });
    return folder === null ? "schema unchanged; no migration created" : `created prisma/migrations/${folder}/migration.sql`;
  } finally {
    await db.stop();
  }
}

try {
  console.log(await run(parseArgs(process.argv.slice(2))));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`migrate: ${message.replace(/\s*\n\s*/g, " ")}`);
  process.exitCode = 1;
}
