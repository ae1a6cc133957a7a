/**
 * Load generator process for GraphQL scenarios where every client has its own headers and request
 * bodies (a cart token, a sequence of carts to place), which autocannon cannot express.
 *
 * Usage: node graphql-load.js <job.json>. A job is { url, seconds, clients: [{ requests }] }, each
 * request a body and its headers: with `seconds`, each client cycles through its requests until
 * time is up; without, it sends each once, in order. Prints { requests, seconds, rps, p50, p99, outcomes, errors } as JSON, where
 * outcomes counts the `__typename` of the first field of each response (or the error code).
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface LoadJob {
  url: string;
  seconds?: number;
  clients: { requests: { headers: Record<string, string>; body: string }[] }[];
}

export interface GraphqlLoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  outcomes: Record<string, number>;
  errors: number;
}

const job = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as LoadJob;
const target = new URL(job.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients.length });

function post(headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** The `__typename` of the first root field, or the first error's code. */
function outcomeOf(status: number, text: string): string {
  try {
    const parsed = JSON.parse(text) as { data?: Record<string, { __typename?: string } | null>; errors?: { extensions?: { code?: string } }[] };
    if (parsed.errors?.length) return `error:${parsed.errors[0]!.extensions?.code ?? "unknown"}`;
    const first = parsed.data ? Object.values(parsed.data)[0] : undefined;
    return first?.__typename ?? `http:${status}`;
  } catch {
    return `http:${status}`;
  }
}

const latencies: number[] = [];
const outcomes: Record<string, number> = {};
let errors = 0;
const started = performance.now();
const deadline = job.seconds === undefined ? Number.POSITIVE_INFINITY : started + job.seconds * 1000;

await Promise.all(
  job.clients.map(async (client) => {
    for (let i = 0; job.seconds === undefined ? i < client.requests.length : performance.now() < deadline; i++) {
      const request = client.requests[i % client.requests.length]!;
      const t0 = performance.now();
      let outcome: string;
      try {
        const { status, text } = await post(request.headers, request.body);
        outcome = outcomeOf(status, text);
      } catch {
        outcome = "error:connection";
      }
      latencies.push(performance.now() - t0);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome.startsWith("error:") || outcome.startsWith("http:")) errors += 1;
    }
  }),
);

const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
const result: GraphqlLoadResult = { requests: latencies.length, seconds: elapsed, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), outcomes, errors };
process.stdout.write(JSON.stringify(result));
agent.destroy();
