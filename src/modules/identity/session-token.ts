/** Opaque tokens (sessions, mailed links): random strings given to clients; only their SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** Name of the httpOnly cookie that carries the token for browsers. */
export const SESSION_COOKIE = "larder_session";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new token (256 random bits, base64url) and the hash to store. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** Whether `token` has the shape of one of ours, so malformed input costs no database look-up. */
export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** The stored form of a token. */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The token a request carries: `Authorization: Bearer …` first, then the session cookie; malformed ones are ignored. */
export function tokenFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7).trim() : undefined;
  const token = bearer ?? cookieValue(headers.cookie, SESSION_COOKIE);
  return token && isTokenShaped(token) ? token : undefined;
}
