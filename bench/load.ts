/** Load generator process: runs autocannon once and prints its summary as JSON. */
import autocannon from "autocannon";

const [url, body, seconds, connections, headers = "{}"] = process.argv.slice(2);
const result = await autocannon({
  url,
  method: "POST",
  headers: { "content-type": "application/json", ...(JSON.parse(headers) as Record<string, string>) },
  body,
  duration: Number(seconds),
  connections: Number(connections),
});
process.stdout.write(
  JSON.stringify({ requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }),
);
