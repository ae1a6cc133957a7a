/**
 * Payment methods behind one interface. `authorize` runs inside the order transaction, after the
 * stock is allocated and before the order is written: a decline or an outage there rolls the
 * allocation back with everything else, so there is nothing to undo. A remote provider would be
 * called the same way, with its own timeout well inside the transaction's, and would answer
 * `unavailable` when it got no answer (refused connection, timeout, a 5xx): nothing was charged.
 */
import type { CommerceConfig, PaymentMethodCode } from "../pricing/commerce-config.js";

export interface PaymentRequest {
  /** The provider's reference for the order (its code is drawn when the row is written). */
  orderId: string;
  /** Minor units. */
  amount: number;
  currency: string;
  /** What the client got from the provider's widget (a card token and the like); method-specific. */
  token: string | null;
}

export type PaymentOutcome =
  | { status: "settled"; reference: string }
  | { status: "authorized"; reference: string }
  | { status: "pending" }
  | { status: "declined"; reason: string }
  | { status: "unavailable"; reason: string };

export interface PaymentMethod {
  code: PaymentMethodCode;
  name: string;
  /** Whether its orders wait, holding their stock, until staff mark them paid: those are limited (unpaid-orders.ts). */
  awaitsPayment: boolean;
  authorize(request: PaymentRequest): Promise<PaymentOutcome>;
}

/**
 * Authorizes and settles at once. Tokens drive failures, like a card provider's test cards:
 * `decline` is declined, `error` is an unreachable provider.
 */
const testMethod: PaymentMethod = {
  code: "test",
  name: "Test payment",
  awaitsPayment: false,
  async authorize(request) {
    if (request.token === "decline") return { status: "declined", reason: "the test card was declined" };
    if (request.token === "error") return { status: "unavailable", reason: "the test payment provider could not be reached" };
    return { status: "settled", reference: `test_${request.orderId}` };
  },
};

/** Bank transfer, cash on delivery and the like: pending until staff mark the order paid. */
const manualMethod: PaymentMethod = {
  code: "manual",
  name: "Manual payment",
  awaitsPayment: true,
  async authorize() {
    return { status: "pending" };
  },
};

const METHODS: Record<PaymentMethodCode, PaymentMethod> = { test: testMethod, manual: manualMethod };

/** The enabled payment methods, in configuration order. */
export function enabledPaymentMethods(commerce: CommerceConfig): PaymentMethod[] {
  return commerce.paymentMethods.map((code) => METHODS[code]);
}

/** An enabled payment method by code, or null. */
export function enabledPaymentMethod(commerce: CommerceConfig, code: string): PaymentMethod | null {
  return enabledPaymentMethods(commerce).find((m) => m.code === code) ?? null;
}
