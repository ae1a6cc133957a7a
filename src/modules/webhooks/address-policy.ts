/**
 * Which addresses outgoing webhook requests may connect to (SSRF protection). Only global unicast
 * addresses are allowed; loopback, private (RFC 1918, fc00::/7) and CGNAT (100.64/10) addresses
 * only when the operator allows private networks. Link-local addresses (169.254/16 with the cloud
 * metadata service, fe80::/10), unspecified, broadcast, multicast, reserved and documentation
 * ranges, and IPv6 forms that embed or translate IPv4 (6to4, NAT64, Teredo) are always refused.
 * An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it maps.
 * The ranges come from ipaddr.js, kept up to date with IANA's registries.
 */
import ipaddr from "ipaddr.js";

/** Ranges opened by WEBHOOK_ALLOW_PRIVATE_NETWORKS. */
const PRIVATE_RANGES = new Set(["loopback", "private", "uniqueLocal", "carrierGradeNat"]);

/** Why `address` (an IP literal) may not be connected to, or null when it may. */
export function addressProblem(address: string, allowPrivateNetworks: boolean): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === "unicast") return null;
  if (allowPrivateNetworks && PRIVATE_RANGES.has(range)) return null;
  return `${parsed.toString()} is a ${range} address, which webhooks may not be sent to${PRIVATE_RANGES.has(range) ? " unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is on" : ""}`;
}
