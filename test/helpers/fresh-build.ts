/**
 * Tests that spawn the server run `dist/`, so a run after an edit of `src/` must not test the
 * previous build: the global setup rebuilds `dist/` when a source is newer than the last build.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const BUILD_INFO = "dist/.tsbuildinfo.build";
const INPUTS = ["src", "bench", "tsconfig.json", "tsconfig.build.json"];

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function lastBuild(): number {
  try {
    return statSync(BUILD_INFO).mtimeMs;
  } catch {
    return 0;
  }
}

/** Runs `tsc -p tsconfig.build.json` (incremental) when `dist/` is missing or older than a source. */
export function ensureFreshBuild(): void {
  if (Math.max(...INPUTS.map(newestChange)) <= lastBuild()) return;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "pipe" });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString("utf8") ?? "";
    throw new Error(`dist/ is older than src/ and rebuilding it failed:\n${output}`);
  }
  // tsc leaves its build info alone when only timestamps changed (a checkout): dist/ is current now.
  const now = new Date();
  utimesSync(BUILD_INFO, now, now);
}
