/**
 * The payment of an order that ran out unpaid (orders/order-expiry.ts): the expiry cancels the
 * order and releases its stock in one transaction per batch, with no provider call, and records
 * `order.cancelled` with `expired: true`. This consumer lets the payment go at its provider after
 * that commit, one order at a time: a payment not yet captured (waiting for 3-D Secure, or
 * authorised and capturing on shipment) is voided, one captured meanwhile is refunded, exactly as
 * when staff cancel (order-move.ts, with its idempotency keys). The event and its delivery job are
 * durable, so a process that dies before or during the call leaves the job to be run again; a
 * provider that fails or does not answer throws, and the delivery is retried with backoff.
 */
import type { Db } from "../../db/sql.js";
import type { EventConsumer } from "../events/dispatch.js";
import { paymentsOnOrderMove } from "./order-move.js";
import type { PaymentProviders } from "./providers/registry.js";

/** Never renamed: it names the delivery jobs already queued. */
export const EXPIRED_ORDER_PAYMENTS = "payments:expired-orders";

export function expiredOrderPaymentsConsumer(db: Db, providers: PaymentProviders): EventConsumer {
  const onMove = paymentsOnOrderMove(providers);
  return {
    name: EXPIRED_ORDER_PAYMENTS,
    types: ["order.cancelled"],
    async handle(event) {
      if (event.type !== "order.cancelled" || !event.payload.expired) return;
      const { orderId, reason } = event.payload;
      const refused = await db.transaction(async (tx) => {
        // The order's row lock, then the payment's (payment-records.ts): the payment's state is read
        // again under them, so a delivery that comes twice voids or refunds once.
        const [order] = await tx.query<{ state: string }>`SELECT state FROM shop_order WHERE id = ${orderId}::uuid FOR UPDATE`;
        if (order?.state !== "CANCELLED") return null;
        return onMove(tx, { orderId, from: "PLACED", to: "CANCELLED", staffId: null, customerId: null, note: reason });
      });
      if (refused) throw new Error(`payment of expired order ${orderId} not let go: ${refused.message}`);
    },
  };
}
