/** Carts over HTTP: guests and customers, lines and their limits, details, and totals computed by the server. */
import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { ADDRESS, AddLines, commerceCounts, createVariant, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CartQuery = graphql(`
  query CartQuery {
    cart {
      ...CartFields
      availableShippingMethods {
        code
        price {
          amount
        }
      }
    }
  }
`);

const UpdateLine = graphql(`
  mutation UpdateLine($input: UpdateCartLineInput!) {
    updateCartLine(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          totalQuantity
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const RemoveLine = graphql(`
  mutation RemoveLine($input: RemoveCartLineInput!) {
    removeCartLine(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          totalQuantity
        }
      }
      ... on UserError {
        code
        path
      }
    }
  }
`);

const Details = graphql(`
  mutation Details($email: SetCartEmailInput!, $address: SetCartShippingAddressInput!, $method: SetCartShippingMethodInput!) {
    setCartEmail(input: $email) {
      __typename
      ... on UserError {
        code
        path
      }
    }
    setCartShippingAddress(input: $address) {
      __typename
      ... on UserError {
        code
        path
      }
    }
    setCartShippingMethod(input: $method) {
      __typename
      ... on UserError {
        code
        path
      }
    }
  }
`);

let server: TestServer;

async function addLines(lines: { variantId: string; quantity: number }[], headers: Record<string, string> = {}) {
  return (await server.gql(AddLines, { input: { lines } }, { headers })).body.data!.addCartLines;
}

async function cartOf(headers: Record<string, string>) {
  return (await server.gql(CartQuery, {}, { headers })).body.data!.cart;
}

describe("carts", () => {
  beforeAll(async () => {
    server = await startTestServer({ TAX_RATES: "DE:19,AT:20,*:0" });
  });
  afterAll(() => server.stop());

  it("starts a guest cart with a token, given once in the payload and as an httpOnly cookie", async () => {
    const variant = await createVariant(server, { onHand: 10, price: 1250 });
    const response = await server.gql(AddLines, { input: { lines: [{ variantId: variant.globalId, quantity: 2 }] } });
    const result = response.body.data!.addCartLines;
    if (result.__typename !== "CartUpdated") throw new Error(JSON.stringify(result));
    expect(result.cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^larder_cart=${result.cartToken}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax$`));
    expect(result.cart).toMatchObject({ totalQuantity: 2, lines: [{ quantity: 2, sku: variant.sku, unitPrice: { amount: "12.50" }, subtotal: { amount: "25.00" }, variant: { id: variant.globalId } }] });

    const byHeader = await addLines([{ variantId: variant.globalId, quantity: 1 }], { "x-cart-token": result.cartToken! });
    expect(byHeader).toMatchObject({ __typename: "CartUpdated", cartToken: null, cart: { id: result.cart.id, totalQuantity: 3 } });
    expect(await cartOf({ cookie: `other=1; larder_cart=${result.cartToken}` })).toMatchObject({ id: result.cart.id, totalQuantity: 3 });
    expect(await cartOf({})).toBeNull();
    // A token nobody issued is not adopted: the guest gets a cart with a token of our own.
    const madeUp = "A".repeat(43);
    const fresh = await addLines([{ variantId: variant.globalId, quantity: 1 }], { "x-cart-token": madeUp });
    expect(fresh).toMatchObject({ __typename: "CartUpdated", cart: { totalQuantity: 1 } });
    expect(fresh.__typename === "CartUpdated" && fresh.cartToken).not.toBe(madeUp);
  });

  it("keeps one cart per customer, even when their first two requests race", async () => {
    const variant = await createVariant(server, { onHand: 50 });
    const customer = await customerHeaders(server);
    const headers = { authorization: customer.authorization };
    expect(await cartOf(headers)).toBeNull();
    const results = await Promise.all(Array.from({ length: 5 }, () => addLines([{ variantId: variant.globalId, quantity: 1 }], headers)));
    expect(results.every((r) => r.__typename === "CartUpdated" && r.cartToken === null)).toBe(true);
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n, sum(l.quantity)::int AS units FROM cart c JOIN cart_line l ON l.cart_id = c.id WHERE c.customer_id = $1", [customer.customerId])).toEqual([
      { n: 1, units: 5 },
    ]);
  });

  it("changes and removes lines, and only the caller's own", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    const cart = (await cartOf(headers))!;
    const lineId = cart.lines[0]!.id;
    expect((await server.gql(UpdateLine, { input: { lineId, quantity: 5 } }, { headers })).body.data!.updateCartLine).toMatchObject({ cart: { totalQuantity: 5 } });
    // A stranger with a cart of their own, so their request reaches the line look-up.
    const stranger = { authorization: (await customerHeaders(server)).authorization };
    await readyCart(server, [{ variant, quantity: 1 }], stranger);
    const strangersCart = await cartOf(stranger);
    expect((await server.gql(UpdateLine, { input: { lineId, quantity: 1 } }, { headers: stranger })).body.data!.updateCartLine).toMatchObject({ code: "NOT_FOUND", path: ["input", "lineId"] });
    expect((await server.gql(RemoveLine, { input: { lineId } }, { headers: stranger })).body.data!.removeCartLine).toMatchObject({ code: "NOT_FOUND" });
    expect((await server.gql(UpdateLine, { input: { lineId, quantity: 11 } }, { headers })).body.data!.updateCartLine).toMatchObject({ __typename: "InsufficientStock" });
    // None of the refusals changed either cart.
    expect((await cartOf(headers))!.lines.map((l) => ({ id: l.id, quantity: l.quantity }))).toEqual([{ id: lineId, quantity: 5 }]);
    expect(await cartOf(stranger)).toEqual(strangersCart);
    expect((await server.gql(RemoveLine, { input: { lineId } }, { headers })).body.data!.removeCartLine).toMatchObject({ cart: { totalQuantity: 0 } });
    expect((await server.gql(RemoveLine, { input: { lineId } }, { headers })).body.data!.removeCartLine).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses more than 999 of a variant, more than 250 lines, and what is not for sale, changing nothing", async () => {
    const plenty = await createVariant(server, { onHand: 5000 });
    const headers = await readyCart(server, [{ variant: plenty, quantity: 990 }]);
    const archived = await createVariant(server, { onHand: 5 });
    await query(server.databaseUrl, "UPDATE variant SET archived_at = now() WHERE id = $1", [archived.id]);
    const draft = await createVariant(server, { onHand: 5 });
    await query(server.databaseUrl, "UPDATE product SET status = 'DRAFT' WHERE id = (SELECT product_id FROM variant WHERE id = $1)", [draft.id]);
    const before = await commerceCounts(server);
    const cases: [{ variantId: string; quantity: number }[], string, string[]][] = [
      [[{ variantId: plenty.globalId, quantity: 10 }], "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [[{ variantId: plenty.globalId, quantity: 0 }], "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [[{ variantId: plenty.globalId, quantity: 1000 }], "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [[{ variantId: plenty.globalId, quantity: 5 }, { variantId: plenty.globalId, quantity: 5 }], "INVALID_INPUT", ["input", "lines", "0", "quantity"]],
      [[{ variantId: "garbage", quantity: 1 }], "INVALID_INPUT", ["input", "lines", "0", "variantId"]],
      [[{ variantId: toGlobalId("Variant", randomUUID()), quantity: 1 }], "NOT_FOUND", ["input", "lines", "0", "variantId"]],
      [[{ variantId: archived.globalId, quantity: 1 }], "NOT_FOUND", ["input", "lines", "0", "variantId"]],
      [[{ variantId: plenty.globalId, quantity: 1 }, { variantId: draft.globalId, quantity: 1 }], "NOT_FOUND", ["input", "lines", "1", "variantId"]],
      [[], "INVALID_INPUT", ["input", "lines"]],
    ];
    for (const [lines, code, path] of cases) expect(await addLines(lines, headers), JSON.stringify(lines)).toMatchObject({ code, path });
    expect(await commerceCounts(server)).toEqual(before);

    // 250 lines is the most a cart holds.
    const ids = await query<{ id: string }>(
      server.databaseUrl,
      `WITH p AS (INSERT INTO product (id, title, slug, status, updated_at) SELECT gen_random_uuid(), 'Bulk ' || g, 'bulk-' || g || '-' || $1, 'ACTIVE', now() FROM generate_series(1, 251) g RETURNING id, slug)
       INSERT INTO variant (id, product_id, sku, price, stock_on_hand, updated_at) SELECT gen_random_uuid(), p.id, p.slug, 100, 10, now() FROM p RETURNING id`,
      [randomUUID().slice(0, 8)],
    );
    const variantIds = ids.map((r) => toGlobalId("Variant", r.id));
    const bulk = await readyCart(server, [{ variant: { id: ids[0]!.id, globalId: variantIds[0]!, sku: "" }, quantity: 1 }]);
    expect(await addLines(variantIds.slice(1, 100).map((variantId) => ({ variantId, quantity: 1 })), bulk)).toMatchObject({ __typename: "CartUpdated" });
    expect(await addLines(variantIds.slice(100, 200).map((variantId) => ({ variantId, quantity: 1 })), bulk)).toMatchObject({ __typename: "CartUpdated" });
    expect(await addLines(variantIds.slice(200, 251).map((variantId) => ({ variantId, quantity: 1 })), bulk)).toMatchObject({ code: "INVALID_INPUT", path: ["input", "lines"] });
    expect(await addLines(variantIds.slice(200, 250).map((variantId) => ({ variantId, quantity: 1 })), bulk)).toMatchObject({ __typename: "CartUpdated", cart: { totalQuantity: 250 } });
    expect(await addLines(variantIds.slice(0, 101).map((variantId) => ({ variantId, quantity: 1 })), bulk)).toMatchObject({ code: "INVALID_INPUT", path: ["input", "lines"] });
  });

  it("checks stock when adding, except for untracked and backordered variants", async () => {
    const scarce = await createVariant(server, { onHand: 3 });
    const untracked = await createVariant(server, { onHand: 0, trackInventory: false });
    const backorder = await createVariant(server, { onHand: 0, allowBackorder: true });
    const short = await addLines([{ variantId: scarce.globalId, quantity: 4 }]);
    expect(short).toMatchObject({ __typename: "InsufficientStock", code: "INSUFFICIENT_STOCK", shortages: [{ variantId: scarce.globalId, requested: 4, available: 3 }] });
    const fine = await addLines([
      { variantId: untracked.globalId, quantity: 50 },
      { variantId: backorder.globalId, quantity: 7 },
    ]);
    expect(fine).toMatchObject({ __typename: "CartUpdated", cart: { totalQuantity: 57, lines: [{ availableForSale: true }, { availableForSale: true }] } });
  });

  it("validates contact and shipping details as typed errors, changing nothing", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const headers = await readyCart(server, [{ variant, quantity: 1 }]);
    const before = await commerceCounts(server);
    const cart = await cartOf(headers);
    const bad = await server.gql(
      Details,
      { email: { email: "not-an-email" }, address: { address: { ...ADDRESS, countryCode: "XX", line1: " " } }, method: { code: "teleport" } },
      { headers },
    );
    expect(bad.body.data).toMatchObject({
      setCartEmail: { code: "INVALID_INPUT", path: ["input", "email"] },
      setCartShippingAddress: { code: "INVALID_INPUT", path: ["input", "address", "line1"] },
      setCartShippingMethod: { code: "INVALID_INPUT", path: ["input", "code"] },
    });
    expect(await commerceCounts(server)).toEqual(before);
    expect(await cartOf(headers)).toEqual(cart);
    const customer = await customerHeaders(server);
    const customerEmail = await server.gql(Details, { email: { email: "x@example.test" }, address: { address: ADDRESS }, method: { code: "express" } }, { headers: { authorization: customer.authorization } });
    expect(customerEmail.body.data).toMatchObject({ setCartEmail: { code: "INVALID_INPUT" }, setCartShippingAddress: { __typename: "CartUpdated" }, setCartShippingMethod: { __typename: "CartUpdated" } });
  });

  it("prices on the server: tax-inclusive totals by country, shipping free above its threshold", async () => {
    const variant = await createVariant(server, { onHand: 10, price: 2000 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    // 40.00 gross, 19 % (DE) included: 40.00 − round(40.00 / 1.19) = 6.39; shipping 4.90 contains 0.78.
    expect(await cartOf(headers)).toMatchObject({
      shippingMethod: { code: "standard", price: { amount: "4.90" } },
      totals: { subtotal: { amount: "40.00", currencyCode: "EUR" }, shipping: { amount: "4.90" }, tax: { amount: "7.17" }, total: { amount: "44.90" }, pricesIncludeTax: true, taxRate: "19" },
      lines: [{ tax: { amount: "6.39" } }],
    });
    await addLines([{ variantId: variant.globalId, quantity: 1 }], headers);
    const over = await cartOf(headers);
    expect(over).toMatchObject({ shippingMethod: { price: { amount: "0.00" } }, totals: { subtotal: { amount: "60.00" }, shipping: { amount: "0.00" }, total: { amount: "60.00" } } });
    expect(over!.availableShippingMethods).toEqual([
      { code: "standard", price: { amount: "0.00" } },
      { code: "express", price: { amount: "9.90" } },
    ]);
  });

  it("is no place for staff accounts", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const staff = await staffHeaders(server, [Permission.ORDERS_WRITE]);
    const response = await server.gql(AddLines, { input: { lines: [{ variantId: variant.globalId, quantity: 1 }] } }, { headers: { authorization: staff.authorization } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await cartOf({ authorization: staff.authorization })).toBeNull();
  });
});

describe("carts with tax added on top", () => {
  beforeAll(async () => {
    server = await startTestServer({ PRICES_INCLUDE_TAX: "false", TAX_RATES: "DE:19,AT:20", SHIPPING_METHODS: "standard:Standard:4.90" });
  });
  afterAll(() => server.stop());

  it("adds tax per line and on shipping at the rate of the shipping country", async () => {
    const variant = await createVariant(server, { onHand: 10, price: 1000 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }]);
    // 20.00 + 19 % = 3.80; shipping 4.90 + 19 % = 0.93.
    expect(await cartOf(headers)).toMatchObject({ totals: { subtotal: { amount: "20.00" }, tax: { amount: "4.73" }, total: { amount: "29.63" }, pricesIncludeTax: false, taxRate: "19" } });
    await server.gql(Details, { email: { email: "a@example.test" }, address: { address: { ...ADDRESS, countryCode: "AT" } }, method: { code: "standard" } }, { headers });
    expect(await cartOf(headers)).toMatchObject({ totals: { tax: { amount: "4.98" }, total: { amount: "29.88" }, taxRate: "20" } });
    // A country without a rate (and no * default) pays none.
    await server.gql(Details, { email: { email: "a@example.test" }, address: { address: { ...ADDRESS, countryCode: "US" } }, method: { code: "standard" } }, { headers });
    expect(await cartOf(headers)).toMatchObject({ totals: { tax: { amount: "0.00" }, total: { amount: "24.90" }, taxRate: "0" } });
  });
});

describe("carts over WebSocket", () => {
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("are for signed-in customers: a guest is told to use HTTP and no cart is started", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const client = createClient({ url: server.url.replace("http", "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
    const result = await new Promise<{ errors?: { extensions?: Record<string, unknown> }[]; data?: unknown }>((resolve) => {
      let value: unknown;
      client.subscribe(
        { query: AddLines.toString(), variables: { input: { lines: [{ variantId: variant.globalId, quantity: 1 }] } } },
        { next: (v) => (value = v), error: (errors) => resolve({ errors: errors as never }), complete: () => resolve(value as never) },
      );
    });
    await client.dispose();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM cart")).toEqual([{ n: 0 }]);
  });
});
