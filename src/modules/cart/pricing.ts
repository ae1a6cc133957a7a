/**
 * Pricing a cart: its lines with current catalog prices, its coupons and shipping choice, and
 * totals.ts. The client never sends a price. Reading is separate from pricing, so placing an order
 * reads inside its transaction and prices the very rows it locked.
 */
import { shippingMethod, taxRateFor, type CommerceConfig, type ShippingMethodConfig } from "../pricing/commerce-config.js";
import { computeTotals, type Totals } from "../pricing/totals.js";
import { COUPON_COLUMNS, couponProblem, discountOf, type CouponProblem, type CouponRow } from "../promotions/coupon-rules.js";
import { addressFromJson } from "../pricing/shipping-address.js";
import type { PostalAddress } from "../../shared/postal-address.js";
import type { Sql } from "../../db/sql.js";

export interface CartRow {
  id: string;
  customer_id: string | null;
  email: string | null;
  shipping_address: unknown;
  billing_address: unknown;
  shipping_method_code: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface CartLineRow {
  id: string;
  variant_id: string;
  product_id: string;
  quantity: number;
  sku: string;
  price: number;
  stock_on_hand: number;
  stock_allocated: number;
  track_inventory: boolean;
  allow_backorder: boolean;
  sellable: boolean;
  product_title: string;
  variant_title: string;
}

export interface CartContents {
  cart: CartRow;
  lines: CartLineRow[];
  coupons: CouponRow[];
}

export const CART_COLUMNS = "c.id, c.customer_id, c.email, c.shipping_address, c.billing_address, c.shipping_method_code, c.created_at, c.updated_at";

/** Lines in the order they were added, with what pricing and order snapshots need. */
const LINES_SQL = `
  SELECT cl.id, cl.variant_id, v.product_id, cl.quantity, v.sku, v.price, v.stock_on_hand, v.stock_allocated, v.track_inventory, v.allow_backorder,
         (p.status = 'ACTIVE' AND v.archived_at IS NULL) AS sellable, p.title AS product_title,
         coalesce((SELECT string_agg(ov.name, ' / ' ORDER BY o.position) FROM variant_option_value vov
                     JOIN product_option o ON o.id = vov.option_id JOIN option_value ov ON ov.id = vov.value_id
                    WHERE vov.variant_id = v.id), v.sku) AS variant_title
    FROM cart_line cl JOIN variant v ON v.id = cl.variant_id JOIN product p ON p.id = v.product_id
   WHERE cl.cart_id = $1::uuid ORDER BY cl.created_at, cl.id`;

/** The cart row with its coupons as JSON: one statement fewer on every cart request. */
const CART_SQL = `
  SELECT ${CART_COLUMNS}, coalesce((SELECT json_agg(to_json(x) ORDER BY x.applied_at, x.code) FROM (
           SELECT ${COUPON_COLUMNS}, cc.created_at AS applied_at FROM cart_coupon cc JOIN coupon cp ON cp.id = cc.coupon_id WHERE cc.cart_id = c.id) x), '[]') AS coupons
    FROM cart c WHERE c.id = $1::uuid`;

/** JSON turns timestamps into text without a zone (stored as UTC). */
function couponFromJson(json: CouponRow & { starts_at: Date | string | null; ends_at: Date | string | null }): CouponRow {
  const date = (value: Date | string | null) => (typeof value === "string" ? new Date(`${value}Z`) : value);
  return { ...json, starts_at: date(json.starts_at), ends_at: date(json.ends_at) };
}

/** The cart's row, lines and coupons; null when the cart is gone. Statements run one after another (one connection in a transaction). */
export async function loadCartContents(sql: Sql, cartId: string): Promise<CartContents | null> {
  const [cart] = await sql.query<CartRow & { coupons: CouponRow[] }>(CART_SQL, [cartId]);
  if (!cart) return null;
  const lines = await sql.query<CartLineRow>(LINES_SQL, [cartId]);
  const { coupons, ...row } = cart;
  return { cart: row, lines, coupons: coupons.map(couponFromJson) };
}

export interface PricedLine {
  lineId: string;
  variantId: string;
  productId: string;
  quantity: number;
  sku: string;
  productTitle: string;
  variantTitle: string;
  unitPrice: number;
  amount: number;
  discount: number;
  tax: number;
  /** Whether the variant is still sold (active product, not archived). */
  sellable: boolean;
  /** Units that could be promised now; null when unbounded (untracked or backorders allowed). */
  available: number | null;
}

export interface PricedCoupon {
  coupon: CouponRow;
  /** Why it does not apply now, or null when it counts in the totals. */
  problem: CouponProblem | null;
}

export interface PricedCart {
  id: string;
  customerId: string | null;
  email: string | null;
  shippingAddress: PostalAddress | null;
  /** Null: the order bills the shipping address. */
  billingAddress: PostalAddress | null;
  shippingMethod: ShippingMethodConfig | null;
  lines: PricedLine[];
  coupons: PricedCoupon[];
  totals: Totals;
  taxRateBps: number;
  pricesIncludeTax: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Units of a line's variant that could be promised now; null when unbounded. */
export function availableOf(line: CartLineRow): number | null {
  if (!line.track_inventory || line.allow_backorder) return null;
  return Math.max(0, line.stock_on_hand - line.stock_allocated);
}

/** Prices the contents at `now` with the shop's tax and shipping settings; see totals.ts for rounding. */
export function priceContents(contents: CartContents, commerce: CommerceConfig, now: Date): PricedCart {
  const { cart, lines } = contents;
  const subtotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const coupons = contents.coupons.map((coupon) => ({ coupon, problem: couponProblem(coupon, subtotal, now) }));
  const address = addressFromJson(cart.shipping_address);
  const method = shippingMethod(commerce, cart.shipping_method_code);
  const taxRateBps = taxRateFor(commerce, address?.countryCode ?? null);
  const { pricesIncludeTax } = commerce;
  const totals = computeTotals({
    lines: lines.map((l) => ({ unitPrice: l.price, quantity: l.quantity })),
    discounts: coupons.filter((c) => c.problem === null).map((c) => discountOf(c.coupon)),
    shipping: method && { price: method.price, freeAbove: method.freeAbove },
    taxRateBps,
    pricesIncludeTax,
  });
  return {
    id: cart.id,
    customerId: cart.customer_id,
    email: cart.email,
    shippingAddress: address,
    billingAddress: addressFromJson(cart.billing_address),
    shippingMethod: method,
    lines: lines.map((l, i) => ({
      lineId: l.id,
      variantId: l.variant_id,
      productId: l.product_id,
      quantity: l.quantity,
      sku: l.sku,
      productTitle: l.product_title,
      variantTitle: l.variant_title,
      unitPrice: l.price,
      amount: totals.lineAmounts[i]!,
      discount: totals.lineDiscounts[i]!,
      tax: totals.lineTaxes[i]!,
      sellable: l.sellable,
      available: availableOf(l),
    })),
    coupons,
    totals,
    taxRateBps,
    pricesIncludeTax,
    createdAt: cart.created_at,
    updatedAt: cart.updated_at,
  };
}
