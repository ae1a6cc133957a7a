import type { OrderState } from "@larder/sdk";

const LABELS: Record<OrderState, string> = {
  PLACED: "Awaiting payment",
  PAYMENT_AUTHORIZED: "Payment authorized",
  PAYMENT_SETTLED: "Paid",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

/** An order's state in words a shopper knows. */
export function OrderStateBadge({ state }: { state: OrderState }) {
  return <span className={`state state-${state.toLowerCase()}`}>{LABELS[state]}</span>;
}
