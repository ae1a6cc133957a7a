/**
 * One outgoing webhook request, with the limits that make it safe to send anywhere a staff member
 * typed: http(s) only, the address checked (webhook-url.ts) including literals, which Node
 * connects to without a lookup; no redirects followed (a 3xx is a failed attempt); a connect
 * timeout and a total one; at most `maxResponseBytes` of the answer read before the socket is
 * closed. Built on node:http(s) rather than fetch: its `lookup` option lets the check run on the
 * very addresses the socket connects to, and it never follows redirects by itself.
 */
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { WebhookErrorKind } from "../../generated/prisma/enums.js";
import type { WebhookConfig } from "./webhook-config.js";
import { addressProblem } from "./address-policy.js";
import { AddressNotAllowedError, guardedLookup, hostOf } from "./webhook-url.js";

/** The part of a response body kept with an attempt. */
export const RESPONSE_EXCERPT_CHARS = 1024;

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  errorKind: WebhookErrorKind | null;
  errorMessage: string | null;
  responseBody: string | null;
}

class AttemptError extends Error {
  constructor(
    readonly kind: WebhookErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$)/;

function classify(error: unknown): { kind: WebhookErrorKind; message: string } {
  if (error instanceof AttemptError) return { kind: error.kind, message: error.message };
  if (error instanceof AddressNotAllowedError) return { kind: WebhookErrorKind.ADDRESS_NOT_ALLOWED, message: error.message };
  const code = (error as { code?: string }).code ?? "";
  const message = `${code ? `${code}: ` : ""}${(error as Error).message ?? String(error)}`.slice(0, 300);
  if (code === "ECONNREFUSED") return { kind: WebhookErrorKind.CONNECTION_REFUSED, message };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") return { kind: WebhookErrorKind.DNS_FAILED, message };
  if (TLS_CODE.test(code)) return { kind: WebhookErrorKind.TLS, message };
  return { kind: WebhookErrorKind.CONNECTION_FAILED, message };
}

/** Text safe to store: no control characters but line breaks and tabs (PostgreSQL text cannot hold U+0000). */
function excerpt(body: Buffer): string {
  return body.toString("utf8").slice(0, RESPONSE_EXCERPT_CHARS).replace(/[^\P{Cc}\t\n\r]/gu, "\uFFFD");
}

/** POSTs `body` to `url` with `headers`; never throws: every failure is an outcome. */
export async function postWebhook(url: URL, headers: Record<string, string>, body: string, config: WebhookConfig): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<AttemptOutcome, "latencyMs">): AttemptOutcome => ({ ...outcome, latencyMs: Math.round(performance.now() - started) });
  try {
    const host = hostOf(url);
    const literalProblem = net.isIP(host) ? addressProblem(host, config.allowPrivateNetworks) : null;
    if (literalProblem) throw new AttemptError(WebhookErrorKind.ADDRESS_NOT_ALLOWED, literalProblem);
    const { statusCode, received } = await exchange(url, headers, body, config);
    const ok = statusCode >= 200 && statusCode < 300;
    return done({ ok, statusCode, errorKind: ok ? null : WebhookErrorKind.HTTP_STATUS, errorMessage: ok ? null : `HTTP ${statusCode}`, responseBody: excerpt(received) });
  } catch (error) {
    const { kind, message } = classify(error);
    const partial = error instanceof TooLarge ? error : undefined;
    return done({ ok: false, statusCode: partial?.statusCode ?? null, errorKind: kind, errorMessage: message, responseBody: partial ? excerpt(partial.received) : null });
  }
}

class TooLarge extends AttemptError {
  constructor(
    readonly statusCode: number,
    readonly received: Buffer,
    limit: number,
  ) {
    super(WebhookErrorKind.TOO_LARGE, `the response was larger than ${limit} bytes; it was cut off`);
  }
}

function exchange(url: URL, headers: Record<string, string>, body: string, config: WebhookConfig): Promise<{ statusCode: number; received: Buffer }> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: guardedLookup(config.allowPrivateNetworks),
      // A fresh connection each time: a pooled one would skip the lookup and its check.
      agent: false,
    });
    const fail = (error: Error) => {
      clearTimeout(total);
      request.destroy(error);
      reject(error);
    };
    const total = setTimeout(() => fail(new AttemptError(WebhookErrorKind.TIMEOUT, `no complete answer within ${config.timeoutMs} ms`)), config.timeoutMs);
    request.on("socket", (socket) => {
      const connect = setTimeout(() => fail(new AttemptError(WebhookErrorKind.TIMEOUT, `not connected within ${config.connectTimeoutMs} ms`)), config.connectTimeoutMs);
      socket.once(url.protocol === "https:" ? "secureConnect" : "connect", () => clearTimeout(connect));
      socket.once("close", () => clearTimeout(connect));
    });
    request.on("error", (error) => fail(error));
    request.on("response", (response) => {
      const statusCode = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > config.maxResponseBytes) {
          chunks.push(chunk.subarray(0, chunk.length - (size - config.maxResponseBytes)));
          fail(new TooLarge(statusCode, Buffer.concat(chunks), config.maxResponseBytes));
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => {
        clearTimeout(total);
        resolve({ statusCode, received: Buffer.concat(chunks) });
      });
      response.on("error", (error) => fail(error));
    });
    request.end(body);
  });
}
