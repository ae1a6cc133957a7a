/** A guest cart moving into the account at login, on the real database. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeGuestCart } from "../../src/modules/cart/cart-merge.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders } from "../helpers/auth.js";
import { LoginCustomer, login, PASSWORD, register, signedInCustomer } from "../helpers/identity.js";
import { AddLines, ApplyCoupon, createCoupon, createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const MergedCart = graphql(`
  query MergedCart {
    cart {
      lines {
        sku
        quantity
      }
      shippingAddress {
        city
      }
      shippingMethod {
        code
      }
      coupons {
        code
      }
    }
  }
`);

const LoginWithCart = graphql(`
  mutation LoginWithCart($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      __typename
      ... on LoggedIn {
        cart {
          id
          totalQuantity
          lines {
            sku
            quantity
          }
        }
        guestCartMerge {
          mergedLines
          droppedLines
        }
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function guestCart(lines: { variantId: string; quantity: number }[]): Promise<string> {
  const result = (await server.gql(AddLines, { input: { lines } })).body.data!.addCartLines;
  if (result.__typename !== "CartUpdated") throw new Error(JSON.stringify(result));
  return result.cartToken!;
}

const cartOf = async (authorization: string) => (await server.gql(MergedCart, {}, { headers: { authorization } })).body.data!.cart;

describe("mergeGuestCart", () => {
  it("gives a customer without a cart the guest's lines and details", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const headers = await readyCart(server, [{ variant, quantity: 2 }], {}, { method: "express" });
    const customer = await customerHeaders(server);
    const result = await mergeGuestCart(server.database.sql, headers["x-cart-token"]!, customer.customerId);
    expect(result).toMatchObject({ mergedLines: 1, droppedLines: 0 });
    expect(await cartOf(customer.authorization)).toEqual({ lines: [{ sku: variant.sku, quantity: 2 }], shippingAddress: { city: "Berlin" }, shippingMethod: { code: "express" }, coupons: [] });
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM cart WHERE id <> $1 AND customer_id IS NULL", [result.cartId])).toEqual([{ n: 0 }]);
  });

  it("sums lines into the customer's cart (up to 999), keeps the customer's own details, and adds coupons", async () => {
    const shared = await createVariant(server, { onHand: 5000 });
    const extra = await createVariant(server, { onHand: 10 });
    const customer = await customerHeaders(server);
    const mine = await readyCart(server, [{ variant: shared, quantity: 600 }], { authorization: customer.authorization }, { method: "standard" });
    const ownCoupon = await createCoupon(server, { kind: "FREE_SHIPPING" });
    await server.gql(ApplyCoupon, { input: { code: ownCoupon } }, { headers: mine });
    const token = await guestCart([
      { variantId: shared.globalId, quantity: 500 },
      { variantId: extra.globalId, quantity: 1 },
    ]);
    const guestCoupon = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 500 });
    await server.gql(ApplyCoupon, { input: { code: guestCoupon } }, { headers: { "x-cart-token": token } });
    expect(await mergeGuestCart(server.database.sql, token, customer.customerId)).toMatchObject({ mergedLines: 2, droppedLines: 0 });
    const cart = await cartOf(customer.authorization);
    expect(cart!.lines).toEqual([
      { sku: shared.sku, quantity: 999 },
      { sku: extra.sku, quantity: 1 },
    ]);
    expect(cart!.shippingMethod).toEqual({ code: "standard" });
    expect(cart!.coupons.map((c) => c.code).sort()).toEqual([ownCoupon, guestCoupon].sort());
  });

  it("leaves out guest lines that do not fit in a full cart, and reports them", async () => {
    const suffix = randomUUID().slice(0, 8);
    const ids = await query<{ id: string }>(
      server.databaseUrl,
      `WITH p AS (INSERT INTO product (id, title, slug, status, updated_at) SELECT gen_random_uuid(), 'Merge ' || g, 'merge-' || g || '-' || $1, 'ACTIVE', now() FROM generate_series(1, 252) g RETURNING id, slug)
       INSERT INTO variant (id, product_id, sku, price, stock_on_hand, updated_at) SELECT gen_random_uuid(), p.id, p.slug, 100, 10, now() FROM p RETURNING id`,
      [suffix],
    );
    const customer = await customerHeaders(server);
    const cartId = randomUUID();
    await query(server.databaseUrl, "INSERT INTO cart (id, customer_id, updated_at) VALUES ($1, $2, now())", [cartId, customer.customerId]);
    await query(server.databaseUrl, "INSERT INTO cart_line (id, cart_id, variant_id, quantity, updated_at) SELECT gen_random_uuid(), $1, v, 1, now() FROM unnest($2::uuid[]) v", [cartId, ids.slice(0, 249).map((r) => r.id)]);
    const token = await guestCart(ids.slice(248).map((r) => ({ variantId: toGlobalId("Variant", r.id), quantity: 1 })));
    expect(await mergeGuestCart(server.database.sql, token, customer.customerId)).toEqual({ cartId, mergedLines: 2, droppedLines: 2 });
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n, sum(quantity)::int AS units FROM cart_line WHERE cart_id = $1", [cartId])).toEqual([{ n: 250, units: 251 }]);
  });

  it("does nothing without a guest cart", async () => {
    const customer = await customerHeaders(server);
    expect(await mergeGuestCart(server.database.sql, "B".repeat(43), customer.customerId)).toEqual({ cartId: null, mergedLines: 0, droppedLines: 0 });
  });

  it("never lets a guest cart be both ordered and merged when login and checkout race", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const variant = await createVariant(server, { onHand: 10 });
      const headers = await readyCart(server, [{ variant, quantity: 1 }]);
      const customer = await customerHeaders(server);
      const [merged, placed] = await Promise.all([mergeGuestCart(server.database.sql, headers["x-cart-token"]!, customer.customerId), placeOrder(server, headers)]);
      const ordered = placed.body.data!.placeOrder.__typename === "OrderPlaced";
      if (ordered) {
        expect(merged.mergedLines).toBe(0);
      } else {
        expect(placed.body.data!.placeOrder.__typename).toBe("EmptyCart");
        expect(merged.mergedLines).toBe(1);
      }
      const lines = await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM cart_line WHERE variant_id = $1", [variant.id]);
      expect(lines).toEqual([{ n: ordered ? 0 : 1 }]);
    }
  });
});

describe("login", () => {
  it("merges the request's guest cart into the account and drops the cart cookie", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const token = await guestCart([{ variantId: variant.globalId, quantity: 3 }]);
    const email = await register(server);
    const response = await server.gql(LoginCustomer, { email, password: PASSWORD }, { headers: { cookie: `larder_cart=${token}` } });
    const result = response.body.data!.login!;
    if (result.__typename !== "LoggedIn") throw new Error(JSON.stringify(result));
    expect(response.headers.getSetCookie()).toContain("larder_cart=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    expect((await cartOf(`Bearer ${result.token}`))!.lines).toEqual([{ sku: variant.sku, quantity: 3 }]);
    const again = await login(server, email);
    expect((await cartOf(again.authorization.authorization))!.lines).toEqual([{ sku: variant.sku, quantity: 3 }]);
  });

  it("answers with the account's cart after the merge and with what merged, so the client needs no second request", async () => {
    const own = await createVariant(server, { onHand: 10 });
    const guest = await createVariant(server, { onHand: 10 });
    const customer = await signedInCustomer(server);
    await server.gql(AddLines, { input: { lines: [{ variantId: own.globalId, quantity: 1 }] } }, { headers: customer.authorization });
    const token = await guestCart([{ variantId: guest.globalId, quantity: 2 }]);
    const merged = (await server.gql(LoginWithCart, { email: customer.email, password: PASSWORD }, { headers: { "x-cart-token": token } })).body.data!.login!;
    if (merged.__typename !== "LoggedIn") throw new Error(JSON.stringify(merged));
    expect(merged.guestCartMerge).toEqual({ mergedLines: 1, droppedLines: 0 });
    expect(merged.cart!.totalQuantity).toBe(3);
    expect(merged.cart!.lines).toEqual(expect.arrayContaining([{ sku: own.sku, quantity: 1 }, { sku: guest.sku, quantity: 2 }]));
    expect(merged.cart!.id).toBe((await server.gql(graphql(`query CartId { cart { id } }`), {}, { headers: customer.authorization })).body.data!.cart!.id);

    const plain = (await server.gql(LoginWithCart, { email: customer.email, password: PASSWORD })).body.data!.login!;
    expect(plain).toMatchObject({ guestCartMerge: null, cart: { totalQuantity: 3 } });
    const newcomer = (await server.gql(LoginWithCart, { email: await register(server), password: PASSWORD })).body.data!.login!;
    expect(newcomer).toMatchObject({ __typename: "LoggedIn", cart: null, guestCartMerge: null });
  });
});
