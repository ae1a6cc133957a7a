/** The browser side of a session (see shared/cookies.ts); clients over WebSocket use the token from the login payload. */
import type { Context } from "../../context.js";
import { setCookie } from "../../shared/cookies.js";
import { SESSION_COOKIE } from "./session-token.js";

function write(ctx: Context, value: string, maxAgeSeconds: number): void {
  setCookie(ctx.http?.res, { name: SESSION_COOKIE, value, maxAgeSeconds, secure: ctx.services.config.secureCookies });
}

/** Sets the session cookie to live as long as the session. */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  write(ctx, token, Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)));
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(ctx: Context): void {
  write(ctx, "", 0);
}
