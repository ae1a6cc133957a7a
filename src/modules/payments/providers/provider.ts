/**
 * What Larder needs of a payment provider, shaped like real ones (Stripe's Payment Intents, and
 * the like): a payment is created for an amount and currency under the provider's idempotency
 * key, then authorised, captured (all or part), voided or refunded (all or part), and the
 * provider tells of changes it made on its own (3-D Secure finished, a late decline) through
 * notifications. Every call that changes money takes an idempotency key, so a call repeated after
 * a lost answer is the same call at the provider, never a second charge or refund.
 */
import type { CaptureOn } from "../../pricing/commerce-config.js";

/** Where a payment stands at its provider, in the provider's words mapped to these. */
export type ProviderStatus = "pending" | "requires_action" | "authorized" | "captured" | "declined" | "canceled";

/** A payment as the provider reports it. */
export interface ProviderPayment {
  /** The provider's id of the payment. */
  reference: string;
  status: ProviderStatus;
  /** Minor units the payment is for, and of them what was captured. */
  amount: number;
  amountCaptured: number;
  currency: string;
  /** What the storefront's widget needs to finish the payment (Stripe's client secret), if any. */
  clientSecret: string | null;
  /** Why it was declined, when `status` is declined. */
  declineReason: string | null;
}

/**
 * The provider could not be reached or answered with a failure of its own (a refused connection,
 * a timeout, a 5xx). `outcomeUnknown`: the request may have been carried out (a timeout after
 * sending it), so the next attempt reconciles from the provider before doing anything again.
 */
export class ProviderUnavailable extends Error {
  constructor(
    message: string,
    readonly outcomeUnknown: boolean,
  ) {
    super(message);
    this.name = "ProviderUnavailable";
  }
}

/** A change the provider tells of, verified and reduced to what Larder acts on. */
export interface ProviderNotification {
  /** The provider's id of the notification: it is applied once, whatever the number of deliveries. */
  id: string;
  type: string;
  /** The payment it is about, as it stands now; null for notifications Larder does not act on. */
  payment: ProviderPayment | null;
}

export interface CreatePayment {
  amount: number;
  currency: string;
  /** Whether the provider captures at authorisation (placement) or waits for `capture` (shipment). */
  captureOn: CaptureOn;
  idempotencyKey: string;
  /** Larder's id of the payment, kept at the provider for people reading its dashboard. */
  paymentId: string;
}


/** One payment provider. Methods throw ProviderUnavailable for outages; declines are results. */
export interface PaymentProvider {
  readonly code: string;
  readonly name: string;
  /** Whether its orders wait, holding stock, until staff mark them paid (unpaid-order limits apply). */
  readonly awaitsPayment: boolean;
  /** Whether payments are made by this server for a cart before the order (a payment session). */
  readonly usesSessions: boolean;
  create(request: CreatePayment): Promise<ProviderPayment>;
  /** Authorises `reference` with what the client sent (`token`: a card token, a payment method id). */
  authorize(reference: string, token: string | null, idempotencyKey: string): Promise<ProviderPayment>;
  /** The payment as the provider has it now: how an unknown outcome is reconciled. */
  retrieve(reference: string): Promise<ProviderPayment>;
  capture(reference: string, amount: number, idempotencyKey: string): Promise<ProviderPayment>;
  void(reference: string, idempotencyKey: string): Promise<ProviderPayment>;
  /** Refunds `amount` of a captured payment; returns the provider's id of the refund. */
  refund(reference: string, amount: number, idempotencyKey: string): Promise<{ reference: string }>;
  /** Verifies a notification's signature over its raw body; null when it is not genuine. */
  verifyNotification(rawBody: Buffer, signature: string | undefined): ProviderNotification | null;
}
