/**
 * The cost of being signed in: anonymous `{ hello }` vs the same query with a session (the session
 * check alone) vs `me` with its address book, all against one Larder server in production mode.
 * The server runs pinned to core 0, the load generator to core 1; workloads are interleaved per
 * round. SQL statements per request come from the server's access log.
 * Usage: npm run bench:identity -- [rounds=5] [seconds=5] [connections=10]
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { openDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { createSession } from "../src/modules/identity/sessions.js";
import { uuidv7 } from "../src/shared/uuid.js";
import { cpuSeconds, median, printTable, runLoad, startPinned, type LoadResult } from "./harness.js";

const [rounds = 5, seconds = 5, connections = 10] = process.argv.slice(2).map(Number);
const ME = `query Me { me { id email firstName lastName emailVerified preferences { locale marketingOptIn }
  addresses { id firstName lastName line1 city postalCode countryCode isDefaultShipping isDefaultBilling }
  defaultShippingAddress { id } } }`;

/** A customer with three addresses and a live session, written straight into the database. */
async function seedCustomer(url: string): Promise<string> {
  const database = openDatabase(url, { max: 1 });
  try {
    const sql = database.sql;
    const customerId = uuidv7();
    await sql.execute`
      INSERT INTO customer (id, email, password_hash, first_name, last_name, locale, updated_at)
      VALUES (${customerId}::uuid, 'bench@example.test', 'not-a-login', 'Bench', 'Mark', 'en-GB', now())`;
    const addressIds = ["Bern", "Basel", "Zürich"].map(() => uuidv7());
    await sql.execute`
      INSERT INTO address (id, customer_id, first_name, last_name, line1, city, postal_code, country_code, updated_at)
      SELECT a.id, ${customerId}::uuid, 'Bench', 'Mark', '1 Main Street', a.city, '3000', 'CH', now() FROM unnest(${addressIds}::uuid[], ${["Bern", "Basel", "Zürich"]}::text[]) AS a(id, city)`;
    await sql.execute`UPDATE customer SET default_shipping_address_id = ${addressIds[0]}::uuid, default_billing_address_id = ${addressIds[0]}::uuid WHERE id = ${customerId}::uuid`;
    return (await createSession(sql, { customerId })).token;
  } finally {
    await database.close();
  }
}

/** Average `sqlStatements` of the access-log lines of each operation name. */
function sqlPerOperation(logFile: string): Map<string, number> {
  const totals = new Map<string, { requests: number; statements: number }>();
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.includes('"msg":"request"')) continue;
    const entry = JSON.parse(line) as { operationName?: string; sqlStatements: number };
    const total = totals.get(entry.operationName ?? "") ?? { requests: 0, statements: 0 };
    total.requests += 1;
    total.statements += entry.sqlStatements;
    totals.set(entry.operationName ?? "", total);
  }
  return new Map([...totals].map(([name, t]) => [name, t.statements / t.requests]));
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "larder-bench-"));
const cluster = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 1000) });
try {
  await applyMigrations(cluster.url);
  const token = await seedCustomer(cluster.url);
  const signedIn = { authorization: `Bearer ${token}` };
  const workloads = [
    { name: "anonymous { hello }", operation: "Hello", body: JSON.stringify({ query: "query Hello { hello }" }), headers: {} },
    { name: "signed-in { hello }", operation: "HelloSignedIn", body: JSON.stringify({ query: "query HelloSignedIn { hello }" }), headers: signedIn },
    { name: "signed-in me { … addresses }", operation: "Me", body: JSON.stringify({ query: ME }), headers: signedIn },
  ];

  const logFile = path.join(dataDir, "server.log");
  const log = openSync(logFile, "w");
  const server = await startPinned("servers/larder.js", 0, { DATABASE_URL: cluster.url, LOG_LEVEL: "info" }, { stdout: log });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...signedIn }, body: workloads[2].body });
  const checked = (await check.json()) as { data?: { me?: { addresses: unknown[] } } };
  if (checked.data?.me?.addresses.length !== 3) throw new Error(`unexpected answer to me: ${JSON.stringify(checked)}`);

  const samples = new Map<string, (LoadResult & { cpuUs: number })[]>(workloads.map((w) => [w.name, []]));
  for (const w of workloads) runLoad(1, url, w.body, 1, connections, w.headers); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const w of workloads) {
      const before = cpuSeconds(server.child.pid!);
      const result = runLoad(1, url, w.body, seconds, connections, w.headers);
      samples.get(w.name)!.push({ ...result, cpuUs: ((cpuSeconds(server.child.pid!) - before) * 1e6) / result.requests });
    }
  }
  server.child.kill("SIGTERM");
  await new Promise((resolve) => server.child.once("exit", resolve));
  closeSync(log);
  const sql = sqlPerOperation(logFile);

  const baseline = median(samples.get(workloads[0].name)!.map((s) => s.cpuUs));
  console.log(`\nIdentity: ${rounds} interleaved rounds of ${seconds}s, ${connections} connections; server on core 0, load on core 1; medians\n`);
  printTable(
    ["workload", "req/s", "p50 ms", "p99 ms", "CPU µs/req", "CPU vs anonymous hello", "SQL/req", "errors"],
    workloads.map((w) => {
      const s = samples.get(w.name)!;
      const cpu = median(s.map((x) => x.cpuUs));
      return [w.name, Math.round(median(s.map((x) => x.rps))), median(s.map((x) => x.p50)), median(s.map((x) => x.p99)), cpu.toFixed(1), `${(cpu / baseline).toFixed(2)}×`, (sql.get(w.operation) ?? 0).toFixed(2), s.reduce((n, x) => n + x.errors, 0)];
    }),
  );
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
