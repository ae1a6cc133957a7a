/**
 * Leases on the shared cost buckets, so that a steady client costs no bucket statement per
 * request. Per bucket an instance holds an allowance: points it took from the shared bucket
 * (PostgreSQL or Redis) and has not spent yet. An operation the allowance covers is debited from it
 * in memory; otherwise one take from the shared bucket brings what the operation needs and a lease
 * beside it (`percent` of the bucket's size), or all the bucket holds when that is less but still
 * enough. One take per bucket is in flight at a time: the others wait for it, then find the
 * allowance it brought. Give-backs and charges of a settled operation go to the allowance while a
 * lease is held; without one, they wait in the batched settlements (bucket-settlements.ts). An
 * allowance unused for `idleMs` goes back to the shared bucket through the same batch, and every
 * allowance does at `close`.
 *
 * The guarantee: points only ever leave the shared bucket through a take, and an instance grants
 * only points it took, so across every instance a client never spends more than its bucket gave
 * out (its size, then its restore rate). A lease is points already taken: while it is held the
 * bucket restores behind it, as after any spending, so a client's burst is its bucket plus what its
 * instances hold leased. The price: a lease one instance holds is not available to another (a
 * client spread over N instances may be throttled up to N − 1 leases early, until they are idle and
 * returned), and the leases of an instance that crashes are lost (the client gets them back as
 * the bucket restores). The level reported, `available`, is the shared bucket's level at this
 * instance's last take from it plus the allowance, at most the bucket's size: with one instance
 * the bucket's level less what restored since that take.
 *
 * Written by hand: rate-limiter-flexible (why its limiters are not the buckets: leaky-bucket.ts) can
 * fall back to a local limiter while its store is down (`insuranceLimiter`) and block a key in
 * memory once it is over (`inMemoryBlockOnConsumed`), but never lets an instance spend a share of
 * the shared budget without a round trip.
 */
import type { BucketSettlements } from "./bucket-settlements.js";
import type { BucketLevel, BucketLimits, BucketStore } from "./leaky-bucket.js";

/** How much of a bucket an instance leases at once (0 turns leases off), and how long an unused lease is kept. */
export interface LeaseOptions {
  percent: number;
  idleMs: number;
}

interface Lease {
  /** Points taken from the shared bucket and not spent yet. */
  allowance: number;
  /** The shared bucket's level after this instance's last take from it. */
  shared: number;
  limits: BucketLimits;
  /** When it was last used (Date.now()), for the return once it is idle. */
  usedAt: number;
  /** The take from the shared bucket in flight, which other takes of this bucket wait for. */
  refill: Promise<BucketLevel> | undefined;
}

/** The buckets as one instance sees them: the shared store, with leases in front of it. */
export class BucketLeases {
  private readonly leases = new Map<string, Lease>();
  private sweep: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly store: BucketStore,
    private readonly settlements: BucketSettlements,
    private readonly options: LeaseOptions,
  ) {}

  /**
   * Takes `amount` from bucket `key` if the allowance and the shared bucket together hold at least
   * `need`, as BucketStore.take does on the shared bucket alone; `level` is what they hold after it.
   */
  async take(key: string, need: number, amount: number, limits: BucketLimits): Promise<BucketLevel> {
    if (this.options.percent === 0 || this.closed) return this.store.take(key, need, amount, limits);
    for (;;) {
      const lease = this.leases.get(key);
      if (lease?.refill) {
        // Its outcome is the waiting take's own business; a failed one is tried again by whoever comes next.
        await lease.refill.catch(() => undefined);
        continue;
      }
      if (lease && lease.allowance >= Math.max(need, amount)) return this.debit(lease, amount);
      return this.refill(key, lease ?? this.open(key, limits), need, amount, limits);
    }
  }

  /** Takes `amount` from bucket `key` unconditionally (a negative amount gives back): from the allowance when a lease is held, else a moment later with other buckets' settlements. */
  settle(key: string, amount: number, limits: BucketLimits): void {
    const lease = this.leases.get(key);
    if (!lease) return this.settlements.add(key, amount, limits);
    const local = Math.min(lease.allowance, amount);
    lease.allowance -= local;
    // A charge beyond the allowance is owed to the shared bucket.
    this.settlements.add(key, amount - local, limits);
  }

  /** Returns every allowance to its bucket and writes what waits, in one round trip; the server calls it once no request runs. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.sweep);
    await Promise.allSettled([...this.leases.values()].map((lease) => lease.refill));
    for (const [key, lease] of this.leases) this.settlements.add(key, -lease.allowance, lease.limits);
    this.leases.clear();
    await this.settlements.flush();
  }

  private open(key: string, limits: BucketLimits): Lease {
    const lease: Lease = { allowance: 0, shared: limits.size, limits, usedAt: Date.now(), refill: undefined };
    this.leases.set(key, lease);
    this.sweep ??= this.sweepLater();
    return lease;
  }

  private refill(key: string, lease: Lease, need: number, amount: number, limits: BucketLimits): Promise<BucketLevel> {
    const held = lease.allowance;
    const want = Math.max(Math.max(need, amount) - held, (limits.size * this.options.percent) / 100);
    const refill = this.store
      .take(key, Math.max(0, need - held), want, limits)
      .then((shared) => {
        // Added and debited in one step: no waiting take can spend the allowance in between.
        lease.shared = shared.level;
        lease.allowance += shared.taken;
        return shared.granted ? this.debit(lease, amount) : { granted: false, level: this.available(lease), taken: 0 };
      })
      .finally(() => {
        lease.refill = undefined;
      });
    lease.refill = refill;
    return refill;
  }

  /**
   * Spends `amount` of the allowance. Below 0 only when the shared bucket ran dry (a take wants
   * at least what the operation costs): the rest is forgiven, as the shared bucket never holds
   * less than 0.
   */
  private debit(lease: Lease, amount: number): BucketLevel {
    lease.allowance = Math.max(0, lease.allowance - amount);
    lease.usedAt = Date.now();
    return { granted: true, level: this.available(lease), taken: amount };
  }

  private available(lease: Lease): number {
    return Math.min(lease.limits.size, lease.shared + lease.allowance);
  }

  /** Gives back the allowances of leases unused for `idleMs`, checked every half of it while any is held. */
  private returnIdle(): void {
    this.sweep = undefined;
    const idleSince = Date.now() - this.options.idleMs;
    for (const [key, lease] of this.leases) {
      if (lease.refill || lease.usedAt > idleSince) continue;
      this.leases.delete(key);
      this.settlements.add(key, -lease.allowance, lease.limits);
    }
    if (this.leases.size > 0) this.sweep = this.sweepLater();
  }

  private sweepLater(): NodeJS.Timeout {
    return setTimeout(() => this.returnIdle(), this.options.idleMs / 2).unref();
  }
}
