/**
 * Whole responses to anonymous catalog reads, kept in memory and dropped on any catalog change.
 *
 * A storefront's anonymous visitors send the same few documents with the same variables (the home
 * page's products, a category, popular searches), and those answers are the same for all of them.
 * An eligible request (see response-cache-policy.ts) is answered from here without parsing,
 * executing or touching the database.
 *
 * Freshness: every entry belongs to a generation. The generation moves on (dropping every entry)
 * when PostgreSQL notifies a committed catalog change (triggers on the catalog tables, so changes
 * by this instance, other instances, background jobs or plain SQL count alike), and only then.
 * So that a client sees its own write at once, a mutation's answer waits until this instance has
 * heard of every change committed before it (`caughtUp`). An answer computed while the
 * generation moved is not stored. While the listener is disconnected nothing is served or stored.
 * Entries also expire after a time to live, and the total size is bounded (least recently used
 * entries go first).
 */
import type { ChangeListener } from "../db/change-listener.js";

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
  operationName: string | undefined;
}

interface Entry extends CachedResponse {
  size: number;
  expires: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private current = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    /** The catalog's change notifications; while they do not arrive, no copy can be trusted. */
    private readonly changes: Pick<ChangeListener, "connected" | "caughtUp">,
  ) {}

  /** Resolves once every catalog change committed before the call has dropped the answers it made stale. */
  caughtUp(): Promise<void> {
    return this.changes.caughtUp();
  }

  /** Stamp a request with this before computing an answer, and pass it to `set`. */
  get generation(): number {
    return this.current;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Something in the catalog changed: no stored answer is valid any more. */
  invalidate(): void {
    this.current++;
    this.entries.clear();
    this.bytes = 0;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now() || !this.changes.connected) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores an answer computed from generation `generation`, unless the catalog changed since. */
  set(key: string, response: CachedResponse, generation: number): void {
    if (generation !== this.current || !this.changes.connected) return;
    const size = 2 * (key.length + response.body.length) + 200;
    if (size > this.maxBytes / 8) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { ...response, size, expires: Date.now() + this.ttlMs });
    this.bytes += size;
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldKey, oldEntry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
