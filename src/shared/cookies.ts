/**
 * The cookies the API sets (session, guest cart): httpOnly (scripts cannot read them), SameSite=Lax
 * (not sent on cross-site subrequests), for the whole site, and Secure when the configuration says
 * so (`config.secureCookies`, on in production). Over WebSocket there is no response to set them on.
 */
import type { ServerResponse } from "node:http";

/** The value of cookie `name` in a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Sets cookie `name` on `res`, if there is one still open, for `maxAgeSeconds` (0 tells the browser to drop it). */
export function setCookie(res: ServerResponse | undefined, cookie: { name: string; value: string; maxAgeSeconds: number; secure: boolean }): void {
  if (!res || res.headersSent) return;
  const attributes = [`${cookie.name}=${cookie.value}`, "Path=/", `Max-Age=${cookie.maxAgeSeconds}`, "HttpOnly", "SameSite=Lax"];
  if (cookie.secure) attributes.push("Secure");
  res.appendHeader("set-cookie", attributes.join("; "));
}
