/**
 * The `test` provider: no money moves, and tokens play the cards of a real provider's test mode
 * (docs/payments.md lists them). Refused in production by the configuration. It keeps no state:
 * Larder's payment rows hold what was authorised, captured and refunded, so every call answers
 * from its arguments.
 */
import { createHash } from "node:crypto";
import { ProviderUnavailable, type PaymentProvider, type ProviderPayment } from "./provider.js";

/** The documented test tokens. Any other token (or none) is a card that pays. */
export const TEST_TOKENS = {
  success: "tok_success",
  decline: "tok_decline",
  requiresAction: "tok_requires_action",
  unavailable: "tok_unavailable",
  timeout: "tok_timeout",
} as const;

/** The tokens of the first test method, still understood. */
const LEGACY = { decline: "decline", error: "error" };

function payment(reference: string, amount: number, currency: string, status: ProviderPayment["status"], captured = 0): ProviderPayment {
  return { reference, status, amount, amountCaptured: captured, currency, clientSecret: null, declineReason: status === "declined" ? "the test card was declined" : null };
}

const shortHash = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 24);

/** A provider for development and tests: a payment is captured at authorisation when CAPTURE_ON=placement. */
export function testProvider(): PaymentProvider {
  // The amount and capture mode of a payment travel in its reference, so the provider needs no state.
  const parse = (reference: string) => {
    const [, amount, currency, captureOn] = reference.split("_");
    return { amount: Number(amount), currency: currency!, captureOn };
  };
  return {
    code: "test",
    name: "Test payment",
    awaitsPayment: false,
    usesSessions: false,
    async create(request) {
      return payment(`test_${request.amount}_${request.currency}_${request.captureOn}_${request.paymentId}`, request.amount, request.currency, "pending");
    },
    async authorize(reference, token) {
      const { amount, currency, captureOn } = parse(reference);
      if (token === TEST_TOKENS.decline || token === LEGACY.decline) return payment(reference, amount, currency, "declined");
      if (token === TEST_TOKENS.unavailable || token === LEGACY.error) throw new ProviderUnavailable("the test payment provider could not be reached", false);
      if (token === TEST_TOKENS.timeout) throw new ProviderUnavailable("the test payment provider did not answer in time", true);
      if (token === TEST_TOKENS.requiresAction) return payment(reference, amount, currency, "requires_action");
      return captureOn === "placement" ? payment(reference, amount, currency, "captured", amount) : payment(reference, amount, currency, "authorized");
    },
    async retrieve(reference) {
      const { amount, currency } = parse(reference);
      return payment(reference, amount, currency, "pending");
    },
    async capture(reference, amount) {
      const parsed = parse(reference);
      return payment(reference, parsed.amount, parsed.currency, "captured", amount);
    },
    async void(reference) {
      const { amount, currency } = parse(reference);
      return payment(reference, amount, currency, "canceled");
    },
    async refund(_reference, _amount, idempotencyKey) {
      return { reference: `test_refund_${shortHash(idempotencyKey)}` };
    },
    verifyNotification() {
      return null;
    },
  };
}
