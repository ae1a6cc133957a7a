/** Shared pieces of the benchmarks: pinned processes, CPU accounting, medians and tables. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
const BENCH_DIR = path.dirname(new URL(import.meta.url).pathname);

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Starts a bench server (a path from bench/, or absolute) pinned to `core`; resolves once it reports its port. `stdout` is a file descriptor for its log. */
export async function startPinned(
  script: string,
  core: number,
  env: Record<string, string> = {},
  options: { stdout?: number; nodeArgs?: string[] } = {},
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn("taskset", ["-c", String(core), process.execPath, ...(options.nodeArgs ?? []), path.resolve(BENCH_DIR, script)], {
    stdio: ["ignore", options.stdout ?? "ignore", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { port: number }) => resolve(m.port));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs the load generator pinned to `core` against `url`, sending `headers` with every request. */
export function runLoad(core: number, url: string, body: string, seconds: number, connections: number, headers: Record<string, string> = {}): LoadResult {
  const args = [path.join(BENCH_DIR, "load.js"), url, body, String(seconds), String(connections), JSON.stringify(headers)];
  const out = execFileSync("taskset", ["-c", String(core), process.execPath, ...args], { encoding: "utf8" });
  return JSON.parse(out) as LoadResult;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints rows as an aligned Markdown table. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}
