/**
 * Order mail to the buyer (customer or guest), sent by an event consumer: confirmation when an
 * order is placed (with a link to its status page), payment received, shipped with its tracking
 * code, cancelled, refunded. The consumer's
 * delivery job is the mail's job: retried with backoff, never lost. A mail sent again (delivery is
 * at least once) carries the same Message-ID, made from the event's id, so it is recorded once by
 * the database transport and recognisable as a repeat by any receiver.
 */
import type { Db } from "../../db/sql.js";
import type { Mailer } from "../../mail/mailer.js";
import type { MailTemplates } from "../../mail/templates.js";
import { currencyOf, formatMinor } from "../../shared/currency.js";
import type { EventConsumer } from "../events/dispatch.js";
import type { EventType, StoredEvent } from "../events/event-catalogue.js";
import { issueStatusToken, statusPageLink } from "./order-status-token.js";

const TEMPLATES: Partial<Record<EventType, string>> = {
  "order.placed": "order-confirmation",
  "order.paid": "payment-received",
  "order.shipped": "order-shipped",
  "order.cancelled": "order-cancelled",
  "order.refunded": "refund",
};

interface OrderMailRow {
  email: string;
  code: string;
  state: string;
  currency: string;
  subtotal: number;
  discount: number;
  shipping: number;
  total: number;
  tracking_code: string | null;
  paid: boolean;
}

/** The values every order template gets. */
async function orderView(db: Db, orderId: string, templates: MailTemplates): Promise<{ email: string; view: Record<string, unknown> } | undefined> {
  const [order] = await db.query<OrderMailRow>`
    SELECT email, code, state, currency, subtotal, discount, shipping, total, tracking_code,
           EXISTS (SELECT 1 FROM order_transition t WHERE t.order_id = o.id AND t.to_state = 'PAYMENT_SETTLED') AS paid
      FROM shop_order o WHERE id = ${orderId}::uuid`;
  if (!order) return undefined;
  const lines = await db.query<{ product_title: string; variant_title: string; sku: string; quantity: number; amount: number }>`
    SELECT product_title, variant_title, sku, quantity, amount FROM order_line WHERE order_id = ${orderId}::uuid ORDER BY position`;
  const digits = currencyOf(order.currency)?.digits ?? 2;
  const money = (minor: number) => templates.money(formatMinor(minor, digits), order.currency);
  return {
    email: order.email,
    view: {
      code: order.code,
      paid: order.paid,
      lines: lines.map((l) => ({ title: l.variant_title ? `${l.product_title} – ${l.variant_title}` : l.product_title, sku: l.sku, quantity: l.quantity, amount: money(l.amount) })),
      subtotal: money(order.subtotal),
      discounted: order.discount > 0,
      discount: money(order.discount),
      shipping: money(order.shipping),
      total: money(order.total),
      trackingCode: order.tracking_code,
    },
  };
}

/** The host part of Message-IDs: the sender's domain. */
function messageDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

/** The consumer that mails buyers about their orders; `statusUrl` is the link template of the order-status page. */
export function orderMailConsumer(deps: { db: Db; mailer: Mailer; templates: MailTemplates; from: string; statusUrl: string }): EventConsumer {
  return {
    name: "order-mail",
    types: Object.keys(TEMPLATES) as EventType[],
    async handle(event: StoredEvent) {
      // The confirmation of an order paid while it was placed already says so.
      if (event.type === "order.paid" && event.payload.atPlacement) return;
      const template = TEMPLATES[event.type]!;
      const order = await orderView(deps.db, event.aggregateId, deps.templates);
      if (!order) return;
      const expired = event.type === "order.cancelled" && event.payload.expired;
      const refund = event.type === "order.refunded" ? { refundAmount: deps.templates.money(event.payload.amount.amount, event.payload.amount.currencyCode), reason: event.payload.reason } : {};
      // A token of its own for each attempt: a repeated mail may carry another link, and every one sent works.
      const statusLink = template === "order-confirmation" ? statusPageLink(deps.statusUrl, await issueStatusToken(deps.db, event.aggregateId)) : undefined;
      await deps.mailer.send({
        to: order.email,
        kind: template,
        messageId: `<${event.id}.${template}@${messageDomain(deps.from)}>`,
        ...deps.templates.render(template, { ...order.view, expired, ...refund, statusLink }),
      });
    },
  };
}
