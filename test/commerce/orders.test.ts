/** Orders after checkout: purchase history, lookups that leak nothing, staff lists, and the state machine. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { parseGlobalId, toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { ApplyCoupon, commerceCounts, createCoupon, createVariant, placeOrder, readyCart, stockOf, unbalancedVariants, type TestVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const MyOrders = graphql(`
  query MyOrders($first: Int, $after: String) {
    me {
      orders(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          code
          lines {
            quantity
            variant {
              product {
                title
              }
            }
          }
        }
      }
    }
  }
`);

const OrderByCode = graphql(`
  query OrderByCode($code: String!) {
    order(code: $code) {
      id
      code
      state
      customerId
      nextStates
      transitions {
        from
        to
        actorKind
        staffMemberId
        note
      }
    }
  }
`);

const CustomerTransitions = graphql(`
  query CustomerTransitions($code: String!) {
    order(code: $code) {
      transitions {
        from
        to
        actorKind
        at
        note
        staffMemberId
      }
    }
    me {
      orders(first: 10) {
        nodes {
          code
          transitions {
            to
            note
            staffMemberId
          }
        }
      }
    }
  }
`);

const NodeOrder = graphql(`
  query NodeOrder($id: ID!) {
    node(id: $id) {
      ... on Order {
        code
      }
    }
  }
`);

const CustomerOrderHistory = graphql(`
  query CustomerOrderHistory($id: ID!) {
    node(id: $id) {
      ... on Customer {
        email
        orders {
          totalCount
        }
      }
    }
  }
`);

const StaffOrders = graphql(`
  query StaffOrders($filter: OrderFilter, $first: Int) {
    orders(filter: $filter, first: $first) {
      totalCount
      nodes {
        code
        state
        email
      }
    }
  }
`);

const Transition = graphql(`
  mutation Transition($input: TransitionOrderInput!) {
    transitionOrder(input: $input) {
      __typename
      ... on OrderUpdated {
        order {
          state
          expiresAt
        }
      }
      ... on IllegalTransition {
        from
        to
        allowed
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const Fulfil = graphql(`
  mutation Fulfil($input: FulfilOrderInput!) {
    fulfilOrder(input: $input) {
      __typename
      ... on OrderUpdated {
        order {
          state
          trackingCode
        }
      }
      ... on InsufficientStock {
        shortages {
          requested
          available
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const Cancel = graphql(`
  mutation Cancel($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      __typename
      ... on OrderUpdated {
        order {
          state
        }
      }
      ... on IllegalTransition {
        from
        allowed
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

let server: TestServer;
let clerk: { authorization: string; staffId: string };
beforeAll(async () => {
  server = await startTestServer();
  clerk = await staffHeaders(server, [Permission.ORDERS_READ, Permission.ORDERS_WRITE]);
});
afterAll(() => server.stop());

async function order(variant: TestVariant, headers: Record<string, string>, quantity = 1, paymentMethod = "test"): Promise<{ id: string; code: string }> {
  const ready = await readyCart(server, [{ variant, quantity }], headers);
  const placed = (await placeOrder(server, ready, { paymentMethod })).body.data!.placeOrder;
  if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
  return { id: placed.order.id, code: placed.order.code };
}

const staff = () => ({ authorization: clerk.authorization });

/** The state of the order with global id `id`, read from the database. */
async function stateOf(id: string): Promise<string> {
  return (await query<{ state: string }>(server.databaseUrl, "SELECT state FROM shop_order WHERE id = $1", [parseGlobalId(id)!.id]))[0]!.state;
}

describe("customers' orders", () => {
  it("lists a customer's own orders, newest first, page by page", async () => {
    const variant = await createVariant(server, { onHand: 100, title: "Teapot" });
    const customer = await customerHeaders(server);
    const headers = { authorization: customer.authorization };
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await order(variant, headers, i + 1)).code);
    await order(variant, { authorization: (await customerHeaders(server)).authorization });
    const first = (await server.gql(MyOrders, { first: 2 }, { headers })).body.data!.me!.orders!;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((o) => o.code)).toEqual([codes[2], codes[1]]);
    expect(first.nodes[0]!.lines).toEqual([{ quantity: 3, variant: { product: { title: "Teapot" } } }]);
    const second = (await server.gql(MyOrders, { first: 2, after: first.pageInfo.endCursor }, { headers })).body.data!.me!.orders!;
    expect(second.nodes.map((o) => o.code)).toEqual([codes[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("finds an order by code for its owner only: someone else's reads exactly like a missing one", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const owner = await customerHeaders(server);
    const { id, code } = await order(variant, { authorization: owner.authorization });
    const mine = await server.gql(OrderByCode, { code: code.toLowerCase().replace("-", " ").replace(/0/g, "o") }, { headers: { authorization: owner.authorization } });
    expect(mine.body.data!.order).toMatchObject({ code, customerId: toGlobalId("Customer", owner.customerId), state: "PAYMENT_SETTLED", nextStates: ["SHIPPED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"] });
    const stranger = await customerHeaders(server);
    const foreign = await server.gql(OrderByCode, { code }, { headers: { authorization: stranger.authorization } });
    const missing = await server.gql(OrderByCode, { code: "ZZZZ-ZZZZ" }, { headers: { authorization: stranger.authorization } });
    expect(foreign.body).toEqual(missing.body);
    expect(foreign.body).toEqual({ data: { order: null } });
    expect((await server.gql(OrderByCode, { code })).body).toEqual({ data: { order: null } });
    expect((await server.gql(OrderByCode, { code: "not a code at all" }, { headers: { authorization: owner.authorization } })).body).toEqual({ data: { order: null } });
    expect((await server.gql(NodeOrder, { id }, { headers: { authorization: owner.authorization } })).body.data!.node).toEqual({ code });
    expect((await server.gql(NodeOrder, { id }, { headers: { authorization: stranger.authorization } })).body.data!.node).toBeNull();
    expect((await server.gql(OrderByCode, { code }, { headers: staff() })).body.data!.order).toMatchObject({ code });
  });

  it("shows a customer's order history to staff only with ORDERS_READ, and an order through node(id:) likewise", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const owner = await customerHeaders(server);
    const { id } = await order(variant, { authorization: owner.authorization });
    const customerId = toGlobalId("Customer", owner.customerId);
    const support = await staffHeaders(server, [Permission.CUSTOMERS_READ]);
    const denied = await server.gql(CustomerOrderHistory, { id: customerId }, { headers: { authorization: support.authorization } });
    expect(denied.body.errors?.[0]).toMatchObject({ message: "Not allowed", path: ["node", "orders"], extensions: { code: "FORBIDDEN" } });
    // The denial nulls the order history only: the rest of the customer stays readable.
    expect(denied.body.data!.node).toEqual({ email: expect.any(String), orders: null });
    const both = await staffHeaders(server, [Permission.CUSTOMERS_READ, Permission.ORDERS_READ]);
    expect((await server.gql(CustomerOrderHistory, { id: customerId }, { headers: { authorization: both.authorization } })).body.data!.node).toMatchObject({ orders: { totalCount: 1 } });
    expect((await server.gql(CustomerOrderHistory, { id: customerId }, { headers: { authorization: owner.authorization } })).body.data!.node).toMatchObject({ orders: { totalCount: 1 } });
    expect((await server.gql(NodeOrder, { id }, { headers: { authorization: support.authorization } })).body.data!.node).toBeNull();
    expect((await server.gql(NodeOrder, { id }, { headers: staff() })).body.data!.node).toEqual({ code: expect.any(String) });
  });
});

describe("staff order list", () => {
  it("filters by state, placement time, customer and code or email search", async () => {
    const variant = await createVariant(server, { onHand: 100 });
    const customer = await customerHeaders(server);
    const settled = await order(variant, { authorization: customer.authorization });
    const manual = await order(variant, { authorization: customer.authorization }, 1, "manual");
    const guestEmail = `findme-${randomUUID().slice(0, 6)}@example.test`;
    const guestCart = await readyCart(server, [{ variant, quantity: 1 }], {}, { email: guestEmail });
    const guest = (await placeOrder(server, guestCart, { paymentMethod: "manual" })).body.data!.placeOrder;
    if (guest.__typename !== "OrderPlaced") throw new Error("guest order failed");
    const list = async (filter: Record<string, unknown>) => (await server.gql(StaffOrders, { filter, first: 100 }, { headers: staff() })).body.data!.orders!;

    const byCustomer = await list({ customerId: toGlobalId("Customer", customer.customerId) });
    expect(byCustomer.nodes.map((o) => o.code)).toEqual([manual.code, settled.code]);
    expect(byCustomer.totalCount).toBe(2);
    expect((await list({ customerId: toGlobalId("Customer", customer.customerId), states: ["PLACED"] })).nodes.map((o) => o.code)).toEqual([manual.code]);
    expect((await list({ search: guestEmail.slice(0, 12).toUpperCase() })).nodes.map((o) => o.code)).toEqual([guest.order.code]);
    expect((await list({ search: settled.code.toLowerCase() })).nodes.map((o) => o.code)).toEqual([settled.code]);
    expect((await list({ search: "%" })).totalCount).toBe(0);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await list({ placedFrom: future })).totalCount).toBe(0);
    expect((await list({ placedBefore: future, customerId: toGlobalId("Customer", customer.customerId) })).totalCount).toBe(2);
  });

  it("needs ORDERS_READ", async () => {
    const customer = await customerHeaders(server);
    const other = await staffHeaders(server, [Permission.CATALOG_READ]);
    expect((await server.gql(StaffOrders, {}, { headers: { authorization: customer.authorization } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(StaffOrders, {}, { headers: { authorization: other.authorization } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(StaffOrders, {})).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("order state machine", () => {
  it("takes a manual order from placed to paid, shipped (stock leaves) and delivered, recording each step", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const { id, code } = await order(variant, { authorization: (await customerHeaders(server)).authorization }, 2, "manual");
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 2 });
    const paid = await server.gql(Transition, { input: { orderId: id, to: "PAYMENT_SETTLED", note: "bank transfer 991" } }, { headers: staff() });
    expect(paid.body.data!.transitionOrder).toEqual({ __typename: "OrderUpdated", order: { state: "PAYMENT_SETTLED", expiresAt: null } });
    expect((await server.gql(Transition, { input: { orderId: id, to: "SHIPPED" } }, { headers: staff() })).body.data!.transitionOrder).toMatchObject({ code: "INVALID_INPUT", path: ["input", "to"] });
    expect((await server.gql(Fulfil, { input: { orderId: id, trackingCode: " " } }, { headers: staff() })).body.data!.fulfilOrder).toMatchObject({ code: "INVALID_INPUT", path: ["input", "trackingCode"] });
    const shipped = await server.gql(Fulfil, { input: { orderId: id, trackingCode: "1Z999AA10123456784" } }, { headers: staff() });
    expect(shipped.body.data!.fulfilOrder).toEqual({ __typename: "OrderUpdated", order: { state: "SHIPPED", trackingCode: "1Z999AA10123456784" } });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 3, allocated: 0 });
    expect((await server.gql(Transition, { input: { orderId: id, to: "DELIVERED" } }, { headers: staff() })).body.data!.transitionOrder).toMatchObject({ order: { state: "DELIVERED" } });
    const history = (await server.gql(OrderByCode, { code }, { headers: staff() })).body.data!.order!;
    expect(history.nextStates).toEqual(["PARTIALLY_REFUNDED", "REFUNDED"]);
    expect(history.transitions.map((t) => [t.from, t.to, t.actorKind, t.note])).toEqual([
      [null, "PLACED", "CUSTOMER", ""],
      ["PLACED", "PAYMENT_SETTLED", "STAFF", "bank transfer 991"],
      ["PAYMENT_SETTLED", "SHIPPED", "STAFF", ""],
      ["SHIPPED", "DELIVERED", "STAFF", ""],
    ]);
    expect(history.transitions[1]!.staffMemberId).toBe(toGlobalId("Staff", clerk.staffId));
    expect(await unbalancedVariants(server)).toEqual([]);
  });

  it("answers an illegal move with IllegalTransition and changes nothing", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const { id } = await order(variant, { authorization: (await customerHeaders(server)).authorization }, 1, "manual");
    const before = await commerceCounts(server);
    const illegal = await server.gql(Transition, { input: { orderId: id, to: "DELIVERED" } }, { headers: staff() });
    expect(illegal.body.data!.transitionOrder).toMatchObject({ __typename: "IllegalTransition", code: "ILLEGAL_TRANSITION", from: "PLACED", to: "DELIVERED", allowed: ["PAYMENT_AUTHORIZED", "PAYMENT_SETTLED", "CANCELLED"] });
    expect((await server.gql(Fulfil, { input: { orderId: id, trackingCode: "T1" } }, { headers: staff() })).body.data!.fulfilOrder).toMatchObject({ __typename: "IllegalTransition" });
    expect((await server.gql(Transition, { input: { orderId: toGlobalId("Order", randomUUID()), to: "PAYMENT_SETTLED" } }, { headers: staff() })).body.data!.transitionOrder).toMatchObject({ code: "NOT_FOUND", path: ["input", "orderId"] });
    expect((await server.gql(Transition, { input: { orderId: "x", to: "PAYMENT_SETTLED" } }, { headers: staff() })).body.data!.transitionOrder).toMatchObject({ code: "INVALID_INPUT", path: ["input", "orderId"] });
    expect(await commerceCounts(server)).toEqual(before);
    expect(await stateOf(id)).toBe("PLACED");
    const customer = await customerHeaders(server);
    expect((await server.gql(Cancel, { input: { orderId: id } }, { headers: { authorization: customer.authorization } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await commerceCounts(server)).toEqual(before);
    expect(await stateOf(id)).toBe("PLACED");
    // The database holds the same line, whatever code path tries.
    const direct = await query(server.databaseUrl, "UPDATE shop_order SET state = 'DELIVERED' WHERE id = $1", [parseGlobalId(id)!.id]).then(
      () => "accepted",
      (error: Error) => error.message,
    );
    expect(direct).toMatch(/cannot go from PLACED to DELIVERED/);
  });

  it("cancels before shipment, giving back stock and coupon uses; not after", async () => {
    const variant = await createVariant(server, { onHand: 4, price: 5000 });
    const code = await createCoupon(server, { kind: "FIXED_AMOUNT", amount: 500, usageLimit: 1 });
    const customer = await customerHeaders(server);
    const headers = await readyCart(server, [{ variant, quantity: 3 }], { authorization: customer.authorization });
    expect((await server.gql(ApplyCoupon, { input: { code } }, { headers })).body.data!.applyCoupon.__typename).toBe("CartUpdated");
    const placed = (await placeOrder(server, headers)).body.data!.placeOrder;
    if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
    expect(await query(server.databaseUrl, "SELECT times_used FROM coupon WHERE code = $1", [code])).toEqual([{ times_used: 1 }]);
    const cancelled = await server.gql(Cancel, { input: { orderId: placed.order.id, reason: "customer called" } }, { headers: staff() });
    expect(cancelled.body.data!.cancelOrder).toEqual({ __typename: "OrderUpdated", order: { state: "CANCELLED" } });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 4, allocated: 0 });
    expect(await query(server.databaseUrl, "SELECT times_used FROM coupon WHERE code = $1", [code])).toEqual([{ times_used: 0 }]);
    const afterCancel = await commerceCounts(server);
    expect((await server.gql(Cancel, { input: { orderId: placed.order.id } }, { headers: staff() })).body.data!.cancelOrder).toMatchObject({ __typename: "IllegalTransition", from: "CANCELLED", allowed: [] });
    // A second cancel gives nothing back twice.
    expect(await commerceCounts(server)).toEqual(afterCancel);
    expect(await query(server.databaseUrl, "SELECT times_used FROM coupon WHERE code = $1", [code])).toEqual([{ times_used: 0 }]);
    expect(await unbalancedVariants(server)).toEqual([]);

    const shippedOrder = await order(variant, { authorization: customer.authorization });
    await server.gql(Fulfil, { input: { orderId: shippedOrder.id, trackingCode: "T2" } }, { headers: staff() });
    const shipped = { counts: await commerceCounts(server), stock: await stockOf(server, variant.id) };
    expect((await server.gql(Cancel, { input: { orderId: shippedOrder.id } }, { headers: staff() })).body.data!.cancelOrder).toMatchObject({ __typename: "IllegalTransition", from: "SHIPPED", allowed: ["DELIVERED", "PARTIALLY_REFUNDED", "REFUNDED"] });
    expect({ counts: await commerceCounts(server), stock: await stockOf(server, variant.id) }).toEqual(shipped);
    expect(await stateOf(shippedOrder.id)).toBe("SHIPPED");
  });

  it("will not ship a backordered line before its units are on hand", async () => {
    const variant = await createVariant(server, { onHand: 0, allowBackorder: true });
    const { id } = await order(variant, { authorization: (await customerHeaders(server)).authorization }, 2);
    const refused = await server.gql(Fulfil, { input: { orderId: id, trackingCode: "T3" } }, { headers: staff() });
    expect(refused.body.data!.fulfilOrder).toMatchObject({ __typename: "InsufficientStock", shortages: [{ requested: 2, available: 0 }] });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 0, allocated: 2 });
  });
});

describe("internal notes", () => {
  it("shows customers when their order moved, never what staff noted or which staff member did it", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const customer = await customerHeaders(server);
    const owner = { authorization: customer.authorization };
    const paid = await order(variant, owner, 1, "manual");
    const cancelled = await order(variant, owner, 1, "manual");
    expect((await server.gql(Transition, { input: { orderId: paid.id, to: "PAYMENT_SETTLED", note: "internal: paid by a third party" } }, { headers: staff() })).body.data!.transitionOrder.__typename).toBe("OrderUpdated");
    expect((await server.gql(Cancel, { input: { orderId: cancelled.id, reason: "internal: fraud suspected" } }, { headers: staff() })).body.data!.cancelOrder.__typename).toBe("OrderUpdated");

    const seen = await server.gql(CustomerTransitions, { code: paid.code }, { headers: owner });
    expect(JSON.stringify(seen.body)).not.toContain("internal:");
    expect(JSON.stringify(seen.body)).not.toContain(toGlobalId("Staff", clerk.staffId));
    expect(seen.body.data!.order!.transitions.map((t) => [t.from, t.to, t.actorKind, t.note, t.staffMemberId])).toEqual([
      [null, "PLACED", "CUSTOMER", null, null],
      ["PLACED", "PAYMENT_SETTLED", "STAFF", null, null],
    ]);
    expect(seen.body.data!.order!.transitions.every((t) => typeof t.at === "string")).toBe(true);
    const history = seen.body.data!.me!.orders!.nodes;
    expect(history.map((o) => [o.code, o.transitions.map((t) => [t.to, t.note, t.staffMemberId])])).toEqual([
      [cancelled.code, [["PLACED", null, null], ["CANCELLED", null, null]]],
      [paid.code, [["PLACED", null, null], ["PAYMENT_SETTLED", null, null]]],
    ]);
    expect(new Set(seen.body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    expect(seen.body.errors!.every((e) => ["note", "staffMemberId"].includes(String(e.path!.at(-1))))).toBe(true);

    const forStaff = (await server.gql(OrderByCode, { code: cancelled.code }, { headers: staff() })).body;
    expect(forStaff.errors).toBeUndefined();
    expect(forStaff.data!.order!.transitions.map((t) => [t.to, t.note, t.staffMemberId])).toEqual([
      ["PLACED", "", null],
      ["CANCELLED", "internal: fraud suspected", toGlobalId("Staff", clerk.staffId)],
    ]);
  });
});

describe("the SQL bound", () => {
  it("me { orders { lines { variant { product { title } } } } } costs the same statements for 1 and for 10 orders", async () => {
    const statements = async (orders: number) => {
      const customer = await customerHeaders(server);
      const headers = { authorization: customer.authorization };
      for (let i = 0; i < orders; i++) {
        const a = await createVariant(server, { onHand: 10 });
        const b = await createVariant(server, { onHand: 10 });
        const ready = await readyCart(server, [{ variant: a, quantity: 1 }, { variant: b, quantity: 2 }], headers);
        expect((await placeOrder(server, ready)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
      }
      const response = await server.gql(MyOrders, { first: 10 }, { headers, sql: true });
      expect(response.body.data!.me!.orders!.nodes).toHaveLength(orders);
      expect(response.body.data!.me!.orders!.nodes.every((o) => o.lines.length === 2 && o.lines.every((l) => l.variant?.product.title))).toBe(true);
      return response.body.extensions!.sqlStatements as number;
    };
    const one = await statements(1);
    const ten = await statements(10);
    expect(ten).toBe(one);
    // viewer, customer, page, count, lines, variants, products
    expect(one).toBeLessThanOrEqual(7);
  });
});
