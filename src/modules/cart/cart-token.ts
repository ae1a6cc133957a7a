/**
 * Guest carts are found by a token the client keeps: the `x-cart-token` header (apps) or an
 * httpOnly cookie (browsers; scripts cannot read it). Only its SHA-256 is stored, like sessions.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Context } from "../../context.js";

export const CART_COOKIE = "larder_cart";
export const CART_HEADER = "x-cart-token";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** Guest carts nobody touched for this long are deleted by housekeeping; the cookie lives as long. */
export const GUEST_CART_TTL_DAYS = 30;

/** A new token (256 random bits) and the hash to store. */
export function newCartToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashCartToken(token) };
}

export function hashCartToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The guest cart token of this request (header before cookie); malformed ones are ignored. */
export function guestCartToken(ctx: Context): string | undefined {
  const headers = ctx.http?.req.headers;
  if (!headers) return undefined;
  const header = headers[CART_HEADER];
  const token = (Array.isArray(header) ? header[0] : header)?.trim() || cookie(headers.cookie, CART_COOKIE);
  return token && TOKEN_SHAPE.test(token) ? token : undefined;
}

/** Sets the cart cookie on the response, when there is one (not over WebSocket). */
export function setCartCookie(ctx: Context, token: string): void {
  const res = ctx.http?.res;
  if (!res || res.headersSent) return;
  const attributes = [`${CART_COOKIE}=${token}`, "Path=/", `Max-Age=${GUEST_CART_TTL_DAYS * 24 * 60 * 60}`, "HttpOnly", "SameSite=Lax"];
  if (ctx.services.config.commerce.secureCookies) attributes.push("Secure");
  res.appendHeader("set-cookie", attributes.join("; "));
}

/** Tells the browser to drop the cart cookie (after the guest cart moved into an account). */
export function clearCartCookie(ctx: Context): void {
  const res = ctx.http?.res;
  if (!res || res.headersSent) return;
  res.appendHeader("set-cookie", `${CART_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${ctx.services.config.commerce.secureCookies ? "; Secure" : ""}`);
}
