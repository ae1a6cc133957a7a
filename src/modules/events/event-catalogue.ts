/**
 * Every event Larder records, in one place: its type, the aggregate it belongs to, the version of
 * its payload's shape and that shape. docs/events.md describes them for consumers. A change of
 * shape that a consumer could trip over (a field removed, renamed or retyped) is a new version;
 * adding a field is not.
 */

/** An amount as the API shows it: a decimal string in an ISO 4217 currency, never a float. */
export interface EventMoney {
  amount: string;
  currencyCode: string;
}

/** A change of an order's state, as every order event after `order.placed` reports it. */
export interface OrderTransitionFacts {
  orderId: string;
  code: string;
  from: string;
  to: string;
  /** The staff member who made the change; null when the system did (payment at placement, expiry). */
  staffId: string | null;
}

export interface StockFacts {
  variantId: string;
  productId: string;
  sku: string;
  /** Units still promisable after the change: on hand minus allocated. */
  available: number;
  /** LOW_STOCK_THRESHOLD when the event was recorded. */
  threshold: number;
}

/** Payload shapes by event type. */
export interface EventPayloads {
  "order.placed": {
    orderId: string;
    code: string;
    customerId: string | null;
    email: string;
    state: string;
    total: EventMoney;
    paymentMethod: string;
    lines: { variantId: string; sku: string; quantity: number }[];
  };
  /** `atPlacement`: the payment settled while the order was placed (its `order.placed` says PAYMENT_SETTLED). */
  "order.paid": OrderTransitionFacts & { total: EventMoney; paymentReference: string | null; atPlacement: boolean };
  "order.shipped": OrderTransitionFacts & { trackingCode: string };
  "order.delivered": OrderTransitionFacts;
  "order.cancelled": OrderTransitionFacts & { reason: string; expired: boolean };
  /** Defined for consumers to prepare for; nothing records it until refunds exist. */
  "order.refunded": { orderId: string; code: string; amount: EventMoney; reason: string };
  "stock.low": StockFacts;
  "stock.out": StockFacts;
  "product.created": { productId: string; title: string; slug: string; status: string };
  "product.updated": { productId: string; version: number; status: string; changed: string[] };
  "product.archived": { productId: string; version: number };
  "customer.registered": { customerId: string; email: string; marketingOptIn: boolean };
  /** An endpoint failed for so long that it was switched off; `failingSince` is an ISO timestamp. */
  "webhook.endpoint.disabled": { endpointId: string; url: string; reason: string; failingSince: string; failedDeliveries: number };
}

export type EventType = keyof EventPayloads;

/** The aggregate and the current payload version of each type. */
export const EVENT_CATALOGUE: { readonly [T in EventType]: { aggregate: "order" | "variant" | "product" | "customer" | "webhook_endpoint"; version: number } } = {
  "order.placed": { aggregate: "order", version: 1 },
  "order.paid": { aggregate: "order", version: 1 },
  "order.shipped": { aggregate: "order", version: 1 },
  "order.delivered": { aggregate: "order", version: 1 },
  "order.cancelled": { aggregate: "order", version: 1 },
  "order.refunded": { aggregate: "order", version: 1 },
  "stock.low": { aggregate: "variant", version: 1 },
  "stock.out": { aggregate: "variant", version: 1 },
  "product.created": { aggregate: "product", version: 1 },
  "product.updated": { aggregate: "product", version: 1 },
  "product.archived": { aggregate: "product", version: 1 },
  "customer.registered": { aggregate: "customer", version: 1 },
  "webhook.endpoint.disabled": { aggregate: "webhook_endpoint", version: 1 },
};

/** Every type, in catalogue order. */
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

/** An event about to be recorded: its type, the aggregate's id and the payload for that type. */
export type NewEvent<T extends EventType = EventType> = { [K in T]: { type: K; aggregateId: string; payload: EventPayloads[K] } }[T];

/** An event as stored and delivered. */
export type StoredEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; version: number; aggregateType: string; aggregateId: string; payload: EventPayloads[K]; occurredAt: Date };
}[T];
