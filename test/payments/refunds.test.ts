/**
 * Staff refunds through the test provider, over HTTP on real PostgreSQL: partial then the rest,
 * 20 at once never past what was captured, restocking (RETURN once shipped, RELEASE before),
 * idempotency keys, the history, the event and the mail; denials and hostile input change nothing.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { commerceCounts, createVariant, readyCart, stockOf, unbalancedVariants } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { OrderPayment, paymentCounts, placeWith, RefundOrder } from "../helpers/payments.js";
import { startTestServer, waitFor, type TestServer } from "../helpers/server.js";

const Fulfil = graphql(`
  mutation FulfilForRefund($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
    }
  }
`);

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  staff = { authorization: (await staffHeaders(server, ["ORDERS_WRITE", "ORDERS_READ"])).authorization };
});
afterAll(() => server.stop());

/** A paid order (test provider) of `quantity` units at 10.00 plus 4.90 shipping. */
async function paidOrder(quantity = 3) {
  const variant = await createVariant(server, { onHand: 20, price: 1000 });
  const headers = await readyCart(server, [{ variant, quantity }]);
  const placed = (await placeWith(server, headers, "test", null)).body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  const read = (await server.gql(OrderPayment, { code: placed.order.code }, { headers: staff })).body.data!.order!;
  return { variant, order: placed.order, lineId: read.lines[0]!.id };
}

function refund(input: Record<string, unknown>, headers = staff) {
  return server.gql(RefundOrder, { input: { idempotencyKey: randomUUID(), restock: false, ...input } as never }, { headers });
}

describe("refunds", () => {
  it("refunds a line's units and shipping, then the rest, with history, event and mail", async () => {
    const { order, lineId } = await paidOrder();
    const first = (await refund({ orderId: order.id, lines: [{ orderLineId: lineId, quantity: 1 }], shipping: true, reason: "arrived late" })).body.data!.refundOrder;
    expect(first).toMatchObject({
      __typename: "OrderRefunded",
      order: { state: "PARTIALLY_REFUNDED", payment: { state: "PARTIALLY_REFUNDED", amountCaptured: { amount: "34.90" }, amountRefunded: { amount: "14.90" } } },
      refund: { amount: { amount: "14.90" }, shipping: { amount: "4.90" }, lines: [{ orderLineId: lineId, quantity: 1, amount: { amount: "10.00" } }] },
    });
    const rest = (await refund({ orderId: order.id, lines: [{ orderLineId: lineId, quantity: 2 }] })).body.data!.refundOrder;
    expect(rest).toMatchObject({ __typename: "OrderRefunded", order: { state: "REFUNDED", payment: { state: "REFUNDED", amountRefunded: { amount: "34.90" } } } });
    const read = (await server.gql(OrderPayment, { code: order.code }, { headers: staff })).body.data!.order!;
    expect(read.refunds.map((r) => r.amount.amount)).toEqual(["14.90", "20.00"]);
    expect(read.payment!.attempts!.filter((a) => a.kind === "refund")).toHaveLength(2);
    const orderId = order.id.length ? (await query<{ id: string }>(server.databaseUrl, "SELECT id FROM shop_order WHERE code = $1", [order.code]))[0]!.id : "";
    const history = await query<{ to_state: string }>(server.databaseUrl, "SELECT to_state FROM order_transition WHERE order_id = $1 ORDER BY created_at", [orderId]);
    expect(history.map((h) => h.to_state).slice(-2)).toEqual(["PARTIALLY_REFUNDED", "REFUNDED"]);
    const events = await query<{ amount: string }>(server.databaseUrl, "SELECT payload->'amount'->>'amount' AS amount FROM event WHERE aggregate_id = $1 AND type = 'order.refunded' ORDER BY id", [orderId]);
    expect(events).toEqual([{ amount: "14.90" }, { amount: "20.00" }]);
    const mails = await waitFor(async () => {
      const rows = await query<{ subject: string }>(server.databaseUrl, "SELECT subject FROM mail_message WHERE kind = 'refund' AND subject LIKE $1", [`%${order.code}%`]);
      return rows.length === 2 ? rows : undefined;
    }, "two refund mails", 15_000);
    expect(mails).toHaveLength(2);
  });

  it("never refunds more than was captured, even under 20 refunds at once", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      const { order } = await paidOrder();
      const results = await Promise.all(Array.from({ length: 20 }, () => refund({ orderId: order.id, amount: "10.00" })));
      const kinds = results.map((r) => r.body.data?.refundOrder.__typename ?? "error");
      // 34.90 captured: three refunds of 10.00 fit, the other 17 find 4.90 left.
      expect(kinds.filter((k) => k === "OrderRefunded")).toHaveLength(3);
      expect(kinds.filter((k) => k === "RefundExceedsCaptured")).toHaveLength(17);
      const [sums] = await query<{ refunded: number; rows: number }>(
        server.databaseUrl,
        "SELECT p.amount_refunded::int AS refunded, (SELECT coalesce(sum(amount), 0)::int FROM refund r WHERE r.payment_id = p.id) AS rows FROM payment p JOIN shop_order o ON o.id = p.order_id WHERE o.code = $1",
        [order.code],
      );
      expect(sums).toEqual({ refunded: 3000, rows: 3000 });
    }
  });

  it("answers a repeated idempotency key with the first result, and a reused one with IdempotencyKeyReused", async () => {
    const { order } = await paidOrder();
    const key = randomUUID();
    const once = await Promise.all(Array.from({ length: 5 }, () => refund({ orderId: order.id, amount: "5.00", idempotencyKey: key })));
    expect(new Set(once.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(once[0]!.body.data!.refundOrder.__typename).toBe("OrderRefunded");
    const before = await paymentCounts(server);
    expect((await refund({ orderId: order.id, amount: "6.00", idempotencyKey: key })).body.data!.refundOrder).toMatchObject({ __typename: "IdempotencyKeyReused", code: "IDEMPOTENCY_KEY_REUSED" });
    expect(await paymentCounts(server)).toEqual(before);
  });

  it("puts refunded units back: RETURN once shipped, out of the allocation before", async () => {
    const shipped = await paidOrder();
    expect((await server.gql(Fulfil, { input: { orderId: shipped.order.id, trackingCode: "T-1" } }, { headers: staff })).body.data!.fulfilOrder.__typename).toBe("OrderUpdated");
    expect(await stockOf(server, shipped.variant.id)).toEqual({ onHand: 17, allocated: 0 });
    await refund({ orderId: shipped.order.id, lines: [{ orderLineId: shipped.lineId, quantity: 2 }], restock: true });
    expect(await stockOf(server, shipped.variant.id)).toEqual({ onHand: 19, allocated: 0 });
    const [movement] = await query<{ kind: string; reason: string; on_hand_delta: number }>(server.databaseUrl, "SELECT kind, reason, on_hand_delta FROM stock_movement WHERE variant_id = $1 ORDER BY created_at DESC LIMIT 1", [shipped.variant.id]);
    expect(movement).toEqual({ kind: "RETURN", reason: "ORDER_REFUNDED", on_hand_delta: 2 });

    const unshipped = await paidOrder();
    await refund({ orderId: unshipped.order.id, lines: [{ orderLineId: unshipped.lineId, quantity: 1 }], restock: true });
    expect(await stockOf(server, unshipped.variant.id)).toEqual({ onHand: 20, allocated: 2 });
    const kept = await paidOrder();
    await refund({ orderId: kept.order.id, lines: [{ orderLineId: kept.lineId, quantity: 1 }], restock: false });
    expect(await stockOf(server, kept.variant.id)).toEqual({ onHand: 20, allocated: 3 });
    expect(await unbalancedVariants(server)).toEqual([]);
  });

  it("refuses hostile input with typed errors and changes nothing", async () => {
    const { order, lineId } = await paidOrder();
    const before = { ...(await paymentCounts(server)), ...(await commerceCounts(server)) };
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ amount: "-5.00" }, "INVALID_INPUT", ["input", "amount"]],
      [{ amount: "99999999999999999999" }, "INVALID_INPUT", ["input", "amount"]],
      [{ amount: "1.234" }, "INVALID_INPUT", ["input", "amount"]],
      [{ amount: "500.00" }, "REFUND_EXCEEDS_CAPTURED", ["input"]],
      [{ amount: "1.00", currencyCode: "USD" }, "INVALID_INPUT", ["input", "currencyCode"]],
      [{ lines: [{ orderLineId: lineId, quantity: 4 }] }, "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [{ lines: [{ orderLineId: lineId, quantity: -1 }] }, "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [{ lines: [{ orderLineId: toGlobalId("OrderLine", randomUUID()), quantity: 1 }] }, "NOT_FOUND", ["input", "lines", "0", "orderLineId"]],
      [{ lines: [{ orderLineId: toGlobalId("Variant", randomUUID()), quantity: 1 }] }, "INVALID_INPUT", ["input", "lines", "0", "orderLineId"]],
      [{}, "INVALID_INPUT", ["input"]],
      [{ amount: "1.00", idempotencyKey: "" }, "INVALID_INPUT", ["input", "idempotencyKey"]],
    ];
    for (const [input, code, path] of cases) {
      const result = (await refund({ orderId: order.id, ...input })).body.data!.refundOrder;
      expect(result, JSON.stringify(input)).toMatchObject({ code, path });
    }
    const missing = (await refund({ orderId: toGlobalId("Order", randomUUID()), amount: "1.00" })).body.data!.refundOrder;
    expect(missing).toMatchObject({ code: "NOT_FOUND", path: ["input", "orderId"] });
    expect({ ...(await paymentCounts(server)), ...(await commerceCounts(server)) }).toEqual(before);
  });

  it("is for staff with ORDERS_WRITE or PAYMENTS_WRITE only", async () => {
    const { order } = await paidOrder();
    const before = await paymentCounts(server);
    const reader = { authorization: (await staffHeaders(server, ["ORDERS_READ"])).authorization };
    const customer = { authorization: (await customerHeaders(server)).authorization };
    for (const [headers, code] of [[reader, "FORBIDDEN"], [customer, "FORBIDDEN"], [{}, "UNAUTHENTICATED"]] as const) {
      const answer = await refund({ orderId: order.id, amount: "1.00" }, headers);
      expect(answer.body.data?.refundOrder ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await paymentCounts(server)).toEqual(before);
    const payments = { authorization: (await staffHeaders(server, ["PAYMENTS_WRITE"])).authorization };
    expect((await refund({ orderId: order.id, amount: "1.00" }, payments)).body.data!.refundOrder.__typename).toBe("OrderRefunded");
  });
});
