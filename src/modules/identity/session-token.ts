/** Where a request carries its session token: the Authorization header (apps) or the session cookie (browsers). */
import type { IncomingHttpHeaders } from "node:http";
import { readCookie } from "../../shared/cookies.js";

/** Name of the httpOnly cookie that carries the token for browsers. */
export const SESSION_COOKIE = "larder_session";

/**
 * The session token a request carries and where: `Authorization: Bearer …` first, then the session
 * cookie. Malformed ones count too, so the answer can say the token is invalid.
 */
export function presentedToken(headers: IncomingHttpHeaders): { token: string; from: "bearer" | "cookie" } | undefined {
  const authorization = headers.authorization;
  const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7).trim() : undefined;
  if (bearer) return { token: bearer, from: "bearer" };
  const cookie = readCookie(headers.cookie, SESSION_COOKIE);
  return cookie ? { token: cookie, from: "cookie" } : undefined;
}

/** The session token a request carries, if any (see `presentedToken`). */
export function tokenFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  return presentedToken(headers)?.token;
}
