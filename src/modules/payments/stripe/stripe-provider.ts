/**
 * Stripe through its official package, with Payment Intents: a payment is a PaymentIntent made
 * for the cart's total (`capture_method` manual when capturing on shipment), confirmed with the
 * payment method the storefront collected, captured, cancelled (void) or refunded. Notifications
 * are Stripe's webhook events, verified with the endpoint's signing secret.
 */
import Stripe from "stripe";
import { ProviderUnavailable, type PaymentProvider, type ProviderNotification, type ProviderPayment } from "../providers/provider.js";

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** Another API host (a local server in tests), else Stripe's own. */
  apiBase: URL | undefined;
  timeoutMs: number;
}

/** The PaymentIntent events that change a payment; others are acknowledged and left alone. */
const PAYMENT_EVENTS = new Set([
  "payment_intent.succeeded",
  "payment_intent.amount_capturable_updated",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "payment_intent.requires_action",
]);

function toPayment(intent: Stripe.PaymentIntent): ProviderPayment {
  const declined = intent.status === "requires_payment_method" && intent.last_payment_error != null;
  const statuses: Record<string, ProviderPayment["status"]> = {
    requires_payment_method: declined ? "declined" : "pending",
    requires_confirmation: "pending",
    processing: "pending",
    requires_action: "requires_action",
    requires_capture: "authorized",
    succeeded: "captured",
    canceled: "canceled",
  };
  // A status newer than this code is treated as still pending: the notification that settles it follows.
  const status = statuses[intent.status] ?? "pending";
  return {
    reference: intent.id,
    status,
    amount: intent.amount,
    amountCaptured: intent.amount_received ?? 0,
    currency: intent.currency.toUpperCase(),
    clientSecret: intent.client_secret,
    declineReason: declined ? (intent.last_payment_error?.message ?? "the card was declined") : null,
  };
}

/** Stripe's failures as Larder's: outages are ProviderUnavailable, anything else is a bug and stays an exception. */
function unavailable(error: unknown): never {
  if (error instanceof Stripe.errors.StripeConnectionError) throw new ProviderUnavailable("Stripe did not answer", true);
  if (error instanceof Stripe.errors.StripeAPIError) throw new ProviderUnavailable("Stripe reported an error of its own", true);
  if (error instanceof Stripe.errors.StripeRateLimitError) throw new ProviderUnavailable("Stripe is limiting requests", false);
  if (error instanceof Stripe.errors.StripeAuthenticationError) throw new ProviderUnavailable("Stripe refused the API key", false);
  throw error;
}

export function stripeProvider(settings: StripeSettings): PaymentProvider {
  const base = settings.apiBase;
  const stripe = new Stripe(settings.secretKey, {
    maxNetworkRetries: 0,
    timeout: settings.timeoutMs,
    ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol === "https:" ? "https" : "http" } : {}),
  });
  const call = async (work: () => Promise<Stripe.PaymentIntent>) => {
    try {
      return toPayment(await work());
    } catch (error) {
      return unavailable(error);
    }
  };
  return {
    code: "stripe",
    name: "Card (Stripe)",
    awaitsPayment: true,
    usesSessions: true,
    create(request) {
      return call(() =>
        stripe.paymentIntents.create(
          {
            amount: request.amount,
            currency: request.currency.toLowerCase(),
            capture_method: request.captureOn === "shipment" ? "manual" : "automatic",
            metadata: { larder_payment_id: request.paymentId },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      );
    },
    async authorize(reference, token, idempotencyKey) {
      // No token: the storefront confirmed with Stripe's widget itself; read where that left it.
      if (token === null) return call(() => stripe.paymentIntents.retrieve(reference));
      try {
        return toPayment(await stripe.paymentIntents.confirm(reference, { payment_method: token }, { idempotencyKey }));
      } catch (error) {
        // A declined card is an answer: Stripe sends the PaymentIntent with the error.
        if (error instanceof Stripe.errors.StripeCardError || error instanceof Stripe.errors.StripeInvalidRequestError) {
          const intent = error.payment_intent;
          if (intent) return { ...toPayment(intent), status: "declined", declineReason: error.message };
          if (error instanceof Stripe.errors.StripeCardError) throw error;
          return { reference, status: "declined", amount: 0, amountCaptured: 0, currency: "", clientSecret: null, declineReason: error.message };
        }
        return unavailable(error);
      }
    },
    retrieve(reference) {
      return call(() => stripe.paymentIntents.retrieve(reference));
    },
    capture(reference, amount, idempotencyKey) {
      return call(() => stripe.paymentIntents.capture(reference, { amount_to_capture: amount }, { idempotencyKey }));
    },
    void(reference, idempotencyKey) {
      return call(() => stripe.paymentIntents.cancel(reference, {}, { idempotencyKey }));
    },
    async refund(reference, amount, idempotencyKey) {
      try {
        const refund = await stripe.refunds.create({ payment_intent: reference, amount }, { idempotencyKey });
        return { reference: refund.id };
      } catch (error) {
        return unavailable(error);
      }
    },
    verifyNotification(rawBody, signature): ProviderNotification | null {
      if (!signature) return null;
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret);
      } catch {
        return null;
      }
      const intent = PAYMENT_EVENTS.has(event.type) ? (event.data.object as Stripe.PaymentIntent) : null;
      return { id: event.id, type: event.type, payment: intent && toPayment(intent) };
    },
  };
}
