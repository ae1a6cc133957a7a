/**
 * Endpoint URLs: checked when an endpoint is saved and again, address by address, when each
 * request connects. `guardedLookup` is the DNS lookup of every outgoing request: it resolves the
 * host and fails when any address it got is refused, and the socket connects to exactly the
 * addresses it returned, so nothing can rebind the name between the check and the connection.
 */
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import net from "node:net";
import { addressProblem } from "./address-policy.js";

export const MAX_URL_LENGTH = 2048;
/** How long saving an endpoint waits for DNS before it leaves the check to the deliveries. */
const SAVE_LOOKUP_MS = 3000;

/** A refused address, as the lookup reports it: the attempt fails with ADDRESS_NOT_ALLOWED. */
export class AddressNotAllowedError extends Error {
  readonly code = "ERR_WEBHOOK_ADDRESS_NOT_ALLOWED";
}

/** The URL's host as an address or name: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

/** The parsed URL, or why it cannot be an endpoint: http(s) only, a host, no credentials or fragment. */
export function parseEndpointUrl(raw: string): { url: URL } | { problem: string } {
  if (raw.length > MAX_URL_LENGTH) return { problem: `url must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: "url is not a valid absolute URL" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: "url must start with https:// or http://" };
  if (!url.hostname) return { problem: "url must name a host" };
  if (url.username || url.password) return { problem: "url must not contain credentials; authenticate deliveries by their signature" };
  if (url.hash) return { problem: "url must not have a fragment" };
  return { url };
}

/** The lookup for outgoing requests: every address the name resolves to must be allowed. */
export function guardedLookup(allowPrivateNetworks: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const problem = addresses.map((a) => addressProblem(a.address, allowPrivateNetworks)).find((p) => p !== null);
      if (problem) return callback(new AddressNotAllowedError(`${hostname}: ${problem}`), "", 0);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * Why an endpoint may not be saved with this URL's host, or null. An address literal is judged as
 * it is; a name by the addresses it resolves to now. A name that does not resolve (yet) is
 * accepted: every delivery checks again when it connects.
 */
export async function hostProblem(url: URL, allowPrivateNetworks: boolean): Promise<string | null> {
  const host = hostOf(url);
  if (net.isIP(host)) return addressProblem(host, allowPrivateNetworks);
  const resolved = await Promise.race([
    dns.promises.lookup(host, { all: true }).catch(() => [] as dns.LookupAddress[]),
    new Promise<dns.LookupAddress[]>((resolve) => setTimeout(() => resolve([]), SAVE_LOOKUP_MS).unref()),
  ]);
  const problem = resolved.map((a) => addressProblem(a.address, allowPrivateNetworks)).find((p) => p !== null);
  return problem ? `${host}: ${problem}` : null;
}
