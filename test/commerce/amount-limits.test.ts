/** The largest amounts: prices up to MAX_MINOR are taken, larger ones refused, and every sum stays exact through an order. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { MAX_MINOR } from "../../src/shared/currency.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { createTestProduct } from "../helpers/catalog.js";
import { createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const CreateDearVariant = graphql(`
  mutation CreateDearVariant($input: CreateVariantInput!) {
    createVariant(input: $input) {
      __typename
      ... on VariantCreated {
        variant {
          price {
            amount
          }
        }
      }
      ... on UserError {
        code
        path
        message
      }
    }
  }
`);

const CreateDearCoupon = graphql(`
  mutation CreateDearCoupon($input: CreateCouponInput!) {
    createCoupon(input: $input) {
      __typename
      ... on UserError {
        code
        path
      }
    }
  }
`);

let server: TestServer;
let staff: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  staff = { authorization: (await staffHeaders(server, Object.values(Permission))).authorization };
});
afterAll(async () => {
  await server.stop();
});

const variantCount = async () => (await query<{ n: number }>(server.databaseUrl, "SELECT count(*)::int AS n FROM variant"))[0]!.n;

describe("amount limits", () => {
  it("takes prices up to 100000000.00 and refuses larger ones as InvalidInput", async () => {
    const product = await createTestProduct(server, staff, { title: "Dear things", status: "ACTIVE" });
    const dearest = await server.gql(CreateDearVariant, { input: { productId: product.id, sku: "DEAREST", price: "100000000.00", compareAtPrice: "100000000.00" } }, { headers: staff });
    expect(dearest.body.data?.createVariant).toEqual({ __typename: "VariantCreated", variant: { price: { amount: "100000000.00" } } });
    const before = await variantCount();
    for (const [field, value] of [["price", "100000000.01"], ["compareAtPrice", "2147483647000"]] as const) {
      const { body } = await server.gql(CreateDearVariant, { input: { productId: product.id, sku: `TOO-DEAR-${field}`, price: "1.00", [field]: value } }, { headers: staff });
      expect(body.data?.createVariant).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", path: ["input", field], message: `${field} must be at most 100000000.00` });
    }
    const coupon = await server.gql(CreateDearCoupon, { input: { code: "TOO-MUCH", kind: "FIXED_AMOUNT", amountOff: "100000000.01" } }, { headers: staff });
    expect(coupon.body.data?.createCoupon).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", path: ["input", "amountOff"] });
    expect(await variantCount()).toBe(before);
  });

  // 2^31 − 1 was the largest price while amounts were integers: 999 of it overflowed the order total.
  it.each([
    ["2^31 − 1", 2_147_483_647, "2145336163353", "21453361633.53"],
    ["MAX_MINOR", MAX_MINOR, "9990000000000", "99900000000.00"],
  ])("places 999 units at a price of %s minor units with exact totals", async (_label, price, minor, amount) => {
    const customer = { authorization: (await customerHeaders(server)).authorization };
    await readyCart(server, [{ variant: await createVariant(server, { onHand: 999, price }), quantity: 999 }], customer);
    const result = (await placeOrder(server, customer)).body.data!.placeOrder;
    if (result.__typename !== "OrderPlaced") throw new Error(JSON.stringify(result));
    expect(result.order.totals.subtotal.amount).toBe(amount);
    expect(result.order.totals.total.amount).toBe(amount);
    const [stored] = await query(server.databaseUrl, "SELECT subtotal::text, total::text FROM shop_order WHERE code = $1", [result.order.code]);
    expect(stored).toEqual({ subtotal: minor, total: minor });
  });
});
