/**
 * A small Stripe API in the test process: exactly the endpoints Larder's adapter calls (create,
 * retrieve, confirm, capture and cancel a PaymentIntent; create a refund), in Stripe's wire format
 * (form-encoded requests, JSON answers, errors as `{ error: { type, code, message } }`), with
 * Idempotency-Key honoured the way Stripe does it: a key seen before gets the first answer again,
 * and nothing happens twice. It counts the charges and refunds it made, so a test can see that a
 * retry charged nobody twice, and signs webhook events with the stripe package's own helper.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";

/** Stripe's test payment methods this server knows. */
export const CARDS = { visa: "pm_card_visa", declined: "pm_card_chargeDeclined", threeDSecure: "pm_card_threeDSecureRequired" } as const;

export interface FakeIntent {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  currency: string;
  capture_method: string;
  status: string;
  client_secret: string;
  last_payment_error: { code: string; message: string } | null;
  next_action: { type: string } | null;
  payment_method: string | null;
  metadata: Record<string, string>;
}

export interface FakeStripe {
  /** STRIPE_* variables for a test server using this API. */
  env: Record<string, string>;
  intents: Map<string, FakeIntent>;
  /** Card payments that moved money: confirmations that authorised or captured, and finished 3-D Secure. */
  charges: number;
  /** Refunds made, in minor units. */
  refunds: number[];
  /** PaymentIntents cancelled, by id, once per cancellation carried out (a replayed key adds none). */
  cancels: string[];
  /** Requests by method and path, e.g. "POST /v1/payment_intents/pi_1/confirm". */
  requests: string[];
  /** The next request matching `path` is carried out, but answered only after `ms` (a lost answer). */
  delayNext(path: RegExp, ms: number): void;
  /** The next request matching `path` fails with a 500 without doing anything. */
  failNext(path: RegExp): void;
  /** The buyer finished 3-D Secure in the browser: the intent is authorised (or captured). */
  completeAction(id: string): FakeIntent;
  /** A webhook event about `intent`, with its `Stripe-Signature` header. */
  signedEvent(type: string, intent: FakeIntent, options?: { id?: string; secret?: string }): { body: string; signature: string };
  stop(): Promise<void>;
}

const WEBHOOK_SECRET = "whsec_test_secret";
const signer = new Stripe("sk_test_signer");

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomUUID().slice(0, 8)}` });
  res.end(JSON.stringify(body));
}

const error = (type: string, code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { type, code, message, ...extra } });

export async function startFakeStripe(): Promise<FakeStripe> {
  const intents = new Map<string, FakeIntent>();
  const answered = new Map<string, { status: number; body: unknown }>();
  const delays: { path: RegExp; ms: number }[] = [];
  const failures: RegExp[] = [];
  const state = { charges: 0, refunds: [] as number[], cancels: [] as string[], requests: [] as string[] };
  const refundedOf = new Map<string, number>();

  function authorise(intent: FakeIntent): void {
    state.charges++;
    intent.status = intent.capture_method === "manual" ? "requires_capture" : "succeeded";
    intent.amount_received = intent.status === "succeeded" ? intent.amount : 0;
    intent.next_action = null;
  }

  function handle(method: string, path: string, form: URLSearchParams): { status: number; body: unknown } {
    if (method === "POST" && path === "/v1/payment_intents") {
      const id = `pi_${randomUUID().replace(/-/g, "").slice(0, 24)}`;
      const intent: FakeIntent = {
        id, object: "payment_intent", amount: Number(form.get("amount")), amount_received: 0, currency: form.get("currency") ?? "eur",
        capture_method: form.get("capture_method") ?? "automatic", status: "requires_payment_method", client_secret: `${id}_secret_${randomUUID().slice(0, 8)}`,
        last_payment_error: null, next_action: null, payment_method: null, metadata: { larder_payment_id: form.get("metadata[larder_payment_id]") ?? "" },
      };
      intents.set(id, intent);
      return { status: 200, body: intent };
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = intents.get(form.get("payment_intent") ?? "");
      if (!intent) return { status: 404, body: error("invalid_request_error", "resource_missing", "No such payment_intent") };
      const amount = Number(form.get("amount") ?? intent.amount_received);
      const refunded = refundedOf.get(intent.id) ?? 0;
      if (!(amount > 0) || amount + refunded > intent.amount_received) return { status: 400, body: error("invalid_request_error", "amount_too_large", "Refund amount is greater than what is left") };
      refundedOf.set(intent.id, refunded + amount);
      state.refunds.push(amount);
      return { status: 200, body: { id: `re_${randomUUID().replace(/-/g, "").slice(0, 24)}`, object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded" } };
    }
    const match = /^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/.exec(path);
    const intent = match ? intents.get(match[1]!) : undefined;
    if (!match || !intent) return { status: 404, body: error("invalid_request_error", "resource_missing", "No such payment_intent") };
    const action = match[2];
    if (method === "GET" && !action) return { status: 200, body: intent };
    if (action === "confirm") {
      if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) {
        return { status: 400, body: error("invalid_request_error", "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`, { payment_intent: intent }) };
      }
      const card = form.get("payment_method");
      intent.payment_method = card;
      if (card === CARDS.declined) {
        intent.status = "requires_payment_method";
        intent.last_payment_error = { code: "card_declined", message: "Your card was declined." };
        return { status: 402, body: error("card_error", "card_declined", "Your card was declined.", { decline_code: "generic_decline", payment_intent: intent }) };
      }
      if (card === CARDS.threeDSecure) {
        intent.status = "requires_action";
        intent.next_action = { type: "use_stripe_sdk" };
        return { status: 200, body: intent };
      }
      authorise(intent);
      return { status: 200, body: intent };
    }
    if (action === "capture") {
      if (intent.status !== "requires_capture") return { status: 400, body: error("invalid_request_error", "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`) };
      intent.status = "succeeded";
      intent.amount_received = Number(form.get("amount_to_capture") ?? intent.amount);
      return { status: 200, body: intent };
    }
    if (action === "cancel") {
      if (intent.status === "succeeded" || intent.status === "canceled") return { status: 400, body: error("invalid_request_error", "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`) };
      intent.status = "canceled";
      state.cancels.push(intent.id);
      return { status: 200, body: intent };
    }
    return { status: 404, body: error("invalid_request_error", "resource_missing", "Unknown request") };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = req.method ?? "GET";
      const path = (req.url ?? "/").split("?")[0]!;
      state.requests.push(`${method} ${path}`);
      if (req.headers.authorization !== "Bearer sk_test_larder") return send(res, 401, error("invalid_request_error", "api_key_invalid", "Invalid API Key"));
      const failure = failures.findIndex((f) => f.test(path));
      if (failure >= 0) {
        failures.splice(failure, 1);
        return send(res, 500, error("api_error", "internal", "Something went wrong on Stripe's end"));
      }
      const key = req.headers["idempotency-key"];
      const stored = typeof key === "string" && method === "POST" ? answered.get(key) : undefined;
      const result = stored ?? handle(method, path, new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
      if (typeof key === "string" && method === "POST" && !stored) answered.set(key, { status: result.status, body: structuredClone(result.body) });
      const delay = delays.findIndex((d) => d.path.test(path));
      if (delay >= 0) {
        const { ms } = delays.splice(delay, 1)[0]!;
        setTimeout(() => !res.destroyed && send(res, result.status, result.body), ms);
        return;
      }
      send(res, result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { PAYMENT_METHODS: "test,manual,stripe", STRIPE_SECRET_KEY: "sk_test_larder", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: `http://127.0.0.1:${port}`, STRIPE_TIMEOUT_MS: "1000" },
    intents,
    get charges() {
      return state.charges;
    },
    get refunds() {
      return state.refunds;
    },
    cancels: state.cancels,
    requests: state.requests,
    delayNext: (path, ms) => void delays.push({ path, ms }),
    failNext: (path) => void failures.push(path),
    completeAction(id) {
      const intent = intents.get(id)!;
      authorise(intent);
      return intent;
    },
    signedEvent(type, intent, options = {}) {
      const body = JSON.stringify({
        id: options.id ?? `evt_${randomUUID().replace(/-/g, "").slice(0, 24)}`, object: "event", type, api_version: "2025-01-01", created: Math.floor(Date.now() / 1000),
        data: { object: intent }, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null },
      });
      return { body, signature: signer.webhooks.generateTestHeaderString({ payload: body, secret: options.secret ?? WEBHOOK_SECRET }) };
    },
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
