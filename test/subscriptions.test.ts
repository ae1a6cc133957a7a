/**
 * Subscriptions across instances: two servers on one database, each with its own LISTEN
 * connection. Changes are made over HTTP on instance A and watched over WebSocket on instance B.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { createVariant, placeOrder, readyCart } from "./helpers/commerce.js";
import { query } from "./helpers/database.js";
import { connect, listenersReady, watch } from "./helpers/subscriptions.js";
import { startTestServer, type TestServer } from "./helpers/server.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { print } from "graphql";
import { CartUpdatesDocument, OrderUpdatesDocument } from "@larder/sdk";

const WatchMyOrders = graphql(`
  subscription WatchMyOrders($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      code
      state
      trackingCode
    }
  }
`);

const WatchNewOrders = graphql(`
  subscription WatchNewOrders {
    orderPlaced {
      code
      email
      transitions {
        to
        note
      }
    }
  }
`);

const WatchCart = graphql(`
  subscription WatchCart {
    cartUpdated {
      totalQuantity
      lines {
        sku
        unitPrice {
          amount
        }
      }
      totals {
        subtotal {
          amount
        }
      }
    }
  }
`);

const WatchStock = graphql(`
  subscription WatchStock {
    stockLevelChanged {
      alert
      available
      threshold
      variant {
        sku
      }
    }
  }
`);

const ShipOrder = graphql(`
  mutation ShipOrder($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

const ChangePrice = graphql(`
  mutation ChangePrice($input: UpdateVariantInput!) {
    updateVariant(input: $input) {
      __typename
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    logout {
      __typename
    }
  }
`);

let a: TestServer;
let b: TestServer;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  a = await startTestServer({ LOW_STOCK_THRESHOLD: "2" });
  b = await startTestServer({ LOW_STOCK_THRESHOLD: "2" }, { sharedDatabaseUrl: a.databaseUrl });
  await listenersReady(a, 2);
});
afterAll(async () => {
  for (const close of closers) await close();
  await b.stop();
  await a.stop();
});

function client(server: TestServer, options: Parameters<typeof connect>[1] = {}) {
  const c = connect(server, options);
  closers.push(() => c.dispose() as Promise<void>);
  return c;
}

/** A customer with an order placed on A (paid at once); returns its headers, code and global id. */
async function customerWithOrder(onHand = 10) {
  const customer = await customerHeaders(a);
  const variant = await createVariant(a, { onHand });
  const headers = await readyCart(a, [{ variant, quantity: 1 }], { authorization: customer.authorization });
  const placed = await placeOrder(a, headers);
  const result = placed.body.data!.placeOrder;
  if (result.__typename !== "OrderPlaced") throw new Error(`placing failed: ${JSON.stringify(placed.body)}`);
  const { order } = result;
  return { customer, code: order.code, orderId: order.id };
}

describe("subscriptions across instances", () => {
  it("delivers a customer's own order changes made on another instance, and never another customer's", async () => {
    const mine = await customerWithOrder();
    const theirs = await customerWithOrder();
    const staff = await staffHeaders(a, ["ORDERS_READ", "ORDERS_WRITE"]);
    const watching = await watch(client(b, { connectionParams: mine.customer }), WatchMyOrders, {}, b);

    // Their order ships first, then mine: only mine may arrive.
    expect((await a.gql(ShipOrder, { input: { orderId: theirs.orderId, trackingCode: "THEIRS-1" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    expect((await a.gql(ShipOrder, { input: { orderId: mine.orderId, trackingCode: "MINE-1" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    const first = await watching.result(0);
    expect(first.data).toEqual({ orderUpdated: { code: mine.code, state: "SHIPPED", trackingCode: "MINE-1" } });
    expect(first.errors).toBeUndefined();
    // Nothing of theirs came before or after (the event of theirs was committed first).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watching.results).toHaveLength(1);
    expect(watching.ended).toBeUndefined();
  });

  it("gives staff with ORDERS_READ new orders placed on another instance, with the fields their permission shows", async () => {
    const staff = await staffHeaders(a, ["ORDERS_READ"]);
    const watching = await watch(client(b, { connectionParams: staff }), WatchNewOrders, {}, b);
    const { code } = await customerWithOrder();
    const result = await watching.result(0);
    expect(result.data).toMatchObject({ orderPlaced: { code, transitions: expect.arrayContaining([expect.objectContaining({ to: "PAYMENT_SETTLED" })]) } });
    expect(result.errors).toBeUndefined();
  });

  it("narrows orderUpdated to one order for staff", async () => {
    const one = await customerWithOrder();
    const other = await customerWithOrder();
    const staff = await staffHeaders(a, ["ORDERS_READ", "ORDERS_WRITE"]);
    const watching = await watch(client(b, { connectionParams: { authorization: staff.authorization } }), WatchMyOrders, { orderId: one.orderId }, b);
    await a.gql(ShipOrder, { input: { orderId: other.orderId, trackingCode: "OTHER-1" } }, { headers: staff });
    await a.gql(ShipOrder, { input: { orderId: one.orderId, trackingCode: "ONE-1" } }, { headers: staff });
    expect((await watching.result(0)).data).toEqual({ orderUpdated: { code: one.code, state: "SHIPPED", trackingCode: "ONE-1" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watching.results).toHaveLength(1);
  });

  it("shows a guest's cart priced again when staff change a variant's price on another instance", async () => {
    const variant = await createVariant(a, { onHand: 50, price: 1000 });
    const unrelated = await createVariant(a, { onHand: 50, price: 500 });
    const guest = await readyCart(a, [{ variant, quantity: 3 }]);
    const cartToken = guest["x-cart-token"]!;
    const staff = await staffHeaders(a, ["CATALOG_WRITE"]);
    const watching = await watch(client(b, { connectionParams: { cartToken } }), WatchCart, {}, b);

    // A price change of a variant the cart does not hold is not the cart's business.
    expect((await a.gql(ChangePrice, { input: { id: unrelated.globalId, version: 1, price: "6.00" } }, { headers: staff })).body.data!.updateVariant.__typename).toBe("VariantUpdated");
    expect((await a.gql(ChangePrice, { input: { id: variant.globalId, version: 1, price: "12.50" } }, { headers: staff })).body.data!.updateVariant.__typename).toBe("VariantUpdated");
    const result = await watching.result(0);
    expect(result.data).toEqual({ cartUpdated: { totalQuantity: 3, lines: [{ sku: variant.sku, unitPrice: { amount: "12.50" } }], totals: { subtotal: { amount: "37.50" } } } });
    // The price change was recorded with the change, as an event.
    const [event] = await query<{ payload: Record<string, unknown> }>(a.databaseUrl, "SELECT payload FROM event WHERE type = 'variant.price-changed' AND aggregate_id = $1::uuid", [variant.id]);
    expect(event!.payload).toMatchObject({ variantId: variant.id, sku: variant.sku, price: { amount: "12.50" }, previousPrice: { amount: "10.00" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watching.results).toHaveLength(1);
  });

  it("finds a guest's cart by the cookie of the upgrade request, and a customer's by the session", async () => {
    const variant = await createVariant(a, { onHand: 5, price: 1000 });
    const guest = await readyCart(a, [{ variant, quantity: 1 }]);
    const customer = await customerHeaders(a);
    await readyCart(a, [{ variant, quantity: 2 }], { authorization: customer.authorization });
    const byCookie = await watch(client(b, { headers: { cookie: `larder_cart=${guest["x-cart-token"]}` } }), WatchCart, {}, b);
    const bySession = await watch(client(b, { connectionParams: customer }), WatchCart, {}, b);
    // Three of five units are allocated once an order for them is placed: 2 left, the low-stock line.
    const buyer = await customerHeaders(a);
    await placeOrder(a, await readyCart(a, [{ variant, quantity: 3 }], { authorization: buyer.authorization }));
    expect((await byCookie.result(0)).data).toMatchObject({ cartUpdated: { totalQuantity: 1 } });
    expect((await bySession.result(0)).data).toMatchObject({ cartUpdated: { totalQuantity: 2 } });
  });

  it("gives staff with INVENTORY_READ low and out of stock from another instance", async () => {
    const staff = await staffHeaders(a, ["INVENTORY_READ", "CATALOG_READ"]);
    const watching = await watch(client(b, { connectionParams: staff }), WatchStock, {}, b);
    const variant = await createVariant(a, { onHand: 3 });
    const buyer = await customerHeaders(a);
    await placeOrder(a, await readyCart(a, [{ variant, quantity: 1 }], { authorization: buyer.authorization }));
    await placeOrder(a, await readyCart(a, [{ variant, quantity: 2 }], { authorization: buyer.authorization }));
    expect((await watching.result(0)).data).toEqual({ stockLevelChanged: { alert: "LOW", available: 2, threshold: 2, variant: { sku: variant.sku } } });
    expect((await watching.result(1)).data).toEqual({ stockLevelChanged: { alert: "OUT", available: 0, threshold: 2, variant: { sku: variant.sku } } });
  });
});

describe("the SDK's subscription documents", () => {
  it("run as a storefront sends them: OrderUpdates for one order, CartUpdates for a guest cart", async () => {
    const mine = await customerWithOrder();
    const staff = await staffHeaders(a, ["ORDERS_WRITE", "CATALOG_WRITE"]);
    const orders = await watch(client(b, { connectionParams: mine.customer }), print(OrderUpdatesDocument), { orderId: mine.orderId }, b);
    const variant = await createVariant(a, { onHand: 50, price: 1000 });
    const guest = await readyCart(a, [{ variant, quantity: 2 }]);
    const cart = await watch(client(b, { connectionParams: { cartToken: guest["x-cart-token"] } }), print(CartUpdatesDocument), {}, b);
    await a.gql(ShipOrder, { input: { orderId: mine.orderId, trackingCode: "SDK-1" } }, { headers: staff });
    await a.gql(ChangePrice, { input: { id: variant.globalId, version: 1, price: "9.00" } }, { headers: staff });
    expect((await orders.result(0)).data).toMatchObject({ orderUpdated: { id: mine.orderId, state: "SHIPPED", trackingCode: "SDK-1" } });
    expect((await cart.result(0)).data).toMatchObject({ cartUpdated: { totals: { subtotal: { amount: "18.00" } } } });
    expect([...orders.results, ...cart.results].flatMap((r) => r.errors ?? [])).toEqual([]);
  });
});

describe("authorisation of subscriptions", () => {
  it("ends a customer's subscription with UNAUTHENTICATED at the next event once the session is signed out", async () => {
    const mine = await customerWithOrder();
    const staff = await staffHeaders(a, ["ORDERS_WRITE"]);
    const watching = await watch(client(b, { connectionParams: { authorization: mine.customer.authorization } }), WatchMyOrders, {}, b);
    expect((await a.gql(SignOut, {}, { headers: { authorization: mine.customer.authorization } })).status).toBe(200);
    await a.gql(ShipOrder, { input: { orderId: mine.orderId, trackingCode: "AFTER-LOGOUT" } }, { headers: staff });
    const last = await watching.result(0);
    expect(last.data).toBeNull();
    expect(last.errors).toMatchObject([{ path: ["orderUpdated"], extensions: { code: "UNAUTHENTICATED", reason: "SESSION_EXPIRED" } }]);
    expect(await watching.end()).toBe("complete");
    expect(watching.results).toHaveLength(1);
  });

  it("ends a staff feed with FORBIDDEN once the permission is taken away", async () => {
    const staff = await staffHeaders(a, ["ORDERS_READ"]);
    const watching = await watch(client(b, { connectionParams: staff }), WatchNewOrders, {}, b);
    await query(a.databaseUrl, `UPDATE role SET permissions = '{}' WHERE id IN (SELECT role_id FROM staff_role WHERE staff_id = $1::uuid)`, [staff.staffId]);
    await customerWithOrder();
    const last = await watching.result(0);
    expect(last.data).toBeNull();
    expect(last.errors).toMatchObject([{ path: ["orderPlaced"], extensions: { code: "FORBIDDEN" } }]);
    expect(await watching.end()).toBe("complete");
  });

  it("ends a customer's cart subscription when the session ends, even with a guest cart token on the connection", async () => {
    const variant = await createVariant(a, { onHand: 50, price: 1000 });
    const guest = await readyCart(a, [{ variant, quantity: 1 }]);
    const customer = await customerHeaders(a);
    await readyCart(a, [{ variant, quantity: 1 }], { authorization: customer.authorization });
    const watching = await watch(client(b, { connectionParams: { ...customer, cartToken: guest["x-cart-token"] } }), WatchCart, {}, b);
    await query(a.databaseUrl, "UPDATE session SET revoked_at = now() WHERE customer_id = $1::uuid", [customer.customerId]);
    const staff = await staffHeaders(a, ["CATALOG_WRITE"]);
    await a.gql(ChangePrice, { input: { id: variant.globalId, version: 1, price: "11.00" } }, { headers: staff });
    const last = await watching.result(0);
    expect(last.errors).toMatchObject([{ path: ["cartUpdated"], extensions: { code: "UNAUTHENTICATED" } }]);
    expect(await watching.end()).toBe("complete");
  });

  it("refuses staff feeds to anonymous callers, customers and staff without the permission, at the start", async () => {
    const customer = await customerHeaders(a);
    const clerk = await staffHeaders(a, ["CATALOG_READ"]);
    const cases: [Record<string, unknown>, { toString(): string }, string][] = [
      [{}, WatchNewOrders, "UNAUTHENTICATED"],
      [{}, WatchStock, "UNAUTHENTICATED"],
      [{}, WatchMyOrders, "UNAUTHENTICATED"],
      [customer, WatchNewOrders, "FORBIDDEN"],
      [customer, WatchStock, "FORBIDDEN"],
      [clerk, WatchNewOrders, "FORBIDDEN"],
      [clerk, WatchStock, "FORBIDDEN"],
      [clerk, WatchMyOrders, "FORBIDDEN"],
      [clerk, WatchCart, "FORBIDDEN"],
    ];
    for (const [params, document, code] of cases) {
      const refused = await watch(client(b, { connectionParams: params }), document);
      expect(await refused.end()).toBe("complete");
      expect(refused.results).toHaveLength(1);
      expect(refused.results[0]!.errors).toMatchObject([{ extensions: { code } }]);
    }
  });

  it("answers a foreign order id like a missing one, and a malformed id with BAD_USER_INPUT", async () => {
    const theirs = await customerWithOrder();
    const me = await customerHeaders(a);
    const c = client(b, { connectionParams: me });
    const codes = [];
    for (const orderId of [theirs.orderId, toGlobalId("Order", randomUUID()), "not-an-id", toGlobalId("Product", randomUUID())]) {
      const refused = await watch(c, WatchMyOrders, { orderId });
      await refused.end();
      codes.push(refused.results[0]!.errors![0]!.extensions!.code);
    }
    expect(codes).toEqual(["NOT_FOUND", "NOT_FOUND", "BAD_USER_INPUT", "BAD_USER_INPUT"]);
  });

  it("refuses a guest cart subscription without a cart token, or with a made-up one", async () => {
    for (const params of [{}, { cartToken: "x".repeat(43) }, { cartToken: 12 }]) {
      const refused = await watch(client(b, { connectionParams: params }), WatchCart);
      await refused.end();
      expect(refused.results[0]!.errors).toMatchObject([{ extensions: { code: "NOT_FOUND" } }]);
    }
  });
});
