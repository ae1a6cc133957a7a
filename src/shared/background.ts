/** Work that outlives the request that started it (mail delivery), tracked so shutdown can wait for it. */
import type { Logger } from "./logger.js";

export class BackgroundTasks {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `task`; a failure is logged with `name`, never thrown at the caller. */
  run(name: string, task: () => Promise<void>): void {
    const running: Promise<void> = task()
      .catch((error: unknown) => this.log.error({ err: error, task: name }, "background task failed"))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /** Resolves once every started task (and any task they started) has finished. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
