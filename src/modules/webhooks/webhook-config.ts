/** The settings of outgoing webhooks, read by src/config.ts, and the retry schedule's format. */
import type { Parsed } from "../pricing/commerce-config.js";

export interface WebhookConfig {
  /** Whether endpoints may be on loopback, private (RFC 1918, fc00::/7) and CGNAT addresses: off unless set, on in tests and local development. */
  allowPrivateNetworks: boolean;
  /** Delays before each retry, in milliseconds; the first attempt goes at once. */
  retrySchedule: number[];
  connectTimeoutMs: number;
  /** Longest a whole attempt may take: connecting, sending and reading the answer. */
  timeoutMs: number;
  /** A response body longer than this is cut off and the attempt fails (TOO_LARGE). */
  maxResponseBytes: number;
  /** An endpoint whose attempts have failed for this long, with at least `disableMinFailures` failed deliveries, is disabled. */
  disableAfterDays: number;
  disableMinFailures: number;
}

/** The schedule the Standard Webhooks specification suggests after the first attempt: about 28 hours in all. */
export const DEFAULT_RETRY_SCHEDULE = "5s,5m,30m,2h,5h,10h,10h";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DAY = 86_400_000;

/** `5s,5m,30m,2h` → milliseconds: up to 20 delays, each a whole number of ms, s, m or h, at most a day. */
export function parseRetrySchedule(raw: string | undefined): Parsed<number[]> {
  const text = raw?.trim() || DEFAULT_RETRY_SCHEDULE;
  const expected = "comma-separated delays like 5s,5m,2h (ms, s, m or h; at most 20, each at most a day)";
  if (text === "none") return { value: [] };
  const delays = text.split(",").map((part) => {
    const match = /^(\d{1,8})(ms|s|m|h)$/.exec(part.trim());
    return match ? Number(match[1]) * UNITS[match[2]!]! : NaN;
  });
  if (delays.length > 20 || delays.some((delay) => !(delay >= 0 && delay <= DAY))) return { expected };
  return { value: delays };
}
