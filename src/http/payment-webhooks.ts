/**
 * POST /webhooks/<method>: a payment provider's notifications (Stripe's webhook events). The body
 * is read raw, since the signature is over its exact bytes; a notification whose signature does not
 * verify is answered 400 and changes nothing. A genuine one is applied once (its id is recorded
 * with its effect) and answered 200, also when it was applied before, so the provider stops
 * sending it; a failure is answered 500 and the provider sends it again later.
 */
import express, { type Router } from "express";
import type { Db } from "../db/sql.js";
import { applyNotification } from "../modules/payments/notifications.service.js";
import type { PaymentProviders } from "../modules/payments/providers/registry.js";
import type { Logger } from "../shared/logger.js";
import { sendJsonError } from "./respond.js";

/** Providers' signature headers, by method code. */
const SIGNATURE_HEADERS: Record<string, string> = { stripe: "stripe-signature" };

export function paymentWebhookRoutes(sql: Db, providers: PaymentProviders, log: Logger): Router {
  const router = express.Router();
  router.post("/webhooks/:method", express.raw({ type: () => true, limit: "512kb" }), async (req, res, next) => {
    const requestId = res.locals.requestId as string;
    const method = String(req.params.method);
    const provider = providers.get(method);
    const header = SIGNATURE_HEADERS[method];
    if (!provider || !header) return sendJsonError(res, 404, "NOT_FOUND", "Not found", requestId);
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const signature = req.headers[header];
    const notification = provider.verifyNotification(body, typeof signature === "string" ? signature : undefined);
    if (!notification) return sendJsonError(res, 400, "BAD_REQUEST", "The signature does not verify", requestId);
    try {
      const applied = await applyNotification(sql, provider.code, notification);
      log.info({ requestId, provider: provider.code, notification: notification.id, type: notification.type, applied }, "payment notification");
      res.status(200).json({ received: true });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
