/**
 * The order state machine: the only transitions an order can make. Everything that changes an
 * order's state asks `canTransition` first, inside the transaction that records the transition.
 */

export const ORDER_STATES = ["PLACED", "PAYMENT_AUTHORIZED", "PAYMENT_SETTLED", "SHIPPED", "DELIVERED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"] as const;
export type OrderState = (typeof ORDER_STATES)[number];

const TRANSITIONS: Record<OrderState, readonly OrderState[]> = {
  // Placed: stock allocated, payment not yet authorized (e.g. manual payment awaiting staff).
  PLACED: ["PAYMENT_AUTHORIZED", "PAYMENT_SETTLED", "CANCELLED"],
  // Capturing on shipment (CAPTURE_ON=shipment), an authorised order ships and is captured in one move.
  PAYMENT_AUTHORIZED: ["PAYMENT_SETTLED", "SHIPPED", "CANCELLED"],
  PAYMENT_SETTLED: ["SHIPPED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"],
  // Once shipped, goods are out of the door: no cancellation; money goes back by refunds.
  SHIPPED: ["DELIVERED", "PARTIALLY_REFUNDED", "REFUNDED"],
  DELIVERED: ["PARTIALLY_REFUNDED", "REFUNDED"],
  CANCELLED: [],
  // A further partial refund keeps the state (and is in the history all the same); an order not yet
  // shipped still ships, and what is left of it is refunded rather than cancelled.
  PARTIALLY_REFUNDED: ["REFUNDED", "SHIPPED", "DELIVERED"],
  // Everything captured went back.
  REFUNDED: [],
};

/** Whether an order in `from` may move to `to`. */
export function canTransition(from: OrderState, to: OrderState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** States an order in `from` may move to, for error messages and admin UIs. */
export function nextStates(from: OrderState): readonly OrderState[] {
  return TRANSITIONS[from];
}

/** Whether stock allocated to an order in this state is still held (and released on cancellation). */
export function holdsAllocation(state: OrderState): boolean {
  return state === "PLACED" || state === "PAYMENT_AUTHORIZED" || state === "PAYMENT_SETTLED";
}
