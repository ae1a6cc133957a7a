/**
 * The payment side of moving an order (orders/order-move-hook.ts), under the order's row lock:
 * - shipping an authorised payment captures it (CAPTURE_ON=shipment);
 * - staff marking an order paid captures an authorised payment, or records a manual one as taken;
 * - cancelling voids a payment not yet captured and refunds what was captured and not yet refunded.
 * A provider outage answers PaymentProviderUnavailable before anything is written.
 */
import type { Tx } from "../../db/sql.js";
import type { UserError } from "../../shared/errors.js";
import { PaymentProviderUnavailable } from "../../shared/user-errors.js";
import type { OrderMove, OrderMoveHook } from "../orders/order-move-hook.js";
import { giveBack } from "./give-back.js";
import { applyProviderPayment, lockOrderPayment, recordAttempt, type PaymentRow } from "./payment-records.js";
import { ProviderUnavailable, type PaymentProvider } from "./providers/provider.js";
import type { PaymentProviders } from "./providers/registry.js";

async function capture(tx: Tx, provider: PaymentProvider, payment: PaymentRow): Promise<void> {
  const reported = await provider.capture(payment.reference!, payment.amount, `capture:${payment.id}`);
  await applyProviderPayment(tx, payment.id, { ...reported, amountCaptured: Math.max(reported.amountCaptured, payment.amount) });
  await recordAttempt(tx, payment.id, { kind: "capture", outcome: "succeeded", amount: payment.amount });
}

async function cancel(tx: Tx, provider: PaymentProvider, payment: PaymentRow, move: OrderMove): Promise<UserError | null> {
  if (payment.state === "AUTHORIZED" || payment.state === "REQUIRES_ACTION" || payment.state === "PENDING") {
    const reported = await provider.void(payment.reference!, `void:${payment.id}`);
    await applyProviderPayment(tx, payment.id, reported);
    await recordAttempt(tx, payment.id, { kind: "void", outcome: reported.status, amount: payment.amount });
    return null;
  }
  const left = payment.amount_captured - payment.amount_refunded;
  if (left <= 0) return null;
  const [order] = await tx.query<{ code: string }>`SELECT code FROM shop_order WHERE id = ${move.orderId}::uuid`;
  // Cancelling gives stock back itself (the order's allocation is released), so nothing is restocked here.
  const outcome = await giveBack(tx, provider, payment, { id: move.orderId, code: order!.code }, {
    amount: left, shipping: 0, lines: [], restock: false, reason: move.note || "order cancelled", staffId: move.staffId, customerId: move.customerId, key: `cancel:${move.orderId}`,
  });
  return outcome.kind === "unavailable" ? PaymentProviderUnavailable.of(outcome.reason) : null;
}

async function beforeMove(providers: PaymentProviders, tx: Tx, move: OrderMove): Promise<UserError | null> {
  const payment = await lockOrderPayment(tx, move.orderId);
  if (!payment?.reference) return null;
  const provider = providers.get(payment.provider);
  if (!provider) return PaymentProviderUnavailable.of(`the payment method ${payment.provider} is not enabled on this server`);
  if (move.to === "SHIPPED" && payment.state === "AUTHORIZED") await capture(tx, provider, payment);
  if (move.to === "PAYMENT_SETTLED" && (payment.state === "AUTHORIZED" || (payment.state === "PENDING" && provider.code === "manual"))) await capture(tx, provider, payment);
  if (move.to === "CANCELLED") return cancel(tx, provider, payment, move);
  return null;
}

/** The hook the server lists as `services.onOrderMove`. */
export function paymentsOnOrderMove(providers: PaymentProviders): OrderMoveHook {
  return async (tx, move) => {
    try {
      return await beforeMove(providers, tx, move);
    } catch (error) {
      if (error instanceof ProviderUnavailable) return PaymentProviderUnavailable.of(error.message);
      throw error;
    }
  };
}
