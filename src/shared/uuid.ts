/** Time-ordered ids (UUID version 7) for rows inserted with plain SQL, like Prisma's `uuid(7)`. */
import { randomBytes } from "node:crypto";

/** The clock's last millisecond and the counter within it (RFC 9562, method 1: 12 bits in `rand_a`). */
const clock = { ms: 0, counter: 0 };

/** The millisecond and counter of the next id: strictly increasing within this process, whatever the clock does. */
function tick(): { ms: number; counter: number } {
  const now = Date.now();
  if (now > clock.ms) {
    clock.ms = now;
    // Starting from a random value in the lower half keeps ids hard to guess and leaves room to count.
    clock.counter = randomBytes(2).readUInt16BE() & 0x7ff;
  } else if (++clock.counter > 0xfff) {
    clock.ms += 1;
    clock.counter = 0;
  }
  return clock;
}

/**
 * A new UUIDv7: 48 bits of Unix milliseconds, a 12-bit counter, then random bits, so new rows sort
 * after old ones in indexes and ids made one after the other in this process sort in that order
 * (the events of one transaction, say). With `now`, an id of that millisecond and a random counter.
 */
export function uuidv7(now?: number): string {
  const { ms, counter } = now === undefined ? tick() : { ms: now, counter: randomBytes(2).readUInt16BE() & 0xfff };
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
