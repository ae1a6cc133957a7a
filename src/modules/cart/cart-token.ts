/**
 * Guest carts are found by a token the client keeps: the `x-cart-token` header (apps) or an
 * httpOnly cookie (browsers). It is made and stored like a session token (shared/tokens.ts).
 */
import type { Context } from "../../context.js";
import { readCookie, setCookie } from "../../shared/cookies.js";
import { isTokenShaped } from "../../shared/tokens.js";

export const CART_COOKIE = "larder_cart";
export const CART_HEADER = "x-cart-token";
/** Guest carts nobody touched for this long are deleted by housekeeping; the cookie lives as long. */
export const GUEST_CART_TTL_DAYS = 30;

/** The guest cart token of this request (header before cookie); malformed ones are ignored. */
export function guestCartToken(ctx: Context): string | undefined {
  const headers = ctx.http?.req.headers;
  if (!headers) return undefined;
  const header = headers[CART_HEADER];
  const token = (Array.isArray(header) ? header[0] : header)?.trim() || readCookie(headers.cookie, CART_COOKIE);
  return token && isTokenShaped(token) ? token : undefined;
}

/**
 * The guest cart token of a WebSocket operation: `cartToken` in the connection's init params
 * (apps), else the upgrade request's header or cookie (browsers send cookies on the upgrade).
 */
export function socketCartToken(ctx: Context): string | undefined {
  if (!ctx.socket) return undefined;
  const param = ctx.socket.params.cartToken;
  const header = ctx.socket.headers[CART_HEADER];
  const token = (typeof param === "string" ? param : undefined)?.trim() || (Array.isArray(header) ? header[0] : header)?.trim() || readCookie(ctx.socket.headers.cookie, CART_COOKIE);
  return token && isTokenShaped(token) ? token : undefined;
}

function write(ctx: Context, value: string, maxAgeSeconds: number): void {
  setCookie(ctx.http?.res, { name: CART_COOKIE, value, maxAgeSeconds, secure: ctx.services.config.secureCookies });
}

/** Sets the cart cookie on the response, when there is one (not over WebSocket). */
export function setCartCookie(ctx: Context, token: string): void {
  write(ctx, token, GUEST_CART_TTL_DAYS * 24 * 60 * 60);
}

/** Tells the browser to drop the cart cookie (after the guest cart moved into an account). */
export function clearCartCookie(ctx: Context): void {
  write(ctx, "", 0);
}
