/**
 * The outbox: every change the catalogue lists records its event in the transaction of the change,
 * with its dispatch job; a rollback leaves neither.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { recordEvent } from "../../src/modules/events/outbox.js";
import { expireUnpaidOrders } from "../../src/modules/orders/order-expiry.js";
import { graphql } from "../gql/index.js";
import { staffHeaders } from "../helpers/auth.js";
import { createTestProduct } from "../helpers/catalog.js";
import { createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { register, uniqueEmail } from "../helpers/identity.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const UpdateProduct = graphql(`
  mutation EventsUpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      __typename
      ... on ProductUpdated {
        product {
          version
        }
      }
    }
  }
`);

const ArchiveProduct = graphql(`
  mutation EventsArchiveProduct($input: ArchiveProductInput!) {
    archiveProduct(input: $input) {
      __typename
    }
  }
`);

const SetOptions = graphql(`
  mutation EventsSetOptions($input: SetProductOptionsInput!) {
    setProductOptions(input: $input) {
      __typename
      ... on UserError {
        message
      }
    }
  }
`);

const Fulfil = graphql(`
  mutation EventsFulfil($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

const Transition = graphql(`
  mutation EventsTransition($input: TransitionOrderInput!) {
    transitionOrder(input: $input) {
      __typename
    }
  }
`);

const Cancel = graphql(`
  mutation EventsCancel($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      __typename
    }
  }
`);

const AdjustStock = graphql(`
  mutation EventsAdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      __typename
    }
  }
`);

interface EventRow extends Record<string, unknown> {
  id: string;
  type: string;
  version: number;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
}

let server: TestServer;
let staff: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ JOBS_IN_SERVER: "false" });
  staff = await staffHeaders(server, [Permission.CATALOG_WRITE, Permission.ORDERS_READ, Permission.ORDERS_WRITE, Permission.INVENTORY_WRITE]);
});

afterAll(async () => {
  await server?.stop();
});

function eventsOf(aggregateId: string): Promise<EventRow[]> {
  return query<EventRow>(server.databaseUrl, "SELECT id, type, version, aggregate_type, aggregate_id, payload FROM event WHERE aggregate_id = $1 ORDER BY id", [aggregateId]);
}

/** Dispatch jobs waiting for the events `ids`. */
async function dispatchJobs(ids: string[]): Promise<string[]> {
  const rows = await query<{ event_id: string }>(
    server.databaseUrl,
    `SELECT j.payload->>'eventId' AS event_id FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'event:dispatch' AND j.payload->>'eventId' = ANY($1)`,
    [ids],
  );
  return rows.map((r) => r.event_id).sort();
}

async function orderOf(code: string): Promise<string> {
  const [row] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [code]);
  return row!.id;
}

async function placed(paymentMethod = "test", onHand = 10, quantity = 1) {
  const variant = await createVariant(server, { onHand, price: 1250 });
  const headers = await readyCart(server, [{ variant, quantity }]);
  const { body } = await placeOrder(server, headers, { paymentMethod });
  const order = body.data!.placeOrder;
  if (order.__typename !== "OrderPlaced") throw new Error(JSON.stringify(order));
  return { variant, code: order.order.code, id: await orderOf(order.order.code), globalId: order.order.id };
}

describe("the outbox", () => {
  it("records order.placed and order.paid with the order's facts, and a dispatch job for each, when a paid order is placed", async () => {
    const order = await placed("test");
    const events = await eventsOf(order.id);
    expect(events.map((e) => e.type)).toEqual(["order.placed", "order.paid"]);
    expect(events[0]).toMatchObject({
      version: 1,
      aggregate_type: "order",
      payload: { orderId: order.id, code: order.code, state: "PAYMENT_SETTLED", paymentMethod: "test", customerId: null, lines: [{ variantId: order.variant.id, sku: order.variant.sku, quantity: 1 }] },
    });
    expect(events[1]!.payload).toMatchObject({ orderId: order.id, from: "PLACED", to: "PAYMENT_SETTLED", staffId: null });
    expect(events[0]!.payload.total).toEqual(events[1]!.payload.total);
    expect(await dispatchJobs(events.map((e) => e.id))).toEqual(events.map((e) => e.id).sort());
  });

  it("records order.shipped with the tracking code and order.delivered, naming the staff member", async () => {
    const order = await placed("test");
    expect((await server.gql(Fulfil, { input: { orderId: order.globalId, trackingCode: "TRACK-42" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    expect((await server.gql(Transition, { input: { orderId: order.globalId, to: "DELIVERED" as never } }, { headers: staff })).body.data!.transitionOrder.__typename).toBe("OrderUpdated");
    const events = await eventsOf(order.id);
    expect(events.map((e) => e.type)).toEqual(["order.placed", "order.paid", "order.shipped", "order.delivered"]);
    expect(events[2]!.payload).toMatchObject({ from: "PAYMENT_SETTLED", to: "SHIPPED", trackingCode: "TRACK-42", staffId: staff.staffId });
    expect(events[3]!.payload).toMatchObject({ from: "SHIPPED", to: "DELIVERED", staffId: staff.staffId });
  });

  it("records order.paid when staff settle a manual payment, and order.cancelled by staff or by expiry", async () => {
    const paidLater = await placed("manual");
    expect((await eventsOf(paidLater.id)).map((e) => e.type)).toEqual(["order.placed"]);
    await server.gql(Transition, { input: { orderId: paidLater.globalId, to: "PAYMENT_SETTLED" as never } }, { headers: staff });
    const cancelled = await placed("manual");
    await server.gql(Cancel, { input: { orderId: cancelled.globalId, reason: "customer called" } }, { headers: staff });
    const expired = await placed("manual");
    await query(server.databaseUrl, "UPDATE shop_order SET expires_at = now() - interval '1 minute' WHERE id = $1", [expired.id]);
    await expireUnpaidOrders(server.database.sql);

    expect((await eventsOf(paidLater.id)).map((e) => [e.type, e.payload.to])).toEqual([["order.placed", undefined], ["order.paid", "PAYMENT_SETTLED"]]);
    expect((await eventsOf(cancelled.id))[1]!.payload).toMatchObject({ to: "CANCELLED", reason: "customer called", expired: false, staffId: staff.staffId });
    expect((await eventsOf(expired.id))[1]!.payload).toMatchObject({ to: "CANCELLED", expired: true, staffId: null });
  });

  it("records stock.low when an order takes a variant to the threshold and stock.out when it empties, once per crossing", async () => {
    const order = await placed("test", 7, 2);
    expect((await eventsOf(order.variant.id)).map((e) => [e.type, e.payload.available])).toEqual([["stock.low", 5]]);
    const headers = await readyCart(server, [{ variant: order.variant, quantity: 1 }]);
    await placeOrder(server, headers);
    expect((await eventsOf(order.variant.id)).map((e) => e.type)).toEqual(["stock.low"]);
    await server.gql(AdjustStock, { input: { variantId: order.variant.globalId, delta: -4, reason: "DAMAGED" as never } }, { headers: staff });
    const events = await eventsOf(order.variant.id);
    expect(events.map((e) => [e.type, e.payload.available])).toEqual([["stock.low", 5], ["stock.out", 0]]);
    expect(events[1]).toMatchObject({ aggregate_type: "variant", payload: { variantId: order.variant.id, sku: order.variant.sku, threshold: 5 } });
  });

  it("records product.created, product.updated with the changed fields, and product.archived", async () => {
    const product = await createTestProduct(server, staff, { title: `Event lamp ${randomUUID().slice(0, 6)}` });
    const id = product.id;
    const updated = await server.gql(UpdateProduct, { input: { id, version: product.version, title: "Renamed lamp", status: "ACTIVE" as never } }, { headers: staff });
    const version = (updated.body.data!.updateProduct as { product: { version: number } }).product.version;
    expect((await server.gql(ArchiveProduct, { input: { id, version } }, { headers: staff })).body.data!.archiveProduct.__typename).toBe("ProductArchived");
    const [row] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM product WHERE title = 'Renamed lamp' AND version = $1", [version + 1]);
    const events = await eventsOf(row!.id);
    expect(events.map((e) => e.type)).toEqual(["product.created", "product.updated", "product.archived"]);
    expect(events[0]!.payload).toMatchObject({ productId: row!.id, status: "DRAFT" });
    expect(events[1]!.payload).toEqual({ productId: row!.id, version, status: "ACTIVE", changed: ["title", "status"] });
    expect(events[2]!.payload).toEqual({ productId: row!.id, version: version + 1 });
  });

  it("records customer.registered", async () => {
    const email = uniqueEmail("events");
    await register(server, email);
    const [customer] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM customer WHERE email = $1", [email]);
    expect((await eventsOf(customer!.id)).map((e) => [e.type, e.payload])).toEqual([["customer.registered", { customerId: customer!.id, email, marketingOptIn: false }]]);
  });
});

describe("a rollback never emits", () => {
  it("leaves no event and no dispatch job when the transaction that recorded them rolls back", async () => {
    const aggregateId = randomUUID();
    await expect(
      server.database.sql.transaction(async (tx) => {
        await recordEvent(tx, { type: "customer.registered", aggregateId, payload: { customerId: aggregateId, email: "x@example.test", marketingOptIn: false } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await eventsOf(aggregateId)).toEqual([]);
    const [jobs] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload::text LIKE $1", [`%${aggregateId}%`]);
    expect(jobs!.n).toBe(0);
  });

  it("records nothing for a refused mutation whose transaction had already written its event", async () => {
    const product = await createTestProduct(server, staff, { title: `Options lamp ${randomUUID().slice(0, 6)}` });
    const [row] = await query<{ id: string }>(server.databaseUrl, "SELECT id FROM product WHERE slug = $1", [product.slug]);
    await query(
      server.databaseUrl,
      "INSERT INTO variant (id, product_id, sku, price, stock_on_hand, updated_at) VALUES (gen_random_uuid(), $1, $2, 100, 1, now())",
      [row!.id, `SKU-${randomUUID().slice(0, 8)}`],
    );
    const before = await eventsOf(row!.id);
    // The event is written before the options are compared; adding an option to a product with variants is refused after it.
    const { body } = await server.gql(SetOptions, { input: { productId: product.id, version: product.version, options: [{ name: "Size", values: ["S"] }] } }, { headers: staff });
    expect(body.data!.setProductOptions.__typename).toBe("InvalidInput");
    expect(await eventsOf(row!.id)).toEqual(before);
    expect(before.map((e) => e.type)).toEqual(["product.created"]);
  });
});
