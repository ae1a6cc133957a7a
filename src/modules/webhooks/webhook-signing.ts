/**
 * Standard Webhooks signatures, made with the specification's reference package: HMAC-SHA256
 * over `<webhook-id>.<webhook-timestamp>.<body>` with the endpoint's secret, sent as `v1,<base64>`.
 * After a rotation, the previous secret signs too (space-separated signatures) until it expires,
 * so a receiver can switch secrets without losing deliveries.
 */
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** How long the secret before a rotation keeps signing beside the new one. */
export const PREVIOUS_SECRET_HOURS = 24;

/** A new secret: `whsec_` and base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** The signature headers of one attempt of the message `id` with `body`, signed at `at`. */
export function signatureHeaders(id: string, body: string, at: Date, secrets: readonly string[]): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(" "),
  };
}
