/**
 * The browser side of a session: an httpOnly cookie (scripts cannot read it), SameSite=Lax (not
 * sent on cross-site subrequests), Secure in production. Over WebSocket there is no response to
 * set it on; clients there use the token from the login payload.
 */
import type { Context } from "../../context.js";
import { SESSION_COOKIE } from "./session-token.js";

function write(ctx: Context, value: string, maxAgeSeconds: number): void {
  const res = ctx.http?.res;
  if (!res || res.headersSent) return;
  const attributes = [`${SESSION_COOKIE}=${value}`, "Path=/", `Max-Age=${maxAgeSeconds}`, "HttpOnly", "SameSite=Lax"];
  if (ctx.services.config.production) attributes.push("Secure");
  res.appendHeader("set-cookie", attributes.join("; "));
}

/** Sets the session cookie to live as long as the session. */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  write(ctx, token, Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)));
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(ctx: Context): void {
  write(ctx, "", 0);
}
