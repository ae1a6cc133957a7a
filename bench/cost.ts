/**
 * What the cost budget adds per request: `{ hello }`, a storefront page (S1 of the catalog
 * benchmark) executed, and the same page answered from the response cache, each on Larder with
 * cost analysis off (MAX_QUERY_COST=0), with cost analysis but no buckets (COST_BUCKET_SIZE=0),
 * with the PostgreSQL bucket debited by a statement on every request (COST_LEASE_PERCENT=0), and as
 * configured by default (analysis and a PostgreSQL bucket debited from the server's lease: the
 * bench server's bucket is big enough that the one load-generating client is never throttled, and
 * its lease, 5 % of it, lasts many thousand requests).
 * Servers run pinned to core 0, the load generator and PostgreSQL to core 1; variants are
 * interleaved per round and medians reported.
 * Usage: [BENCH_REDIS_URL=redis://…] npm run bench:cost -- [rounds=3] [seconds=5] [connections=10] [products=2000]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { openDatabase } from "../src/db/client.js";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { dataDirImageStorage } from "../src/modules/catalog/images/storage.js";
import { seedCatalog } from "../src/modules/catalog/seed/seed.js";
import { cpuSeconds, median, printTable, runLoad, startPinned, type LoadResult } from "./harness.js";

const [rounds = 3, seconds = 5, connections = 10, products = 2000] = process.argv.slice(2).map(Number);

const S1 = `{ products(first: 20) { nodes { id title slug priceRange { min { amount currencyCode } }
  variants(first: 10) { nodes { sku price { amount currencyCode } availableForSale } } } } }`;
const WORKLOADS = [
  { name: "{ hello }", body: JSON.stringify({ query: "{ hello }" }), cached: false },
  { name: "S1 storefront page, executed", body: JSON.stringify({ query: S1 }), cached: false },
  { name: "S1 storefront page, from the response cache", body: JSON.stringify({ query: S1 }), cached: true },
];
const VARIANTS: { name: string; env: Record<string, string> }[] = [
  { name: "cost off", env: { MAX_QUERY_COST: "0" } },
  { name: "cost analysis, no bucket", env: { COST_BUCKET_SIZE: "0" } },
  { name: "cost analysis + PostgreSQL bucket, a statement per request (leases off)", env: { COST_LEASE_PERCENT: "0" } },
  { name: "cost analysis + PostgreSQL bucket, leased (default)", env: {} },
  // BENCH_REDIS_URL=redis://… adds the buckets in Redis, with and without leases.
  ...(process.env.BENCH_REDIS_URL
    ? [
        { name: "cost analysis + Redis bucket, a script per request (leases off)", env: { REDIS_URL: process.env.BENCH_REDIS_URL, COST_LEASE_PERCENT: "0" } },
        { name: "cost analysis + Redis bucket, leased", env: { REDIS_URL: process.env.BENCH_REDIS_URL } },
      ]
    : []),
];

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-cost-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
const children: { kill(signal: NodeJS.Signals): void }[] = [];
try {
  const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  execFileSync("taskset", ["-a", "-p", "-c", "1", String(postmaster)], { stdio: "ignore" });
  await applyMigrations(cluster.url);
  const database = openDatabase(cluster.url);
  await seedCatalog(database.pool, dataDirImageStorage(dataDir), { products, reset: true });
  await database.close();

  const base = { DATABASE_URL: cluster.url, LOG_LEVEL: "warn", DATA_DIR: dataDir, NODE_ENV: "production" };
  const servers = new Map<string, { child: { pid?: number }; port: number }>();
  for (const variant of VARIANTS) {
    for (const cached of [false, true]) {
      const server = await startPinned("servers/larder.js", 0, { ...base, ...variant.env, RESPONSE_CACHE_MB: cached ? "64" : "0" });
      children.push(server.child);
      servers.set(`${variant.name}|${cached}`, server);
    }
  }
  const samples = new Map<string, (LoadResult & { cpuUs: number })[]>();
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  for (const workload of WORKLOADS) for (const variant of VARIANTS) runLoad(1, url(servers.get(`${variant.name}|${workload.cached}`)!.port), workload.body, 1, connections); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const workload of WORKLOADS) {
      for (const variant of VARIANTS) {
        const server = servers.get(`${variant.name}|${workload.cached}`)!;
        const before = cpuSeconds(server.child.pid!);
        const result = runLoad(1, url(server.port), workload.body, seconds, connections);
        const cpuUs = ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests;
        const key = `${workload.name}|${variant.name}`;
        samples.set(key, [...(samples.get(key) ?? []), { ...result, cpuUs }]);
      }
    }
  }
  console.log(`\n${rounds} interleaved rounds of ${seconds}s, ${connections} connections, ${products} products; server on core 0, load and PostgreSQL on core 1; medians\n`);
  printTable(
    ["workload", "variant", "req/s", "p50 ms", "p99 ms", "CPU µs/req", "CPU µs/req vs cost off", "errors"],
    WORKLOADS.flatMap((workload) => {
      const off = median(samples.get(`${workload.name}|${VARIANTS[0]!.name}`)!.map((s) => s.cpuUs));
      return VARIANTS.map((variant) => {
        const s = samples.get(`${workload.name}|${variant.name}`)!;
        const cpu = median(s.map((x) => x.cpuUs));
        const delta = cpu - off;
        return [workload.name, variant.name, Math.round(median(s.map((x) => x.rps))), median(s.map((x) => x.p50)), median(s.map((x) => x.p99)), cpu.toFixed(1), `${delta >= 0 ? "+" : ""}${delta.toFixed(1)}`, s.reduce((n, x) => n + x.errors, 0)];
      });
    }),
  );
} finally {
  for (const child of children) child.kill("SIGKILL");
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
