/** The events of an order's life (see the catalogue in src/modules/events/event-catalogue.ts), built from what the transaction that changes it knows. */
import { currencyOf, formatMinor } from "../../shared/currency.js";
import type { EventMoney, NewEvent, OrderTransitionFacts } from "../events/event-catalogue.js";
import type { OrderState } from "./order-state.js";

/** An amount of the order's currency as events carry it. */
export function eventMoney(minor: number, currencyCode: string): EventMoney {
  return { amount: formatMinor(minor, currencyOf(currencyCode)?.digits ?? 2), currencyCode };
}

/** What a placed order's events say about it. */
export interface PlacedOrder {
  orderId: string;
  code: string;
  customerId: string | null;
  email: string;
  state: OrderState;
  total: EventMoney;
  paymentMethod: string;
  paymentReference: string | null;
  lines: { variantId: string; sku: string; quantity: number }[];
}

/** `order.placed`, and `order.paid` when the payment settled while placing. */
export function placedOrderEvents(order: PlacedOrder): NewEvent[] {
  const { paymentReference, ...placed } = order;
  const events: NewEvent[] = [{ type: "order.placed", aggregateId: order.orderId, payload: placed }];
  if (order.state === "PAYMENT_SETTLED") {
    const facts = { orderId: order.orderId, code: order.code, from: "PLACED", to: "PAYMENT_SETTLED", staffId: null };
    events.push({ type: "order.paid", aggregateId: order.orderId, payload: { ...facts, total: order.total, paymentReference, atPlacement: true } });
  }
  return events;
}

/** What a transition's event needs beyond the move itself. */
export interface TransitionContext {
  total: EventMoney;
  paymentReference: string | null;
  trackingCode: string | null;
  note: string;
  expired: boolean;
}

/** The event a move to `facts.to` records; none for a move nobody listens for (payment authorized). */
export function transitionEvent(facts: OrderTransitionFacts, context: TransitionContext): NewEvent | null {
  const aggregateId = facts.orderId;
  switch (facts.to as OrderState) {
    case "PAYMENT_SETTLED":
      return { type: "order.paid", aggregateId, payload: { ...facts, total: context.total, paymentReference: context.paymentReference, atPlacement: false } };
    case "SHIPPED":
      return { type: "order.shipped", aggregateId, payload: { ...facts, trackingCode: context.trackingCode ?? "" } };
    case "DELIVERED":
      return { type: "order.delivered", aggregateId, payload: facts };
    case "CANCELLED":
      return { type: "order.cancelled", aggregateId, payload: { ...facts, reason: context.note, expired: context.expired } };
    default:
      return null;
  }
}
