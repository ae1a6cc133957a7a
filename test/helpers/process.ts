/** Runs the built server (`dist/src/main.js`) or worker as a real child process, as `npm start` and `npm run worker` do. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ServerProcess {
  child: ChildProcess;
  /** Parsed JSON log lines seen so far. */
  logs: Record<string, unknown>[];
  stderr: string;
  exited: Promise<number | null>;
  /** Resolves with the ready line once the server listens. */
  ready: Promise<Record<string, unknown>>;
}

const MAIN = path.resolve("dist/src/main.js");
const WORKER_MAIN = path.resolve("dist/src/worker-main.js");

/**
 * Spawns the server with `env` on top of a minimal environment. Unless `env` names a DATA_DIR, the
 * server gets a scratch one, removed when it exits: a test never writes into the checkout's `.data`
 * (the developer's own database and images).
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  return spawnBuilt(MAIN, "Larder ready at", env);
}

/** Spawns `npm run worker`'s process the same way; `ready` resolves once it takes jobs. */
export function spawnWorker(env: Record<string, string>): ServerProcess {
  return spawnBuilt(WORKER_MAIN, "worker ready", env);
}

function spawnBuilt(main: string, readyLine: string, env: Record<string, string>): ServerProcess {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "larder-process-"));
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "development", LOG_LEVEL: "info", DATA_DIR: scratch, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const result: ServerProcess = {
    child,
    logs,
    stderr: "",
    exited: new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))).then((code) => {
      rmSync(scratch, { recursive: true, force: true });
      return code;
    }),
    ready: new Promise((resolve, reject) => {
      let buffer = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        buffer += chunk.toString("utf8");
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          try {
            const entry = JSON.parse(line) as Record<string, unknown>;
            logs.push(entry);
            if (typeof entry.msg === "string" && entry.msg.startsWith(readyLine)) resolve(entry);
          } catch {
            // Not a log line: ignore.
          }
        }
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code} before it was ready: ${result.stderr}${JSON.stringify(logs.slice(-3))}`)));
    }),
  };
  child.stderr!.on("data", (chunk: Buffer) => (result.stderr += chunk.toString("utf8")));
  // A test that expects the process to fail never awaits `ready`; its rejection is not an error then.
  result.ready.catch(() => undefined);
  return result;
}
