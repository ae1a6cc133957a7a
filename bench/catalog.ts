/**
 * Catalog benchmark on a seeded catalog (10,000 products by default), every peer serving the same
 * tables: S1 a product list with variants and S2 a product page, on Larder (response cache off: every
 * request executes), PostGraphile 5 (Amber preset) and, for S1, a hand-written node:http + pg
 * handler; S3 search with facets for a common word and a typo, on Larder. Each scenario also runs on
 * Larder as configured by default (repeated anonymous reads answered from memory), and S1 and S2
 * on Larder without its cost bucket (which the other peers do not have).
 * `BENCH_BASELINE=<a built checkout of another commit>[,<another>…]` adds each commit's Larder (cache off)
 * to every scenario, for before/after figures in one run. Servers run pinned to core 0, the load
 * generator and PostgreSQL to core 1; peers are interleaved per round and medians reported. SQL
 * per request is what PostgreSQL counted (pg_stat_statements) over the loaded run, whoever sent it.
 * Usage: npm run bench:catalog -- [rounds=3] [seconds=5] [connections=50] [products=10000] [scenarios=S1,S2,S3]
 * (connections may be a list, e.g. 10,50: every scenario runs at each).
 */
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import "reflect-metadata";
import { openDatabase } from "../src/db/client.js";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { dataDirImageStorage } from "../src/modules/catalog/images/storage.js";
import { seedCatalog } from "../src/modules/catalog/seed/seed.js";
import { S1, S1_POSTGRAPHILE, s1Rows, S2, S2_POSTGRAPHILE, s2Rows, S3 } from "./catalog-queries.js";
import { cpuSeconds, median, printTable, runLoad, startPinned, type LoadResult } from "./harness.js";

const [rounds = 3, seconds = 5, , products = 10000] = process.argv.slice(2).map(Number);
const connectionCounts = (process.argv[4] ?? "50").split(",").map(Number);
const chosen = new Set((process.argv[6] ?? "S1,S2,S3").split(","));
const baselineDirs = (process.env.BENCH_BASELINE ?? "").split(",").filter(Boolean).map((dir) => path.resolve(dir));
/** The V8 flag `npm start` passes: a larger young generation, since a busy server allocates per request. */
const START_NODE_FLAGS = JSON.parse(readFileSync("package.json", "utf8")).scripts.start.match(/--max-semi-space-size=\d+/)[0] as string;

type Server = Awaited<ReturnType<typeof startPinned>> & { name: string };
interface Peer {
  server: Server;
  body: string;
  /** What must equal across peers (Larder's whole answer; for others, the rows they hold). */
  rows?: (answer: unknown) => unknown;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-catalog-"));
const port = 54000 + Math.floor(Math.random() * 1000);
let cluster = await startEmbeddedPostgres({ dataDir, port });
const children: { kill(signal: NodeJS.Signals): void }[] = [];
try {
  // pg_stat_statements counts every statement any peer sends; it must be loaded at server start.
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  await admin.end();
  await cluster.stop();
  cluster = await startEmbeddedPostgres({ dataDir, port });
  // PostgreSQL shares core 1 with the load generator, so core 0 measures the server alone.
  const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  execFileSync("taskset", ["-a", "-p", "-c", "1", String(postmaster)], { stdio: "ignore" });
  await applyMigrations(cluster.url);
  const database = openDatabase(cluster.url);
  await database.pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const seedStarted = Date.now();
  await seedCatalog(database.pool, dataDirImageStorage(dataDir), { products, reset: true });
  // As autovacuum leaves a shop's tables: the seed's rollup updates leave dead rows and a GIN
  // pending list, which autovacuum would otherwise clean up at a moment of its own during the run.
  await database.pool.query("VACUUM (ANALYZE)");
  console.log(`seeded ${products} products in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const [{ slug }] = (await database.pool.query<{ slug: string }>("SELECT slug FROM product ORDER BY created_at DESC OFFSET 7 LIMIT 1")).rows as [{ slug: string }];
  const statementsSoFar = async () => Number((await database.pool.query<{ n: string }>("SELECT sum(calls) AS n FROM pg_stat_statements")).rows[0]!.n);

  // NODE_ENV in the process environment as a deployment sets it: graphql-js reads it when loaded.
  const larderEnv = { DATABASE_URL: cluster.url, LOG_LEVEL: "info", DATA_DIR: dataDir, NODE_ENV: "production" };
  const start = async (name: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> => {
    const server = await startPinned(script, 0, env, { nodeArgs });
    children.push(server.child);
    return { ...server, name };
  };
  const larder = await start("Larder, response cache off", "servers/larder.js", { ...larderEnv, RESPONSE_CACHE_MB: "0" }, [START_NODE_FLAGS]);
  const baselines: Server[] = [];
  for (const dir of baselineDirs) {
    const commit = execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    baselines.push(await start(`Larder at ${commit}, response cache off`, path.join(dir, "dist/bench/servers/larder.js"), { ...larderEnv, RESPONSE_CACHE_MB: "0" }, [START_NODE_FLAGS]));
  }
  const cached = await start("Larder, response cache on (default)", "servers/larder.js", larderEnv, [START_NODE_FLAGS]);
  // The cost bucket is work the other peers do not do (since leases, a statement per lease rather
  // than per request, and the lease's bookkeeping): this peer shows what is left without it (cost
  // analysis still on).
  const noBucket = chosen.has("S1") || chosen.has("S2")
    ? await start("Larder, response cache and cost bucket off", "servers/larder.js", { ...larderEnv, RESPONSE_CACHE_MB: "0", COST_BUCKET_SIZE: "0" }, [START_NODE_FLAGS])
    : undefined;
  const postgraphile = chosen.has("S1") || chosen.has("S2") ? await start("PostGraphile 5.1.5, Amber preset", "servers/postgraphile.js", { DATABASE_URL: cluster.url, NODE_ENV: "production" }) : undefined;
  const raw = chosen.has("S1") ? await start("hand-written node:http + pg", "servers/catalog-raw.js", { DATABASE_URL: cluster.url }) : undefined;

  const larderPeers = (body: string, withoutBucket = false): Peer[] =>
    [larder, ...baselines, ...(withoutBucket ? [noBucket!] : []), cached].map((server) => ({ server, body }));
  const s1 = JSON.stringify({ query: S1 });
  const s2 = JSON.stringify({ query: S2, variables: { slug } });
  const scenarios = [
    ...(chosen.has("S1")
      ? [{ name: "S1 products(first: 20) × variants(first: 10)", peers: [...larderPeers(s1, true), { server: postgraphile!, body: JSON.stringify({ query: S1_POSTGRAPHILE }), rows: s1Rows }, { server: raw!, body: s1 }] }]
      : []),
    ...(chosen.has("S2")
      ? [{ name: "S2 product page by slug", peers: [...larderPeers(s2, true), { server: postgraphile!, body: JSON.stringify({ query: S2_POSTGRAPHILE, variables: { slug } }), rows: s2Rows }] }]
      : []),
    ...(chosen.has("S3")
      ? ["cotton", "sweter"].map((q) => ({ name: `S3 search "${q}" + facets`, peers: larderPeers(JSON.stringify({ query: S3, variables: { q } })) }))
      : []),
  ];

  // Every peer answers the same question: Larder's answers equal (the baseline's and the hand-written
  // handler's byte for byte), PostGraphile's hold the same products and variants.
  const bytes = new Map<string, number>();
  for (const scenario of scenarios) {
    let reference: unknown;
    for (const peer of scenario.peers) {
      const response = await fetch(`http://127.0.0.1:${peer.server.port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: peer.body });
      const text = await response.text();
      const { data, errors } = JSON.parse(text) as { data: unknown; errors?: unknown };
      if (errors || !data) throw new Error(`${scenario.name} on ${peer.server.name}: ${text.slice(0, 500)}`);
      bytes.set(`${scenario.name}|${peer.server.name}`, Buffer.byteLength(text));
      reference ??= { data };
      const same = peer.rows ? isDeepStrictEqual(peer.rows({ data }), peer.rows(reference)) : isDeepStrictEqual({ data }, reference);
      if (!same) throw new Error(`${scenario.name}: ${peer.server.name} answers differently from ${larder.name}`);
    }
  }

  const runs = scenarios.flatMap((scenario) =>
    connectionCounts.flatMap((connections) => scenario.peers.map((peer) => ({ ...peer, scenario: scenario.name, connections, label: `${scenario.name}, ${connections} conn. — ${peer.server.name}` }))),
  );
  const samples = new Map<string, (LoadResult & { cpuUs: number; sql: number })[]>(runs.map((r) => [r.label, []]));
  const alone = new Map<string, LoadResult[]>(runs.map((r) => [r.label, []]));
  const url = (server: Server) => `http://127.0.0.1:${server.port}/graphql`;
  for (const run of runs) runLoad(1, url(run.server), run.body, 2, run.connections); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const run of runs) {
      const [cpuBefore, sqlBefore] = [cpuSeconds(run.server.child.pid!), await statementsSoFar()];
      const result = runLoad(1, url(run.server), run.body, seconds, run.connections);
      // The one statement that reads the count is not the peer's.
      const sql = ((await statementsSoFar()) - sqlBefore - 1) / result.requests;
      samples.get(run.label)!.push({ ...result, sql, cpuUs: ((cpuSeconds(run.server.child.pid!) - cpuBefore) * 1e6) / result.requests });
      // Beside the loaded run, one client alone: the latency of a request that does not queue.
      alone.get(run.label)!.push(runLoad(1, url(run.server), run.body, Math.min(seconds, 3), 1));
    }
  }
  const peakRss = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024);
  const rssOf = new Map(runs.map((run) => [run.server, peakRss(run.server.child.pid!)]));

  const load = (os.loadavg() as number[]).map((n) => n.toFixed(1)).join(" ");
  console.log(`\n${products} products; ${rounds} interleaved rounds of ${seconds}s; server on core 0, load and PostgreSQL on core 1; medians; load average at the end ${load}\n`);
  printTable(
    ["scenario — peer", "req/s", "p50 ms", "p99 ms", "p50/p99 ms, 1 client", "CPU µs/req", "SQL/req", "bytes/resp", "peak RSS MB", "errors"],
    runs.map((run) => {
      const s = samples.get(run.label)!;
      return [
        run.label,
        Math.round(median(s.map((x) => x.rps))),
        median(s.map((x) => x.p50)),
        median(s.map((x) => x.p99)),
        `${median(alone.get(run.label)!.map((x) => x.p50))} / ${median(alone.get(run.label)!.map((x) => x.p99))}`,
        Math.round(median(s.map((x) => x.cpuUs))),
        median(s.map((x) => x.sql)).toFixed(2),
        bytes.get(`${run.scenario}|${run.server.name}`)!,
        rssOf.get(run.server)!,
        s.reduce((n, x) => n + x.errors, 0),
      ];
    }),
  );
  await database.close();
} finally {
  for (const child of children) child.kill("SIGKILL");
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
