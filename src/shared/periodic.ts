/** Periodic background work: one run at a time per process, and a stop that waits for it. */
import type { Logger } from "./logger.js";

export interface PeriodicTask {
  /** Clears the timer and waits for a run in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs`. A slow run is not overlapped by the next tick; a failed run is
 * logged under `name` and the schedule goes on. The timer does not keep the process alive.
 */
export function startPeriodic(name: string, intervalMs: number, log: Logger, task: () => Promise<void>): PeriodicTask {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= task()
      .catch((error: unknown) => log.error({ err: error }, `${name} failed`))
      .finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
