/**
 * The cookies the API sets (session, guest cart): httpOnly (scripts cannot read them), SameSite=Lax
 * (not sent on cross-site subrequests), for the whole site, and Secure when the configuration says
 * so (`secureCookies`, on in production). Over WebSocket there is no response to set them on.
 */
import type { Context } from "../context.js";

/** The value of cookie `name` in a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Sets cookie `name` on the response for `maxAgeSeconds` (0 tells the browser to drop it). */
export function setCookie(ctx: Context, name: string, value: string, maxAgeSeconds: number): void {
  const res = ctx.http?.res;
  if (!res || res.headersSent) return;
  const attributes = [`${name}=${value}`, "Path=/", `Max-Age=${maxAgeSeconds}`, "HttpOnly", "SameSite=Lax"];
  if (ctx.services.config.secureCookies) attributes.push("Secure");
  res.appendHeader("set-cookie", attributes.join("; "));
}
