/**
 * Prisma's schema engine compiled to WebAssembly, reaching PostgreSQL through the `pg` driver
 * adapter. The `prisma migrate` commands need a native engine binary that is downloaded from
 * outside the npm registry; this engine ships inside an npm package and writes the same
 * `_prisma_migrations` bookkeeping, so either tool can take over a database from the other.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaContainer, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaContainer, SchemaEngine };

/** No tables or enums are managed outside the migrations. */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

const BINDINGS = "@prisma/schema-engine-wasm/schema_engine_bg";
const CHAR_OID = 18;
const TEXT_OID = 25;

// Node has WebAssembly as a global; the project's type libraries (no DOM) just do not describe it.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<object>;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
};

type Runtime = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let runtime: Promise<Runtime> | undefined;

/**
 * The bindings module holds a single wasm instance, so it is instantiated once per process.
 * Importing it directly as an ES module would need Node's experimental wasm-modules flag.
 */
function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = createRequire(import.meta.url).resolve(BINDINGS).replace(/\.js$/, ".wasm");
    const module = await WebAssembly.compile(readFileSync(wasmFile));
    const imports: Record<string, unknown> = { ...bindings };
    // The engine arms timers it never cancels (there is no clearTimeout import); unreferenced, they
    // stop holding a process open for seconds after its work is done.
    for (const name of Object.keys(imports)) {
      if (name.startsWith("__wbg_setTimeout_")) {
        imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
      }
    }
    // The engine reports a Rust panic through this global; without it the panic surfaces as an
    // unrelated TypeError. The Prisma client installs its own, which is kept when present.
    const host = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    host.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message) {
        throw new Error(`schema engine panic: ${message}`);
      },
    };
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": imports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return runtime;
}

/**
 * The engine's catalogue queries read `"char"` columns (such as `pg_constraint.contype`) and expect
 * them typed as characters, but the pg adapter rejects that type outright. The pool reports them
 * as text so the adapter accepts the row, and remembers their positions (keyed by the rows array,
 * which the adapter passes through unchanged) so the type can be restored afterwards.
 */
function catalogueAwarePool(databaseUrl: string): { pool: pg.Pool; charColumns: WeakMap<unknown[], number[]> } {
  // No idle timeout: the engine's migration lock lives on one pooled session and must last until close.
  const pool = new pg.Pool({ connectionString: databaseUrl, idleTimeoutMillis: 0 });
  const charColumns = new WeakMap<unknown[], number[]>();
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    const positions: number[] = [];
    result.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    });
    if (positions.length > 0) charColumns.set(result.rows, positions);
    return result;
  }) as unknown as typeof pool.query;
  return { pool, charColumns };
}

function adapterFactory(databaseUrl: string): { factory: SqlMigrationAwareDriverAdapterFactory; pool: pg.Pool } {
  const { pool, charColumns } = catalogueAwarePool(databaseUrl);
  const pgFactory = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    async connect() {
      const adapter = await pgFactory.connect();
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = async (query) => {
        const result = await queryRaw(query);
        for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
        return result;
      };
      // The adapter splits scripts on ";" (breaking dollar-quoted bodies) and runs the pieces one by
      // one. Sent whole, as the native engine does, PostgreSQL runs a migration as one implicit
      // transaction, so a failing migration leaves nothing half-applied.
      adapter.executeScript = async (script) => {
        try {
          await pool.query(script);
        } catch (error) {
          if (!(error instanceof pg.DatabaseError)) throw error;
          const { code = "", severity = "ERROR", message, detail, column, hint } = error;
          throw new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
        }
      };
      return adapter;
    },
    connectToShadowDb: () => Promise.reject(new Error("this runner never uses a shadow database")),
  };
  return { factory, pool };
}

/** Turns an engine error (message followed by a span trace) into one readable sentence. */
function readableEngineError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const lines = error.message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const summary = (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== "external connector error")
    .join(" ");
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  return new Error(migration ? `migration ${migration} failed: ${summary}` : summary, { cause: error });
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl` (and knowing `schemaFiles`), then
 * closes its connections, which also releases the migration lock the engine takes.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schemaFiles: SchemaContainer[],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadRuntime();
  const { factory, pool } = adapterFactory(databaseUrl);
  try {
    const datamodels = schemaFiles.length > 0 ? schemaFiles.map((file): [string, string] => [file.path, file.content]) : undefined;
    const engine = await SchemaEngine.new({ datamodels }, () => undefined, bindMigrationAwareSqlAdapterFactory(factory));
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw readableEngineError(error);
  } finally {
    await pool.end();
  }
}

/** Names of the migration folders in `migrationsDir`, in the order Prisma applies them. */
export function migrationNames(migrationsDir: string): string[] {
  let entries;
  try {
    entries = readdirSync(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Loads the migrations folder the way the Prisma CLI hands it to the engine. */
export function readMigrationList(migrationsDir: string): MigrationList {
  const baseDir = path.resolve(migrationsDir);
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: readOrNull(path.join(baseDir, "migration_lock.toml")) },
    shadowDbInitScript: "",
    migrationDirectories: migrationNames(baseDir).map((name) => {
      const script = readOrNull(path.join(baseDir, name, "migration.sql"));
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: script === null ? { tag: "error", value: `cannot read ${name}/migration.sql` } : { tag: "ok", value: script },
        },
      };
    }),
  };
}
