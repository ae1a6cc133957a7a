/** The address of the client behind a request, for rate limits and session records. */
import type { IncomingMessage } from "node:http";

/**
 * With `trustedProxies` = 0 the socket's peer is the client and `X-Forwarded-For` is ignored (any
 * client can write it). With N trusted reverse proxies in front, each appended the address it saw,
 * so the client is the N-th entry from the right; entries further left were written by the client.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies === 0) return peer;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!.slice(0, 64);
}
