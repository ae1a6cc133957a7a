/**
 * What operations did not use of their charge (or used beyond it), summed per bucket and written
 * for every bucket at once a moment later, instead of one bucket statement per request after each
 * answer: a request then costs the bucket one statement, its debit.
 *
 * Settling later never weakens the budget: a give-back arriving late only leaves the client a
 * little less to spend until then, and a bucket never holds more than its size. A give-back still
 * waiting when the process dies (a crash; `close` writes them on a clean stop) is lost, which costs
 * its client at most one operation's unused points until the bucket restores them.
 */
import type { BucketLimits, BucketStore, Settlement } from "./leaky-bucket.js";

export class BucketSettlements {
  private pending = new Map<string, Settlement>();
  private timer: NodeJS.Timeout | undefined;
  /** The writes sent so far, one after another: `close` waits for the last. */
  private written: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: BucketStore,
    private readonly afterMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Takes `amount` from bucket `key` within `afterMs` (a negative amount gives points back). */
  add(key: string, amount: number, limits: BucketLimits): void {
    if (amount === 0) return;
    const waiting = this.pending.get(key);
    if (waiting) waiting.amount += amount;
    else this.pending.set(key, { key, amount, limits });
    // A timer only while something waits; unref'd, as it must not keep a stopping process alive.
    this.timer ??= setTimeout(() => void this.flush(), this.afterMs).unref();
  }

  /** Sends what waits, in one round trip; resolves once it and every earlier write are done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      const batch = [...this.pending.values()].filter((s) => s.amount !== 0);
      this.pending = new Map();
      if (batch.length > 0) this.written = this.written.then(() => this.store.settle(batch)).catch(this.onError);
    }
    return this.written;
  }
}
