/** Coupons: staff management, when they apply, what they take off, and limits that hold under concurrency. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { graphql } from "../gql/index.js";
import type { CreateCouponInput } from "../gql/graphql.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { ApplyCoupon, commerceCounts, createCoupon, createVariant, placeOrder, readyCart, stockOf } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CreateCoupon = graphql(`
  mutation CreateCoupon($input: CreateCouponInput!) {
    createCoupon(input: $input) {
      __typename
      ... on CouponCreated {
        coupon {
          id
          code
          kind
          percentOff
          amountOff {
            amount
          }
          minimumSubtotal {
            amount
          }
          usageLimit
          timesUsed
          active
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

const UpdateCoupon = graphql(`
  mutation UpdateCoupon($input: UpdateCouponInput!) {
    updateCoupon(input: $input) {
      __typename
      ... on CouponUpdated {
        coupon {
          active
          usageLimit
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const Coupons = graphql(`
  query Coupons($first: Int) {
    coupons(first: $first) {
      totalCount
      nodes {
        code
      }
    }
  }
`);

const NodeCoupon = graphql(`
  query NodeCoupon($id: ID!) {
    node(id: $id) {
      ... on Coupon {
        code
      }
    }
  }
`);

const RemoveCoupon = graphql(`
  mutation RemoveCoupon($input: RemoveCouponInput!) {
    removeCoupon(input: $input) {
      __typename
    }
  }
`);

const UpdateLine = graphql(`
  mutation UpdateLineForCoupon($input: UpdateCartLineInput!) {
    updateCartLine(input: $input) {
      ... on CartUpdated {
        cart {
          coupons {
            applicable
            problem
          }
          totals {
            discount {
              amount
            }
          }
        }
      }
    }
  }
`);

let server: TestServer;
let marketing: { authorization: string };
beforeAll(async () => {
  server = await startTestServer({ SHIPPING_METHODS: "standard:Standard:4.90:100.00" });
  marketing = { authorization: (await staffHeaders(server, [Permission.SETTINGS_READ, Permission.SETTINGS_WRITE])).authorization };
});
afterAll(() => server.stop());

const create = (input: Partial<CreateCouponInput> & Record<string, unknown>, headers = marketing) =>
  server.gql(CreateCoupon, { input: input as CreateCouponInput }, { headers });

async function apply(headers: Record<string, string>, code: string) {
  return (await server.gql(ApplyCoupon, { input: { code } }, { headers })).body.data!.applyCoupon;
}

describe("coupon management", () => {
  it("creates the three kinds, codes stored upper case and unique whatever the case", async () => {
    const [existing] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM coupon");
    expect((await create({ code: "spring-10", kind: "PERCENTAGE", percentOff: "12.5", minimumSubtotal: "20.00", usageLimit: 100 })).body.data!.createCoupon).toMatchObject({
      __typename: "CouponCreated",
      coupon: { code: "SPRING-10", kind: "PERCENTAGE", percentOff: "12.5", amountOff: null, minimumSubtotal: { amount: "20.00" }, usageLimit: 100, timesUsed: 0, active: true },
    });
    expect((await create({ code: "FIVE", kind: "FIXED_AMOUNT", amountOff: "5" })).body.data!.createCoupon).toMatchObject({ coupon: { amountOff: { amount: "5.00" } } });
    expect((await create({ code: "SHIPFREE", kind: "FREE_SHIPPING" })).body.data!.createCoupon).toMatchObject({ coupon: { kind: "FREE_SHIPPING" } });
    expect((await create({ code: "Spring-10", kind: "FREE_SHIPPING" })).body.data!.createCoupon).toMatchObject({ __typename: "CouponCodeTaken", code: "COUPON_CODE_TAKEN", path: ["input", "code"] });
    expect((await server.gql(Coupons, { first: 2 }, { headers: marketing })).body.data!.coupons).toMatchObject({ totalCount: existing!.n + 3, nodes: [{ code: "SHIPFREE" }, { code: "FIVE" }] });
  });

  it("refuses inconsistent coupons as typed errors, creating nothing", async () => {
    const before = await commerceCounts(server);
    const [count] = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM coupon");
    const cases: [Record<string, unknown>, string[]][] = [
      [{ code: "has space", kind: "FREE_SHIPPING" }, ["input", "code"]],
      [{ code: "", kind: "FREE_SHIPPING" }, ["input", "code"]],
      [{ code: "P1", kind: "PERCENTAGE" }, ["input", "percentOff"]],
      [{ code: "P2", kind: "PERCENTAGE", percentOff: "101" }, ["input", "percentOff"]],
      [{ code: "P3", kind: "PERCENTAGE", percentOff: "0" }, ["input", "percentOff"]],
      [{ code: "P4", kind: "PERCENTAGE", percentOff: "10", amountOff: "1.00" }, ["input", "percentOff"]],
      [{ code: "F1", kind: "FIXED_AMOUNT", amountOff: "0.00" }, ["input", "amountOff"]],
      [{ code: "F2", kind: "FIXED_AMOUNT", amountOff: "1.234" }, ["input", "amountOff"]],
      [{ code: "S1", kind: "FREE_SHIPPING", amountOff: "1.00" }, ["input", "kind"]],
      [{ code: "L1", kind: "FREE_SHIPPING", usageLimit: 0 }, ["input", "usageLimit"]],
      [{ code: "L2", kind: "FREE_SHIPPING", usageLimitPerCustomer: -1 }, ["input", "usageLimitPerCustomer"]],
      [{ code: "W1", kind: "FREE_SHIPPING", startsAt: "2030-01-02T00:00:00Z", endsAt: "2030-01-01T00:00:00Z" }, ["input", "endsAt"]],
      [{ code: "M1", kind: "FREE_SHIPPING", minimumSubtotal: "-1" }, ["input", "minimumSubtotal"]],
    ];
    for (const [input, path] of cases) expect((await create(input)).body.data!.createCoupon, JSON.stringify(input)).toMatchObject({ code: "INVALID_INPUT", path });
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM coupon")).toEqual([count]);
    expect(await commerceCounts(server)).toEqual(before);
  });

  it("is for staff with SETTINGS_WRITE (and SETTINGS_READ to list)", async () => {
    const customer = await customerHeaders(server);
    const orders = await staffHeaders(server, [Permission.ORDERS_WRITE]);
    expect((await create({ code: "NOPE", kind: "FREE_SHIPPING" }, { authorization: customer.authorization })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await create({ code: "NOPE", kind: "FREE_SHIPPING" }, { authorization: orders.authorization })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(Coupons, {}, { headers: { authorization: orders.authorization } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM coupon WHERE code = 'NOPE'")).toEqual([{ n: 0 }]);
  });

  it("shows a coupon through node(id:) to exactly those who may list coupons", async () => {
    const created = (await create({ code: "NODE-SEEN", kind: "FREE_SHIPPING" })).body.data!.createCoupon;
    if (created.__typename !== "CouponCreated") throw new Error(JSON.stringify(created));
    const { id } = created.coupon;
    expect((await server.gql(NodeCoupon, { id }, { headers: marketing })).body.data!.node).toEqual({ code: "NODE-SEEN" });
    const others: Record<string, string>[] = [{}, { authorization: (await customerHeaders(server)).authorization }, { authorization: (await staffHeaders(server, [Permission.SETTINGS_WRITE, Permission.ORDERS_READ])).authorization }];
    for (const headers of others) expect((await server.gql(NodeCoupon, { id }, { headers })).body).toEqual({ data: { node: null } });
  });

  it("switches coupons off and refuses a usage limit below the uses made", async () => {
    const created = (await create({ code: "TOGGLE", kind: "PERCENTAGE", percentOff: "10" })).body.data!.createCoupon;
    if (created.__typename !== "CouponCreated") throw new Error(JSON.stringify(created));
    await query(server.databaseUrl, "UPDATE coupon SET times_used = 3 WHERE code = 'TOGGLE'");
    expect((await server.gql(UpdateCoupon, { input: { id: created.coupon.id, usageLimit: 2 } }, { headers: marketing })).body.data!.updateCoupon).toMatchObject({ code: "INVALID_INPUT", path: ["input", "usageLimit"] });
    expect((await server.gql(UpdateCoupon, { input: { id: created.coupon.id, active: false, usageLimit: 3 } }, { headers: marketing })).body.data!.updateCoupon).toEqual({
      __typename: "CouponUpdated",
      coupon: { active: false, usageLimit: 3 },
    });
    expect((await server.gql(UpdateCoupon, { input: { id: "bad", active: true } }, { headers: marketing })).body.data!.updateCoupon).toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("coupons in the cart", () => {
  it("take off a percentage, a fixed amount (never more than the subtotal) or the shipping", async () => {
    const variant = await createVariant(server, { onHand: 100, price: 2500 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    const pct = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 1000 });
    expect(await apply(headers, pct.toLowerCase())).toMatchObject({
      cart: { coupons: [{ code: pct, applicable: true }], totals: { subtotal: { amount: "50.00" }, discount: { amount: "5.00" }, shipping: { amount: "4.90" }, total: { amount: "49.90" } } },
    });
    expect(await apply(headers, pct)).toMatchObject({ cart: { coupons: [{ code: pct }] } });
    const ship = await createCoupon(server, { kind: "FREE_SHIPPING" });
    expect(await apply(headers, ship)).toMatchObject({ cart: { shippingMethod: { price: { amount: "0.00" } }, totals: { shipping: { amount: "0.00" }, total: { amount: "45.00" } } } });
    const huge = await createCoupon(server, { kind: "FIXED_AMOUNT", amount: 100_000 });
    expect(await apply(headers, huge)).toMatchObject({ cart: { totals: { discount: { amount: "50.00" }, total: { amount: "0.00" } }, lines: [{ discount: { amount: "50.00" } }] } });
    const placed = (await placeOrder(server, headers)).body.data!.placeOrder;
    expect(placed).toMatchObject({ __typename: "OrderPlaced", order: { totals: { total: { amount: "0.00" } } } });
    if (placed.__typename === "OrderPlaced") expect([...placed.order.couponCodes].sort()).toEqual([pct, ship, huge].sort());
  });

  it("refuse codes that are unknown, switched off, not started, over, or need a larger order", async () => {
    const variant = await createVariant(server, { onHand: 100, price: 1000 });
    const headers = await readyCart(server, [{ variant, quantity: 1 }]);
    const inactive = await createCoupon(server, { kind: "FREE_SHIPPING" });
    await query(server.databaseUrl, "UPDATE coupon SET active = false WHERE code = $1", [inactive]);
    const future = await createCoupon(server, { kind: "FREE_SHIPPING" });
    await query(server.databaseUrl, "UPDATE coupon SET starts_at = now() + interval '1 day' WHERE code = $1", [future]);
    const past = await createCoupon(server, { kind: "FREE_SHIPPING" });
    await query(server.databaseUrl, "UPDATE coupon SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' WHERE code = $1", [past]);
    const big = await createCoupon(server, { kind: "FREE_SHIPPING", minSubtotal: 5000 });
    const used = await createCoupon(server, { kind: "FREE_SHIPPING", usageLimit: 1 });
    await query(server.databaseUrl, "UPDATE coupon SET times_used = 1 WHERE code = $1", [used]);
    const before = await commerceCounts(server);
    for (const [code, reason] of [
      ["NO-SUCH-CODE", "UNKNOWN_CODE"],
      [inactive, "INACTIVE"],
      [future, "NOT_STARTED"],
      [past, "EXPIRED"],
      [big, "MINIMUM_NOT_MET"],
      [used, "USAGE_LIMIT_REACHED"],
    ]) {
      expect(await apply(headers, code!)).toMatchObject({ __typename: "CouponUnavailable", code: "COUPON_UNAVAILABLE", reason, path: ["input", "code"] });
    }
    expect(await commerceCounts(server)).toEqual(before);
  });

  it("stop counting when the cart no longer qualifies, and the order is refused until they are removed", async () => {
    const variant = await createVariant(server, { onHand: 100, price: 3000 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    const code = await createCoupon(server, { kind: "FIXED_AMOUNT", amount: 1000, minSubtotal: 5000 });
    expect(await apply(headers, code)).toMatchObject({ cart: { totals: { discount: { amount: "10.00" } } } });
    const cart = (await apply(headers, code)) as { cart: { lines: { id: string }[] } };
    const shrunk = await server.gql(UpdateLine, { input: { lineId: cart.cart.lines[0]!.id, quantity: 1 } }, { headers });
    expect(shrunk.body.data!.updateCartLine).toEqual({ cart: { coupons: [{ applicable: false, problem: "MINIMUM_NOT_MET" }], totals: { discount: { amount: "0.00" } } } });
    const refused = await placeOrder(server, headers);
    expect(refused.body.data!.placeOrder).toMatchObject({ __typename: "CouponUnavailable", couponCode: code, reason: "MINIMUM_NOT_MET" });
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 100, allocated: 0 });
    expect((await server.gql(RemoveCoupon, { input: { code } }, { headers })).body.data!.removeCoupon.__typename).toBe("CartUpdated");
    expect((await placeOrder(server, headers)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
  });

  it("hold a per-customer limit across accounts and guest checkouts with the same email, also when racing", { timeout: 60_000 }, async () => {
    const variant = await createVariant(server, { onHand: 100, price: 1000 });
    const code = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 500, usageLimitPerCustomer: 1 });
    const customer = await customerHeaders(server);
    const [{ email }] = await query<{ email: string }>(server.databaseUrl, "SELECT email FROM customer WHERE id = $1", [customer.customerId]);
    const account = await readyCart(server, [{ variant, quantity: 1 }], { authorization: customer.authorization });
    expect((await apply(account, code)).__typename).toBe("CartUpdated");
    expect((await placeOrder(server, account)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
    const again = await readyCart(server, [{ variant, quantity: 1 }], { authorization: customer.authorization });
    expect(await apply(again, code)).toMatchObject({ reason: "CUSTOMER_LIMIT_REACHED" });
    const guest = await readyCart(server, [{ variant, quantity: 1 }], {}, { email: email!.toUpperCase() });
    expect(await apply(guest, code)).toMatchObject({ reason: "CUSTOMER_LIMIT_REACHED" });

    // Ten guest carts under one new email, the coupon applied to each, placed at once: one use.
    const racing = "racer@example.test";
    const other = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 500, usageLimitPerCustomer: 1 });
    const carts = await Promise.all(Array.from({ length: 10 }, () => readyCart(server, [{ variant, quantity: 1 }], {}, { email: racing })));
    for (const headers of carts) expect((await apply(headers, other)).__typename).toBe("CartUpdated");
    const results = await Promise.all(carts.map((headers) => placeOrder(server, headers)));
    const names = results.map((r) => r.body.data!.placeOrder.__typename);
    expect(names.filter((n) => n === "OrderPlaced")).toHaveLength(1);
    expect(names.filter((n) => n === "CouponUnavailable")).toHaveLength(9);
    expect(await query(server.databaseUrl, "SELECT c.times_used, u.uses FROM coupon c JOIN coupon_use u ON u.coupon_id = c.id WHERE c.code = $1", [other])).toEqual([{ times_used: 1, uses: 1 }]);
  });
});
