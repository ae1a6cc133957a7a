/**
 * Customers cancel their own orders before shipment, over HTTP on real PostgreSQL: stock
 * released, a captured payment refunded, an authorised one voided (Stripe, capturing on shipment);
 * refused once shipped, and someone else's order reads as missing. Nothing changes when refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { commerceCounts, createVariant, readyCart, stockOf } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { CARDS, startFakeStripe, type FakeStripe } from "../helpers/fake-stripe.js";
import { createSession, paymentCounts, placeWith } from "../helpers/payments.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CancelMine = graphql(`
  mutation CancelMine($input: CancelMyOrderInput!) {
    cancelMyOrder(input: $input) {
      __typename
      ... on OrderCancelled {
        order {
          state
          payment {
            state
            amountRefunded {
              amount
            }
          }
        }
      }
      ... on OrderNotCancellable {
        state
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const Ship = graphql(`
  mutation ShipForCancel($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

let stripe: FakeStripe;
let server: TestServer;
beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startTestServer({ ...stripe.env, CAPTURE_ON: "shipment" });
});
afterAll(async () => {
  await server.stop();
  await stripe.stop();
});

async function customerOrder(method: "test" | "stripe") {
  const customer = await customerHeaders(server);
  const headers = { authorization: customer.authorization };
  const variant = await createVariant(server, { onHand: 5, price: 1000 });
  await readyCart(server, [{ variant, quantity: 2 }], headers);
  if (method === "stripe") await createSession(server, headers);
  const placed = (await placeWith(server, headers, method, method === "stripe" ? CARDS.visa : null)).body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  return { headers, variant, order: placed.order };
}

describe("customers cancelling their orders", () => {
  it("voids an authorised card payment and releases the stock", async () => {
    const { headers, variant, order } = await customerOrder("stripe");
    expect(order.state).toBe("PAYMENT_AUTHORIZED");
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 2 });
    const result = (await server.gql(CancelMine, { input: { orderId: order.id, reason: "changed my mind" } }, { headers })).body.data!.cancelMyOrder;
    expect(result).toMatchObject({ __typename: "OrderCancelled", order: { state: "CANCELLED", payment: { state: "VOIDED", amountRefunded: { amount: "0.00" } } } });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 0 });
    const [transition] = await query<{ customer_id: string | null }>(server.databaseUrl, "SELECT t.customer_id FROM order_transition t JOIN shop_order o ON o.id = t.order_id WHERE o.code = $1 AND t.to_state = 'CANCELLED'", [order.code]);
    expect(transition!.customer_id).not.toBeNull();
    expect([...stripe.intents.values()].some((i) => i.status === "canceled")).toBe(true);
  });

  it("refunds a captured payment in full", async () => {
    const { headers, order } = await customerOrder("test");
    expect(order.state).toBe("PAYMENT_AUTHORIZED");
    const staff = { authorization: (await staffHeaders(server, ["ORDERS_WRITE"])).authorization };
    // Capturing on shipment; staff mark it paid, which captures.
    const Settle = graphql(`
      mutation SettleForCancel($input: TransitionOrderInput!) {
        transitionOrder(input: $input) {
          __typename
        }
      }
    `);
    expect((await server.gql(Settle, { input: { orderId: order.id, to: "PAYMENT_SETTLED" } }, { headers: staff })).body.data!.transitionOrder.__typename).toBe("OrderUpdated");
    const result = (await server.gql(CancelMine, { input: { orderId: order.id } }, { headers })).body.data!.cancelMyOrder;
    expect(result).toMatchObject({ __typename: "OrderCancelled", order: { state: "CANCELLED", payment: { state: "REFUNDED", amountRefunded: { amount: "24.90" } } } });
  });

  it("refuses once shipped, and someone else's order reads as missing; nothing changes", async () => {
    const { headers, order } = await customerOrder("stripe");
    const staff = { authorization: (await staffHeaders(server, ["ORDERS_WRITE"])).authorization };
    expect((await server.gql(Ship, { input: { orderId: order.id, trackingCode: "T-9" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    const [captured] = await query<{ state: string }>(server.databaseUrl, "SELECT p.state FROM payment p JOIN shop_order o ON o.id = p.order_id WHERE o.code = $1", [order.code]);
    expect(captured!.state).toBe("CAPTURED");
    const before = { ...(await commerceCounts(server)), ...(await paymentCounts(server)) };
    expect((await server.gql(CancelMine, { input: { orderId: order.id } }, { headers })).body.data!.cancelMyOrder).toMatchObject({ __typename: "OrderNotCancellable", code: "ORDER_NOT_CANCELLABLE", state: "SHIPPED" });
    const other = await customerOrder("test");
    expect((await server.gql(CancelMine, { input: { orderId: other.order.id } }, { headers })).body.data!.cancelMyOrder).toMatchObject({ __typename: "NotFound", path: ["input", "orderId"] });
    const anonymous = await server.gql(CancelMine, { input: { orderId: order.id } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const after = { ...(await commerceCounts(server)), ...(await paymentCounts(server)) };
    // The other customer's order was placed in between: compare all but what it added.
    expect(after.transitions - before.transitions).toBe(2);
    expect((await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE code = $1", [other.order.code]))[0]!.state).toBe("PAYMENT_AUTHORIZED");
  });
});
