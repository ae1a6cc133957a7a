/**
 * Orders awaiting payment hold stock nobody paid for, so how many a buyer may have and how much of
 * a variant one may hold are limited (src/modules/checkout/unpaid-orders.ts). The server runs
 * with the default limits: 2 per customer account and order email, 4 per client address, a line
 * at most 25 % of the variant's units on hand.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { commerceCounts, createVariant, readyCart, stockOf, unbalancedVariants, type TestVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const PlaceUnpaidOrder = graphql(`
  mutation PlaceUnpaidOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        order {
          id
          state
        }
      }
      ... on TooManyUnpaidOrders {
        limit
      }
      ... on QuantityLimitExceeded {
        lines {
          variantId
          requested
          allowed
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const MarkOrderPaid = graphql(`
  mutation MarkOrderPaid($input: TransitionOrderInput!) {
    transitionOrder(input: $input) {
      __typename
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  // The defaults, over the suite's lifted ones; client addresses from X-Forwarded-For.
  server = await startTestServer({ UNPAID_ORDERS_PER_BUYER: "2", UNPAID_ORDERS_PER_ADDRESS: "4", UNPAID_ORDER_STOCK_PERCENT: "25", TRUST_PROXY: "1" });
});
afterAll(() => server.stop());

const from = (address: string, headers: Record<string, string> = {}) => ({ ...headers, "x-forwarded-for": address });

/** Readies the caller's cart and places it; `method` defaults to manual (awaiting payment). */
async function place(variant: TestVariant, quantity: number, headers: Record<string, string>, options: { email?: string; method?: string } = {}) {
  const ready = await readyCart(server, [{ variant, quantity }], headers, { email: options.email });
  const answer = await server.gql(PlaceUnpaidOrder, { input: { idempotencyKey: randomUUID(), paymentMethod: options.method ?? "manual" } }, { headers: ready });
  return answer.body.data!.placeOrder;
}

describe("orders awaiting payment", () => {
  it("may hold a quarter of a variant's units per line, so one buyer holds at most half of it", async () => {
    const variant = await createVariant(server, { onHand: 27 });
    const email = `hoarder-${randomUUID().slice(0, 8)}@example.test`;
    const before = await commerceCounts(server);
    const all = await place(variant, 27, from("198.51.100.1"), { email });
    expect(all).toMatchObject({ __typename: "QuantityLimitExceeded", code: "QUANTITY_LIMIT_EXCEEDED", path: ["input", "paymentMethod"], lines: [{ variantId: variant.globalId, requested: 27, allowed: 6 }] });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 27, allocated: 0 });
    const after = await commerceCounts(server);
    expect({ ...after, carts: before.carts, cart_lines: before.cart_lines, cart_units: before.cart_units }).toEqual(before);

    expect((await place(variant, 6, from("198.51.100.1"), { email })).__typename).toBe("OrderPlaced");
    expect((await place(variant, 6, from("198.51.100.2"), { email })).__typename).toBe("OrderPlaced");
    expect(await place(variant, 6, from("198.51.100.3"), { email })).toMatchObject({ __typename: "TooManyUnpaidOrders", code: "TOO_MANY_UNPAID_ORDERS", limit: 2 });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 27, allocated: 12 });
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM shop_order WHERE email = $1", [email])).toEqual([{ n: 2 }]);

    // Paid at once, the same buyer may take what is left: its stock is paid for.
    expect((await place(variant, 15, from("198.51.100.1"), { email, method: "test" })).__typename).toBe("OrderPlaced");
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 27, allocated: 27 });
    expect(await unbalancedVariants(server)).toEqual([]);
  });

  it("leaves lines of untracked and backordered variants alone", async () => {
    const untracked = await createVariant(server, { onHand: 0, trackInventory: false });
    const backordered = await createVariant(server, { onHand: 0, allowBackorder: true });
    expect((await place(untracked, 50, from("198.51.100.10"))).__typename).toBe("OrderPlaced");
    expect((await place(backordered, 50, from("198.51.100.11"))).__typename).toBe("OrderPlaced");
  });

  it("accepts 4 of 5 unpaid orders from one address, and the fifth from elsewhere", async () => {
    const variant = await createVariant(server, { onHand: 100 });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await place(variant, 1, from("203.0.113.50"))).__typename);
    expect(answers).toEqual(["OrderPlaced", "OrderPlaced", "OrderPlaced", "OrderPlaced", "TooManyUnpaidOrders"]);
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM shop_order WHERE client_address = '203.0.113.50'")).toEqual([{ n: 4 }]);
    expect((await place(variant, 1, from("203.0.113.51"))).__typename).toBe("OrderPlaced");
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 100, allocated: 5 });
  });

  it("limits a customer account to 2, and makes room again when one is paid", async () => {
    const variant = await createVariant(server, { onHand: 100 });
    const customer = { authorization: (await customerHeaders(server)).authorization };
    expect((await place(variant, 1, from("192.0.2.60", customer))).__typename).toBe("OrderPlaced");
    const second = await place(variant, 1, from("192.0.2.61", customer));
    expect((await place(variant, 1, from("192.0.2.62", customer))).__typename).toBe("TooManyUnpaidOrders");
    if (second.__typename !== "OrderPlaced") throw new Error(JSON.stringify(second));
    const staff = { authorization: (await staffHeaders(server, [Permission.ORDERS_READ, Permission.ORDERS_WRITE])).authorization };
    const paid = await server.gql(MarkOrderPaid, { input: { orderId: second.order.id, to: "PAYMENT_SETTLED" } }, { headers: staff });
    expect(paid.body.data!.transitionOrder.__typename).toBe("OrderUpdated");
    expect((await place(variant, 1, from("192.0.2.62", customer))).__typename).toBe("OrderPlaced");
  });

  it("lets only 2 of 6 placements by one email at once through", async () => {
    // A variant each, so that no stock lock puts the placements in a row.
    const variants = await Promise.all(Array.from({ length: 6 }, () => createVariant(server, { onHand: 100 })));
    const email = `rush-${randomUUID().slice(0, 8)}@example.test`;
    const carts = await Promise.all(variants.map((variant, i) => readyCart(server, [{ variant, quantity: 1 }], from(`192.0.2.${70 + i}`), { email })));
    const answers = await Promise.all(
      carts.map(async (headers) => (await server.gql(PlaceUnpaidOrder, { input: { idempotencyKey: randomUUID(), paymentMethod: "manual" } }, { headers })).body.data!.placeOrder.__typename),
    );
    expect(answers.filter((a) => a === "OrderPlaced")).toHaveLength(2);
    expect(answers.filter((a) => a === "TooManyUnpaidOrders")).toHaveLength(4);
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM shop_order WHERE email = $1", [email])).toEqual([{ n: 2 }]);
    expect((await Promise.all(variants.map((v) => stockOf(server, v.id)))).reduce((sum, s) => sum + s.allocated, 0)).toBe(2);
  });
});
