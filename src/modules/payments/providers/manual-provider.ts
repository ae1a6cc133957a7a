/**
 * The `manual` provider: bank transfer, cash on delivery and the like. Nothing is called; staff
 * mark an order paid when the money arrived (that is its capture) and give money back themselves
 * (a refund is recorded with a reference of Larder's own).
 */
import { createHash } from "node:crypto";
import type { PaymentProvider, ProviderPayment } from "./provider.js";

function payment(reference: string, status: ProviderPayment["status"], amount: number, captured: number): ProviderPayment {
  return { reference, status, amount, amountCaptured: captured, currency: "", clientSecret: null, declineReason: null };
}

export function manualProvider(): PaymentProvider {
  return {
    code: "manual",
    name: "Manual payment",
    awaitsPayment: true,
    usesSessions: false,
    async create(request) {
      return { ...payment(`manual_${request.paymentId}`, "pending", request.amount, 0), currency: request.currency };
    },
    async authorize(reference) {
      return payment(reference, "pending", 0, 0);
    },
    async retrieve(reference) {
      return payment(reference, "pending", 0, 0);
    },
    async capture(reference, amount) {
      return payment(reference, "captured", amount, amount);
    },
    async void(reference) {
      return payment(reference, "canceled", 0, 0);
    },
    async refund(_reference, _amount, idempotencyKey) {
      return { reference: `manual_refund_${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 24)}` };
    },
    verifyNotification() {
      return null;
    },
  };
}
