/**
 * `npm run mail -- [--to EMAIL] [--last N]`: prints the newest mail recorded in `mail_message`
 * (MAIL_TRANSPORT=database, the development default), oldest of them first, from DATABASE_URL or
 * the embedded PostgreSQL in DATA_DIR. A running server's embedded PostgreSQL is used as it is;
 * otherwise the command starts it for the moment it reads and stops it again.
 */
import pg from "pg";
import { loadConfig } from "../config.js";
import { openEmbeddedPostgres } from "../db/embedded.js";

const USAGE = "usage: mail [--to EMAIL] [--last N (1 to 100)]";

interface Row {
  /** UTC, ISO 8601. */
  sent_at: string;
  recipient: string;
  kind: string;
  subject: string;
  text: string;
}

function parseArgs(args: string[]): { to: string | undefined; last: number } {
  let to: string | undefined;
  let last = 5;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === "--to" && value) to = args[++i]!.trim().toLowerCase();
    else if (args[i] === "--last" && /^\d+$/.test(value ?? "")) last = Number(args[++i]);
    else throw new Error(USAGE);
  }
  if (last < 1 || last > 100) throw new Error(USAGE);
  return { to, last };
}

async function readMail(url: string, to: string | undefined, last: number): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(
      `SELECT to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS sent_at, recipient, kind, subject, text FROM mail_message
        WHERE $1::text IS NULL OR recipient = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [to ?? null, last],
    );
    return rows.reverse();
  } catch (error) {
    // undefined_table: a database the server has not migrated yet holds no mail either.
    if ((error as { code?: string }).code === "42P01") return [];
    throw error;
  } finally {
    await client.end();
  }
}

function format(row: Row): string {
  return [`── ${row.sent_at}  to ${row.recipient}  (${row.kind})`, `Subject: ${row.subject}`, "", row.text, ""].join("\n");
}

async function run(): Promise<string> {
  const { to, last } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  try {
    const rows = await readMail(config.databaseUrl ?? embedded!.url, to, last);
    return rows.length === 0 ? `no mail${to ? ` to ${to}` : ""} recorded` : rows.map(format).join("\n");
  } finally {
    await embedded?.stop();
  }
}

try {
  console.log(await run());
} catch (error) {
  console.error(`mail: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
