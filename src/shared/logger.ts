/** The process logger: JSON lines via pino. */
import { pino, type Logger, type DestinationStream } from "pino";

export type { Logger };

/** Creates the root logger; tests pass a destination to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
