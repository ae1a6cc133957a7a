/** Loaders of what an order's payment side holds: one statement per batch. */
import DataLoader from "dataloader";
import type { DbSource } from "../../db-source.js";
import { manyEach, oneEach } from "../../shared/batching.js";
import { toPayment, toRefund, type Payment, type PaymentAttempt, type PaymentViewRow, type Refund, type RefundRow } from "./payments.types.js";

export const createPaymentLoaders = {
  /** Each order's payment (the caller reached the order, so may see it). */
  paymentByOrder: (source: DbSource) =>
    new DataLoader<string, Payment | null>(async (orderIds) => {
      const rows = await source.sql.query<PaymentViewRow>(
        "SELECT id, order_id, provider, state, amount, amount_captured, amount_refunded, reference FROM payment WHERE order_id = ANY($1::uuid[])",
        [orderIds],
      );
      return oneEach(orderIds, rows, (row) => row.order_id).map((row) => row && toPayment(row, source.services.currency));
    }),

  /** Each payment's history, oldest first. */
  paymentAttempts: (source: DbSource) =>
    new DataLoader<string, PaymentAttempt[]>(async (paymentIds) => {
      const rows = await source.sql.query<{ payment_id: string; kind: string; outcome: string; amount: number; message: string; created_at: Date }>(
        "SELECT payment_id, kind, outcome, amount, message, created_at FROM payment_attempt WHERE payment_id = ANY($1::uuid[]) ORDER BY payment_id, created_at, id",
        [paymentIds],
      );
      return manyEach(paymentIds, rows, (row) => row.payment_id).map((list) =>
        list.map((r) => ({ kind: r.kind, outcome: r.outcome, amount: source.services.currency.money(r.amount), message: r.message, at: r.created_at })),
      );
    }),

  /** Each order's refunds, oldest first, with their lines. */
  refundsByOrder: (source: DbSource) =>
    new DataLoader<string, Refund[]>(async (orderIds) => {
      const rows = await source.sql.query<RefundRow>(
        `SELECT r.id, r.order_id, r.amount, r.shipping, r.reason, r.restock, r.created_at,
                coalesce((SELECT json_agg(json_build_object('order_line_id', rl.order_line_id, 'quantity', rl.quantity, 'amount', rl.amount)) FROM refund_line rl WHERE rl.refund_id = r.id), '[]') AS lines
           FROM refund r WHERE r.order_id = ANY($1::uuid[]) ORDER BY r.order_id, r.created_at, r.id`,
        [orderIds],
      );
      return manyEach(orderIds, rows, (row) => row.order_id).map((list) => list.map((row) => toRefund(row, source.services.currency)));
    }),
};
