/**
 * `{ hello }` through the full Larder stack vs bare Apollo Server 5 vs raw node:http.
 * Servers run pinned to core 0, the load generator to core 1; variants are interleaved per round.
 * Usage: npm run bench -- [rounds=5] [seconds=5] [connections=10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { applyMigrations } from "../src/db/migrate.js";
import { cpuSeconds, median, printTable, runLoad, startPinned, type LoadResult } from "./harness.js";

const [rounds = 5, seconds = 5, connections = 10] = process.argv.slice(2).map(Number);
const VARIANTS = [
  { name: "raw node:http", script: "servers/raw.js" },
  { name: "bare Apollo Server 5", script: "servers/apollo.js" },
  { name: "Larder full stack", script: "servers/larder.js" },
];
const BODY = JSON.stringify({ query: "{ hello }" });

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
try {
  await applyMigrations(cluster.url);
  const servers = [];
  for (const variant of VARIANTS) servers.push({ ...variant, ...(await startPinned(variant.script, 0, { DATABASE_URL: cluster.url, LOG_LEVEL: "info" })) });
  const samples = new Map<string, (LoadResult & { cpuUs: number })[]>(VARIANTS.map((v) => [v.name, []]));
  for (const server of servers) runLoad(1, `http://127.0.0.1:${server.port}/graphql`, BODY, 1, connections); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const server of servers) {
      const before = cpuSeconds(server.child.pid!);
      const result = runLoad(1, `http://127.0.0.1:${server.port}/graphql`, BODY, seconds, connections);
      const cpuUs = ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests;
      samples.get(server.name)!.push({ ...result, cpuUs });
    }
  }
  for (const server of servers) server.child.kill("SIGKILL");
  const apolloCpu = median(samples.get("bare Apollo Server 5")!.map((s) => s.cpuUs));
  console.log(`\n{ hello }: ${rounds} interleaved rounds of ${seconds}s, ${connections} connections; server on core 0, load on core 1; medians\n`);
  printTable(
    ["variant", "req/s", "p50 ms", "p99 ms", "CPU µs/req", "CPU vs bare Apollo", "errors"],
    VARIANTS.map(({ name }) => {
      const s = samples.get(name)!;
      const cpu = median(s.map((x) => x.cpuUs));
      return [name, Math.round(median(s.map((x) => x.rps))), median(s.map((x) => x.p50)), median(s.map((x) => x.p99)), cpu.toFixed(1), `${(cpu / apolloCpu).toFixed(2)}×`, s.reduce((n, x) => n + x.errors, 0)];
    }),
  );
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
