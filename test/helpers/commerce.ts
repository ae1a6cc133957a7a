/** Commerce fixtures: sellable variants, ready carts, placing orders, and ledger checks, over the real API. */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { query } from "./database.js";
import type { TestServer } from "./server.js";

export const CartFields = graphql(`
  fragment CartFields on Cart {
    id
    email
    totalQuantity
    lines {
      id
      quantity
      sku
      availableForSale
      unitPrice {
        amount
      }
      subtotal {
        amount
      }
      discount {
        amount
      }
      tax {
        amount
      }
      variant {
        id
      }
    }
    shippingAddress {
      countryCode
      city
    }
    shippingMethod {
      code
      price {
        amount
      }
    }
    coupons {
      code
      applicable
      problem
    }
    totals {
      subtotal {
        amount
        currencyCode
      }
      discount {
        amount
      }
      shipping {
        amount
      }
      tax {
        amount
      }
      total {
        amount
      }
      pricesIncludeTax
      taxRate
    }
  }
`);

export const AddLines = graphql(`
  mutation AddLines($input: AddCartLinesInput!) {
    addCartLines(input: $input) {
      __typename
      ... on CartUpdated {
        cartToken
        cart {
          ...CartFields
        }
      }
      ... on InsufficientStock {
        shortages {
          variantId
          requested
          available
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

const SetEmail = graphql(`
  mutation SetEmail($input: SetCartEmailInput!) {
    setCartEmail(input: $input) {
      __typename
      ... on UserError {
        code
        message
      }
    }
  }
`);

const SetAddress = graphql(`
  mutation SetAddress($input: SetCartShippingAddressInput!) {
    setCartShippingAddress(input: $input) {
      __typename
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const SetMethod = graphql(`
  mutation SetMethod($input: SetCartShippingMethodInput!) {
    setCartShippingMethod(input: $input) {
      __typename
      ... on UserError {
        code
        message
      }
    }
  }
`);

export const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        order {
          id
          code
          state
          email
          paymentReference
          expiresAt
          totals {
            subtotal {
              amount
            }
            discount {
              amount
            }
            shipping {
              amount
            }
            tax {
              amount
            }
            total {
              amount
            }
          }
          lines {
            sku
            quantity
            unitPrice {
              amount
            }
          }
          couponCodes
        }
      }
      ... on InsufficientStock {
        shortages {
          variantId
          requested
          available
        }
      }
      ... on CouponUnavailable {
        couponCode
        reason
      }
      ... on CheckoutIncomplete {
        missing
      }
      ... on PaymentProviderUnavailable {
        retryable
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export interface TestVariant {
  /** Row id. */
  id: string;
  /** Global id. */
  globalId: string;
  sku: string;
}

/** An ACTIVE product with one variant, written straight to the database (the catalog API is tested elsewhere). */
export async function createVariant(
  server: TestServer,
  options: { onHand: number; price?: number; trackInventory?: boolean; allowBackorder?: boolean; title?: string },
): Promise<TestVariant> {
  const suffix = randomUUID().slice(0, 8);
  const [productId, id, sku] = [randomUUID(), randomUUID(), `SKU-${suffix}`];
  const db = server.database.sql;
  await db.execute`
    INSERT INTO product (id, title, slug, status, updated_at) VALUES (${productId}::uuid, ${options.title ?? `Thing ${suffix}`}, ${`thing-${suffix}`}, 'ACTIVE', now())`;
  await db.execute`
    INSERT INTO variant (id, product_id, sku, price, stock_on_hand, track_inventory, allow_backorder, updated_at)
    VALUES (${id}::uuid, ${productId}::uuid, ${sku}, ${options.price ?? 1000}, ${options.onHand}, ${options.trackInventory ?? true}, ${options.allowBackorder ?? false}, now())`;
  return { id, globalId: toGlobalId("Variant", id), sku };
}

export const ADDRESS = { firstName: "Ada", lastName: "Lovelace", line1: "1 Analytical Way", city: "Berlin", postalCode: "10115", countryCode: "de" };

/**
 * Adds the lines to the caller's cart and fills in what an order needs. For a guest (no
 * `authorization` header) it returns headers carrying the new cart token.
 */
export async function readyCart(
  server: TestServer,
  lines: { variant: TestVariant; quantity: number }[],
  headers: Record<string, string> = {},
  options: { email?: string; method?: string } = {},
): Promise<Record<string, string>> {
  const added = await server.gql(AddLines, { input: { lines: lines.map((l) => ({ variantId: l.variant.globalId, quantity: l.quantity })) } }, { headers });
  const result = added.body.data!.addCartLines;
  if (result.__typename !== "CartUpdated") throw new Error(`adding lines failed: ${JSON.stringify(result)}`);
  const withToken = result.cartToken ? { ...headers, "x-cart-token": result.cartToken } : headers;
  if (!headers.authorization) {
    const email = await server.gql(SetEmail, { input: { email: options.email ?? `guest-${randomUUID().slice(0, 8)}@example.test` } }, { headers: withToken });
    expect(email.body.data!.setCartEmail.__typename).toBe("CartUpdated");
  }
  const address = await server.gql(SetAddress, { input: { address: ADDRESS } }, { headers: withToken });
  expect(address.body.data!.setCartShippingAddress.__typename).toBe("CartUpdated");
  const method = await server.gql(SetMethod, { input: { code: options.method ?? "standard" } }, { headers: withToken });
  expect(method.body.data!.setCartShippingMethod.__typename).toBe("CartUpdated");
  return withToken;
}

/** Places the caller's cart. */
export function placeOrder(server: TestServer, headers: Record<string, string>, input: { idempotencyKey?: string; paymentMethod?: string; paymentToken?: string } = {}) {
  return server.gql(
    PlaceOrder,
    { input: { idempotencyKey: input.idempotencyKey ?? randomUUID(), paymentMethod: input.paymentMethod ?? "test", paymentToken: input.paymentToken } },
    { headers },
  );
}

/** A variant's stock columns. */
export async function stockOf(server: TestServer, variantId: string): Promise<{ onHand: number; allocated: number }> {
  const [row] = await query<{ on_hand: number; allocated: number }>(
    server.databaseUrl,
    "SELECT stock_on_hand AS on_hand, stock_allocated AS allocated FROM variant WHERE id = $1",
    [variantId],
  );
  return { onHand: row!.on_hand, allocated: row!.allocated };
}

/** Variants whose ledger sums differ from their stock columns (should be none, ever). */
export async function unbalancedVariants(server: TestServer): Promise<unknown[]> {
  return query(
    server.databaseUrl,
    `SELECT v.id, v.stock_on_hand, v.stock_allocated, coalesce(sum(m.on_hand_delta), 0)::int AS ledger_on_hand, coalesce(sum(m.allocated_delta), 0)::int AS ledger_allocated
       FROM variant v LEFT JOIN stock_movement m ON m.variant_id = v.id
      GROUP BY v.id HAVING v.stock_on_hand <> coalesce(sum(m.on_hand_delta), 0) OR v.stock_allocated <> coalesce(sum(m.allocated_delta), 0)`,
  );
}

/** Row counts of the commerce tables, to show that a refused request changed nothing. */
export async function commerceCounts(server: TestServer): Promise<Record<string, number>> {
  const [row] = await query<Record<string, number>>(
    server.databaseUrl,
    `SELECT (SELECT count(*)::int FROM shop_order) AS orders, (SELECT count(*)::int FROM order_line) AS order_lines,
            (SELECT count(*)::int FROM stock_movement) AS movements, (SELECT count(*)::int FROM cart) AS carts,
            (SELECT count(*)::int FROM cart_line) AS cart_lines, (SELECT coalesce(sum(quantity), 0)::int FROM cart_line) AS cart_units,
            (SELECT coalesce(sum(stock_on_hand), 0)::int FROM variant) AS on_hand, (SELECT coalesce(sum(stock_allocated), 0)::int FROM variant) AS allocated,
            (SELECT coalesce(sum(times_used), 0)::int FROM coupon) AS coupon_uses, (SELECT count(*)::int FROM order_transition) AS transitions`,
  );
  return row!;
}

export const ApplyCoupon = graphql(`
  mutation ApplyCoupon($input: ApplyCouponInput!) {
    applyCoupon(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          ...CartFields
        }
      }
      ... on CouponUnavailable {
        couponCode
        reason
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

/** A coupon written straight to the database. */
export async function createCoupon(
  server: TestServer,
  data: { kind: "PERCENTAGE" | "FIXED_AMOUNT" | "FREE_SHIPPING"; percentBps?: number; amount?: number; usageLimit?: number; usageLimitPerCustomer?: number; minSubtotal?: number },
): Promise<string> {
  const code = `SAVE-${randomUUID().slice(0, 8).toUpperCase()}`;
  await server.database.sql.execute`
    INSERT INTO coupon (id, code, kind, percent_bps, amount, min_subtotal, usage_limit, usage_limit_per_customer, updated_at)
    VALUES (${randomUUID()}::uuid, ${code}, ${data.kind}::"CouponKind", ${data.percentBps ?? null}, ${data.amount ?? null}, ${data.minSubtotal ?? 0},
            ${data.usageLimit ?? null}, ${data.usageLimitPerCustomer ?? null}, now())`;
  return code;
}
