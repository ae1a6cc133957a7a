/** The process logger: JSON lines via pino. */
import { pino, type Logger, type DestinationStream } from "pino";

export type { Logger };

/**
 * Creates the root logger. Without a destination it writes to stdout through a buffer flushed
 * every 4 KiB or 250 ms, so a busy server does not pay a write system call per log line;
 * `flush` empties the buffer (call it before exit).
 */
export function createLogger(level: string, destination?: DestinationStream): { log: Logger; flush: () => void } {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (destination) return { log: pino(options, destination), flush: () => undefined };
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => stdout.flush(), 250);
  timer.unref();
  return {
    log: pino(options, stdout),
    flush: () => {
      clearInterval(timer);
      stdout.flushSync();
    },
  };
}
