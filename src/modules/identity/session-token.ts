/** Where a request carries its session token: the Authorization header (apps) or the session cookie (browsers). */
import type { IncomingHttpHeaders } from "node:http";
import { readCookie } from "../../shared/cookies.js";
import { isTokenShaped } from "../../shared/tokens.js";

/** Name of the httpOnly cookie that carries the token for browsers. */
export const SESSION_COOKIE = "larder_session";

/** The token a request carries: `Authorization: Bearer …` first, then the session cookie; malformed ones are ignored. */
export function tokenFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7).trim() : undefined;
  const token = bearer ?? readCookie(headers.cookie, SESSION_COOKIE);
  return token && isTokenShaped(token) ? token : undefined;
}
