/**
 * Catalog benchmark on a seeded 10,000-product catalog: S1 product list with variants (beside a
 * hand-written node:http + pg handler with the same SQL and JSON), S2 a product page, S3 search
 * with facets for a common word and for a typo; each on Larder with the response cache off (every
 * request executes) and as configured by default (repeated anonymous reads answered from memory).
 * Servers run pinned to core 0, the load generator and PostgreSQL to core 1; scenarios are
 * interleaved per round and medians reported.
 * Usage: npm run bench:catalog -- [rounds=3] [seconds=5] [connections=50] [products=10000]
 */
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { readinessCheck } from "../src/db/readiness.js";
import { dataDirImageStorage } from "../src/modules/catalog/images/storage.js";
import { seedCatalog } from "../src/modules/catalog/seed/seed.js";
import { startServer } from "../src/server.js";
import { createLogger } from "../src/shared/logger.js";
import { cpuSeconds, median, printTable, runLoad, startPinned, type LoadResult } from "./harness.js";

const [rounds = 3, seconds = 5, connections = 50, products = 10000] = process.argv.slice(2).map(Number);
/** The V8 flag `npm start` passes: a larger young generation, since a busy server allocates per request. */
const START_NODE_FLAGS = JSON.parse(readFileSync("package.json", "utf8")).scripts.start.match(/--max-semi-space-size=\d+/)[0] as string;

const S1 = `{ products(first: 20) { nodes { id title slug priceRange { min { amount currencyCode } }
  variants(first: 10) { nodes { sku price { amount currencyCode } availableForSale } } } } }`;
const S2 = `query ($slug: String!) { product(slug: $slug) { id title slug description status availableForSale
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  options { id name values { id name } } images { url width height alt } featuredImage { url width height }
  collections { title slug parent { title slug } }
  variants(first: 50) { totalCount nodes { id sku title price { amount currencyCode } compareAtPrice { amount currencyCode }
    availableForSale weightGrams selectedOptions { name value } featuredImage { url } } } } }`;
const S3 = `query ($q: String!) { search(query: $q, first: 20) { totalCount
  nodes { id title slug priceRange { min { amount currencyCode } } featuredImage { url } }
  facets { options { name values { value count } } collections { count collection { title slug } }
    prices { min { amount } max { amount } count } } } }`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-catalog-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
const children: { kill(signal: NodeJS.Signals): void }[] = [];
try {
  // PostgreSQL shares core 1 with the load generator, so core 0 measures the server alone.
  const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  execFileSync("taskset", ["-a", "-p", "-c", "1", String(postmaster)], { stdio: "ignore" });
  await applyMigrations(cluster.url);
  const database = openDatabase(cluster.url);
  const seedStarted = Date.now();
  await seedCatalog(database.pool, dataDirImageStorage(dataDir), { products, reset: true });
  console.log(`seeded ${products} products in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const [{ slug }] = (await database.pool.query<{ slug: string }>("SELECT slug FROM product ORDER BY created_at DESC OFFSET 7 LIMIT 1")).rows as [{ slug: string }];

  const scenarios = [
    { name: "S1 products(first: 20) + variants(first: 10)", body: JSON.stringify({ query: S1 }), raw: true },
    { name: "S2 product page by slug", body: JSON.stringify({ query: S2, variables: { slug } }), raw: false },
    { name: 'S3 search "cotton" + facets', body: JSON.stringify({ query: S3, variables: { q: "cotton" } }), raw: false },
    { name: 'S3 search typo "sweter" + facets', body: JSON.stringify({ query: S3, variables: { q: "sweter" } }), raw: false },
  ];

  // SQL statements per request, from an unpinned test-mode server that reports them.
  const probeConfig = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "silent", DATA_DIR: dataDir });
  const probe = await startServer({ config: probeConfig, sql: database.sql, pool: database.pool, log: createLogger("silent").log, checkReadiness: readinessCheck(database.pool) });
  const statements = new Map<string, number>();
  const answers = new Map<string, unknown>();
  for (const scenario of scenarios) {
    const response = await fetch(`http://127.0.0.1:${probe.port}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-debug-sql": "1" }, body: scenario.body });
    const json = (await response.json()) as { data: unknown; errors?: unknown; extensions: { sqlStatements: number } };
    if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
    statements.set(scenario.name, json.extensions.sqlStatements);
    answers.set(scenario.name, { data: json.data });
  }
  await probe.stop();

  // The same V8 flag as `npm start` (see the README's performance section), and NODE_ENV in the
  // process environment as a deployment sets it: graphql-js reads it when loaded, not from our config.
  // Larder as configured by default (anonymous catalog reads answered from the response cache) and
  // with the cache off, which runs every request: the comparison with the hand-written handler.
  const larderEnv = { DATABASE_URL: cluster.url, LOG_LEVEL: "info", DATA_DIR: dataDir, NODE_ENV: "production" };
  const larderLog = path.join(dataDir, "larder-access.log");
  const larder = await startPinned("servers/larder.js", 0, larderEnv, { nodeArgs: [START_NODE_FLAGS], stdout: openSync(larderLog, "w") });
  const uncached = await startPinned("servers/larder.js", 0, { ...larderEnv, RESPONSE_CACHE_MB: "0" }, { nodeArgs: [START_NODE_FLAGS] });
  const raw = await startPinned("servers/catalog-raw.js", 0, { DATABASE_URL: cluster.url });
  children.push(larder.child, uncached.child, raw.child);
  const rawAnswer = await (await fetch(`http://127.0.0.1:${raw.port}/graphql`, { method: "POST", body: scenarios[0]!.body })).json();
  if (!isDeepStrictEqual(rawAnswer, answers.get(scenarios[0]!.name))) throw new Error("the hand-written handler's JSON differs from Larder's");

  const runs = scenarios.flatMap((s) => [
    { ...s, server: uncached, label: `${s.name} — Larder, response cache off` },
    ...(s.raw ? [{ ...s, server: raw, label: `${s.name} — hand-written node:http + pg` }] : []),
    { ...s, server: larder, label: `${s.name} — Larder, response cache on (default)` },
  ]);
  const samples = new Map<string, (LoadResult & { cpuUs: number })[]>(runs.map((r) => [r.label, []]));
  for (const run of runs) runLoad(1, `http://127.0.0.1:${run.server.port}/graphql`, run.body, 2, connections); // warm-up
  // Beside the loaded runs, one client alone: the latency of a request that does not queue.
  const alone = new Map<string, LoadResult[]>(runs.map((r) => [r.label, []]));
  for (let round = 0; round < rounds; round++) {
    for (const run of runs) {
      const before = cpuSeconds(run.server.child.pid!);
      const result = runLoad(1, `http://127.0.0.1:${run.server.port}/graphql`, run.body, seconds, connections);
      samples.get(run.label)!.push({ ...result, cpuUs: ((cpuSeconds(run.server.child.pid!) - before) * 1e6) / result.requests });
      alone.get(run.label)!.push(runLoad(1, `http://127.0.0.1:${run.server.port}/graphql`, run.body, Math.min(seconds, 3), 1));
    }
  }
  const peakRss = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024);
  const rssOf = new Map([larder, uncached, raw].map((server) => [server, peakRss(server.child.pid!)]));
  const rps = (label: string) => median(samples.get(label)!.map((s) => s.rps));

  console.log(`\n${products} products; ${rounds} interleaved rounds of ${seconds}s at ${connections} connections; server on core 0, load and PostgreSQL on core 1; medians\n`);
  printTable(
    ["scenario", "req/s", "p50 ms", "p99 ms", "p50/p99 ms, 1 client", "CPU µs/req", "SQL/req", "peak RSS MB", "errors"],
    runs.map((run) => {
      const s = samples.get(run.label)!;
      return [
        run.label,
        Math.round(rps(run.label)),
        median(s.map((x) => x.p50)),
        median(s.map((x) => x.p99)),
        `${median(alone.get(run.label)!.map((x) => x.p50))} / ${median(alone.get(run.label)!.map((x) => x.p99))}`,
        Math.round(median(s.map((x) => x.cpuUs))),
        // The hand-written handler runs exactly its two statements; a cached answer runs none.
        run.server === raw ? 2 : run.server === larder ? "0 (cached)" : statements.get(run.name)!,
        rssOf.get(run.server)!,
        s.reduce((n, x) => n + x.errors, 0),
      ];
    }),
  );
  const s1 = (server: typeof raw) => runs.find((r) => r.raw && r.server === server)!.label;
  console.log(`\nS1 throughput, Larder (response cache off) vs hand-written: ${(rps(s1(uncached)) / rps(s1(raw))).toFixed(2)}×`);
  const executions = readFileSync(larderLog, "utf8").split("\n").filter((line) => line.includes('"msg":"request"'));
  const hits = executions.filter((line) => line.includes('"execution":"cached"')).length;
  console.log(`Larder with the response cache answered ${hits} of its ${executions.length} requests (${((100 * hits) / executions.length).toFixed(2)} %) from memory.`);
  await database.close();
} finally {
  for (const child of children) child.kill("SIGKILL");
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
