/** Opaque tokens handed to clients (sessions, guest carts, mailed links): random strings of which only the SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";

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
