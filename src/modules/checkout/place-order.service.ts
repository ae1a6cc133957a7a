/**
 * Placing an order: one transaction that re-validates the cart, allocates the stock, redeems the
 * coupons, takes the payment and writes the order, or does none of it.
 *
 * Steps, under the locks (cart, then variants and coupons in ascending id order):
 * 1. the idempotency key row (idempotency.ts): a retry waits here and gets the first answer;
 * 2. the cart row: a second placement of the same cart waits, then finds no cart (EmptyCart);
 * 3. the variants: prices and stock are read after locking, so what is priced is what is sold;
 * 4. checks that write nothing (missing details, shortages, coupon problems, and for orders
 *    awaiting payment the limits of unpaid-orders.ts) answer at once;
 * 5. from a savepoint: conditional allocation, coupon redemption, payment (a payment session's
 *    row is locked here, after the variants: payments/take-payment.ts); a refusal rolls back
 *    to the savepoint and is answered (and stored under the key), an exception rolls back all,
 *    and so does an unavailable payment provider, answered as a retryable user error;
 * 6. order, lines, ledger, transitions, the events (order placed, paid, stock low or out); the
 *    cart is deleted (the order's unique cart_id is the last guard against one cart becoming two orders).
 */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import { idempotent, isValidIdempotencyKey } from "../../shared/idempotency.js";
import type { UserError } from "../../shared/errors.js";
import { reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { IdempotencyKeyReused, PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { uuidv7 } from "../../shared/uuid.js";
import { orderEmail } from "../cart/cart-details.service.js";
import { cartOwner, lockCart, type CartOwner } from "../cart/cart.store.js";
import { addressToJson } from "../pricing/shipping-address.js";
import { loadCartContents, priceContents, type PricedCart } from "../cart/pricing.js";
import { InsufficientStock, type Shortage } from "../inventory/inventory.errors.js";
import { allocateStock, lockStock, recordMovements } from "../inventory/stock.js";
import { stockEvents } from "../inventory/stock-events.js";
import { recordEvents } from "../events/outbox.js";
import { newOrderCode } from "../orders/order-code.js";
import { eventMoney, placedOrderEvents } from "../orders/order-events.js";
import { readOrder } from "../orders/order-read.js";
import { CouponUnavailable } from "../promotions/coupon.errors.js";
import type { CouponProblem } from "../promotions/coupon-rules.js";
import { redeemCoupons } from "../promotions/redeem.js";
import {
  CheckoutIncomplete,
  CheckoutRequirement,
  EmptyCart,
  OrderPlaced,
  PaymentActionRequired,
  PaymentDeclined,
  QuantityLimitExceeded,
  TooManyUnpaidOrders,
  type LineOverLimit,
  type PlaceOrderInput,
} from "./checkout.types.js";
import type { CommerceConfig } from "../pricing/commerce-config.js";
import type { CaptureOn } from "../pricing/commerce-config.js";
import type { PaymentProvider } from "../payments/providers/provider.js";
import { recordDeclinedSession, recordTakenPayment, takePayment, type TakenPayment } from "../payments/take-payment.js";
import { enabledPaymentMethod } from "../payments/providers/registry.js";
import { clientSecretOf } from "../payments/payment-records.js";
import { linesOverLimit, unpaidOrderLimitReached } from "./unpaid-orders.js";

/** What placing came to, as JSON: stored under the idempotency key and replayed to retries. */
type PlaceOutcome =
  | { kind: "placed"; orderId: string; actionRequired: boolean }
  | { kind: "emptyCart" }
  | { kind: "incomplete"; missing: CheckoutRequirement[] }
  | { kind: "insufficientStock"; shortages: Shortage[] }
  | { kind: "couponUnavailable"; code: string; problem: CouponProblem }
  | { kind: "tooManyUnpaid"; limit: number }
  | { kind: "quantityLimit"; lines: LineOverLimit[] }
  | { kind: "declined"; reason: string };

interface Placement {
  owner: CartOwner;
  method: PaymentProvider;
  token: string | null;
  captureOn: CaptureOn;
  /** The placement's idempotency scope and key: what the provider's own keys are made from. */
  attempt: string;
  /** The shop's selling settings and currency code, as this server has them. */
  commerce: CommerceConfig;
  currency: string;
  /** The client address placing it, for the limits on orders awaiting payment. */
  clientAddress: string;
}

const MAX_PAYMENT_TOKEN = 500;

/** Lines whose variant cannot supply them now: no longer sold, or short of unpromised units. */
function shortagesOf(priced: PricedCart): Shortage[] {
  return priced.lines
    .filter((l) => !l.sellable || (l.available !== null && l.available < l.quantity))
    .map((l) => ({ variantId: l.variantId, requested: l.quantity, available: l.sellable ? l.available! : 0 }));
}

function missingOf(priced: PricedCart, email: string | null): CheckoutRequirement[] {
  const missing: CheckoutRequirement[] = [];
  if (!email) missing.push(CheckoutRequirement.EMAIL);
  if (!priced.shippingAddress) missing.push(CheckoutRequirement.SHIPPING_ADDRESS);
  if (!priced.shippingMethod) missing.push(CheckoutRequirement.SHIPPING_METHOD);
  return missing;
}

async function place(tx: Tx, placement: Placement): Promise<PlaceOutcome> {
  const cart = await lockCart(tx, placement.owner);
  if (!cart) return { kind: "emptyCart" };
  const variantIds = await tx.query<{ variant_id: string }>`SELECT variant_id FROM cart_line WHERE cart_id = ${cart.id}::uuid`;
  if (variantIds.length === 0) return { kind: "emptyCart" };
  await lockStock(tx, variantIds.map((r) => r.variant_id));
  const contents = (await loadCartContents(tx, cart.id))!;
  const now = new Date();
  const priced = priceContents(contents, placement.commerce, now);
  const email = await orderEmail(tx, cart);
  const missing = missingOf(priced, email);
  if (missing.length > 0) return { kind: "incomplete", missing };
  const shortages = shortagesOf(priced);
  if (shortages.length > 0) return { kind: "insufficientStock", shortages };
  const refused = priced.coupons.find((c) => c.problem !== null);
  if (refused) return { kind: "couponUnavailable", code: refused.coupon.code, problem: refused.problem! };
  if (placement.method.awaitsPayment) {
    const over = linesOverLimit(contents.lines, placement.commerce);
    if (over.length > 0) return { kind: "quantityLimit", lines: over };
    const limit = await unpaidOrderLimitReached(tx, { customerId: cart.customer_id, email: email!, address: placement.clientAddress }, placement.commerce);
    if (limit !== null) return { kind: "tooManyUnpaid", limit };
  }

  await tx.execute`SAVEPOINT place_order`;
  const undo = async <T extends PlaceOutcome>(outcome: T): Promise<T> => {
    await tx.execute`ROLLBACK TO SAVEPOINT place_order`;
    return outcome;
  };
  const tracked = contents.lines.filter((l) => l.track_inventory).map((l) => ({ variantId: l.variant_id, quantity: l.quantity }));
  const allocated = await allocateStock(tx, tracked);
  // The variants are locked and were checked above: a difference here is a bug, not a race.
  if (allocated.length !== tracked.length) throw new Error(`allocation matched ${allocated.length} of ${tracked.length} lines`);
  const couponFailure = await redeemCoupons(tx, priced.coupons.map((c) => c.coupon.id), email!, now);
  if (couponFailure) return undo({ kind: "couponUnavailable", code: couponFailure.code, problem: couponFailure.problem });

  const orderId = uuidv7();
  const amount = priced.totals.total;
  const payment = await takePayment(tx, placement.method, { cartId: cart.id, amount, currency: placement.currency, token: placement.token, captureOn: placement.captureOn, idempotencyKey: placement.attempt });
  if (payment.status === "noSession") return undo({ kind: "incomplete", missing: [CheckoutRequirement.PAYMENT_SESSION] });
  if (payment.status === "declined") {
    const outcome = await undo({ kind: "declined", reason: payment.reason } as const);
    if (payment.sessionPaymentId) await recordDeclinedSession(tx, payment.sessionPaymentId, amount, payment.reason);
    return outcome;
  }
  // Thrown, not stored: the whole transaction rolls back, idempotency key included, so a retry with
  // the same key tries again once the provider answers (and reconciles what it did meanwhile).
  if (payment.status === "unavailable") throw new Rejection(PaymentProviderUnavailable.of(payment.reason));

  let code = newOrderCode();
  while (!(await insertOrder(tx, { orderId, code, cart: priced, email: email!, customerId: cart.customer_id, placement, payment }))) code = newOrderCode();
  await insertLines(tx, orderId, priced, new Set(tracked.map((t) => t.variantId)));
  await recordTakenPayment(tx, payment, { orderId, provider: placement.method.code, amount, currency: placement.currency, captureOn: placement.captureOn });
  await recordMovements(
    tx,
    tracked.map((t) => ({ ...t, kind: "ALLOCATION", reason: "ORDER_PLACED", onHandDelta: 0, allocatedDelta: t.quantity })),
    { customerId: cart.customer_id, orderId },
  );
  await insertTransitions(tx, orderId, cart.customer_id, payment);
  if (priced.coupons.length > 0) {
    await tx.execute`
      INSERT INTO order_coupon (order_id, coupon_id, code)
      SELECT ${orderId}::uuid, c.id, c.code FROM unnest(${priced.coupons.map((c) => c.coupon.id)}::uuid[], ${priced.coupons.map((c) => c.coupon.code)}::text[]) AS c(id, code)`;
  }
  await recordEvents(tx, [
    ...placedOrderEvents({
      orderId, code, customerId: cart.customer_id, email: email!, state: stateAfter(payment), total: eventMoney(priced.totals.total, placement.currency),
      paymentMethod: placement.method.code, paymentReference: payment.status === "settled" ? payment.reported.reference : null,
      lines: priced.lines.map((l) => ({ variantId: l.variantId, sku: l.sku, quantity: l.quantity })),
    }),
    ...stockEvents(allocated, placement.commerce.lowStockThreshold),
  ]);
  await tx.execute`DELETE FROM cart WHERE id = ${cart.id}::uuid`;
  return { kind: "placed", orderId, actionRequired: payment.status === "requires_action" };
}

function stateAfter(payment: TakenPayment): "PLACED" | "PAYMENT_AUTHORIZED" | "PAYMENT_SETTLED" {
  return payment.status === "settled" ? "PAYMENT_SETTLED" : payment.status === "authorized" ? "PAYMENT_AUTHORIZED" : "PLACED";
}

/** Inserts the order row; false when the random code is taken (the caller draws another). */
async function insertOrder(
  tx: Tx,
  o: { orderId: string; code: string; cart: PricedCart; email: string; customerId: string | null; placement: Placement; payment: TakenPayment },
): Promise<boolean> {
  const { totals } = o.cart;
  const state = stateAfter(o.payment);
  const reference = o.payment.status === "settled" || o.payment.status === "authorized" ? o.payment.reported.reference : null;
  // Only an order still waiting for its payment expires.
  const expiresAt = state === "PLACED" ? new Date(Date.now() + o.placement.commerce.unpaidOrderTtlMinutes * 60_000) : null;
  const inserted = await tx.execute`
    INSERT INTO shop_order (id, code, cart_id, customer_id, email, state, currency, prices_include_tax, tax_rate_bps, subtotal, discount, shipping, tax, total,
                            shipping_address, billing_address, shipping_method_code, shipping_method_name, payment_method, payment_reference, expires_at, client_address, updated_at)
    VALUES (${o.orderId}::uuid, ${o.code}, ${o.cart.id}::uuid, ${o.customerId}::uuid, ${o.email}, ${state}::"OrderState", ${o.placement.currency},
            ${o.cart.pricesIncludeTax}, ${o.cart.taxRateBps}, ${totals.subtotal}, ${totals.discount}, ${totals.shipping}, ${totals.tax}, ${totals.total},
            ${JSON.stringify(addressToJson(o.cart.shippingAddress!))}::jsonb, ${JSON.stringify(addressToJson(o.cart.billingAddress ?? o.cart.shippingAddress!))}::jsonb, ${o.cart.shippingMethod!.code}, ${o.cart.shippingMethod!.name},
            ${o.placement.method.code}, ${reference}, ${expiresAt}, ${o.placement.clientAddress}, now())
    ON CONFLICT (code) DO NOTHING`;
  return inserted === 1;
}

async function insertLines(tx: Tx, orderId: string, cart: PricedCart, tracked: Set<string>): Promise<void> {
  const lines = cart.lines;
  await tx.execute`
    INSERT INTO order_line (id, order_id, variant_id, position, sku, product_title, variant_title, unit_price, quantity, allocated, amount, discount, tax)
    SELECT l.id, ${orderId}::uuid, l.variant_id, l.position, l.sku, l.product_title, l.variant_title, l.unit_price, l.quantity, l.allocated, l.amount, l.discount, l.tax
      FROM unnest(${lines.map(() => uuidv7())}::uuid[], ${lines.map((l) => l.variantId)}::uuid[], ${lines.map((_, i) => i)}::int[], ${lines.map((l) => l.sku)}::text[],
                  ${lines.map((l) => l.productTitle)}::text[], ${lines.map((l) => l.variantTitle)}::text[], ${lines.map((l) => l.unitPrice)}::bigint[],
                  ${lines.map((l) => l.quantity)}::int[], ${lines.map((l) => (tracked.has(l.variantId) ? l.quantity : 0))}::int[],
                  ${lines.map((l) => l.amount)}::bigint[], ${lines.map((l) => l.discount)}::bigint[], ${lines.map((l) => l.tax)}::bigint[])
        AS l(id, variant_id, position, sku, product_title, variant_title, unit_price, quantity, allocated, amount, discount, tax)`;
}

/** The placement, by its customer (or guest), then what the payment did (by the system). */
async function insertTransitions(tx: Tx, orderId: string, customerId: string | null, payment: TakenPayment): Promise<void> {
  const steps: [string | null, string][] = [[null, "PLACED"]];
  if (payment.status === "authorized" || payment.status === "settled") steps.push(["PLACED", "PAYMENT_AUTHORIZED"]);
  if (payment.status === "settled") steps.push(["PAYMENT_AUTHORIZED", "PAYMENT_SETTLED"]);
  await tx.execute`
    INSERT INTO order_transition (order_id, from_state, to_state, customer_id)
    SELECT ${orderId}::uuid, s.from_state::"OrderState", s.to_state::"OrderState", CASE WHEN s.from_state IS NULL THEN ${customerId}::uuid END
      FROM unnest(${steps.map((s) => s[0])}::text[], ${steps.map((s) => s[1])}::text[]) AS s(from_state, to_state)`;
}

/** The idempotency scope of the caller: a key of one customer (or guest cart token) never answers another. */
function scopeOf(owner: CartOwner): string | null {
  if (owner.kind === "customer") return `place-order:customer:${owner.customerId}`;
  return owner.tokenHash ? `place-order:guest:${owner.tokenHash.toString("hex")}` : null;
}

/** The typed user error of an outcome other than "placed". */
function refusal(outcome: Exclude<PlaceOutcome, { kind: "placed" }>): UserError {
  switch (outcome.kind) {
    case "emptyCart":
      return EmptyCart.create();
    case "incomplete":
      return CheckoutIncomplete.of(outcome.missing);
    case "insufficientStock":
      return InsufficientStock.of(undefined, outcome.shortages);
    case "couponUnavailable":
      return CouponUnavailable.of(undefined, outcome.code, outcome.problem);
    case "tooManyUnpaid":
      return TooManyUnpaidOrders.of(outcome.limit);
    case "quantityLimit":
      return QuantityLimitExceeded.of(outcome.lines);
    case "declined":
      return PaymentDeclined.of(outcome.reason);
  }
}

/**
 * `placeOrder`: validates the request and places (or replays) under the idempotency key. The
 * outcome is stored with the key even when it is a refusal, so a retry is refused the same way.
 */
export async function placeOrder(ctx: Context, input: PlaceOrderInput): Promise<OrderPlaced | PaymentActionRequired> {
  if (!isValidIdempotencyKey(input.idempotencyKey)) reject(["input", "idempotencyKey"], "idempotencyKey must be 1 to 255 visible ASCII characters");
  const { commerce } = ctx.services.config;
  const method = enabledPaymentMethod(ctx.services.payments, input.paymentMethod);
  if (!method) reject(["input", "paymentMethod"], "not one of the enabled payment methods");
  const token = input.paymentToken ?? null;
  if (token !== null && token.length > MAX_PAYMENT_TOKEN) reject(["input", "paymentToken"], `paymentToken must be at most ${MAX_PAYMENT_TOKEN} characters`);
  const owner = cartOwner(ctx);
  const scope = scopeOf(owner);
  if (!scope) throw new Rejection(EmptyCart.create());
  const { idempotencyKey, ...request } = input;
  const result = await idempotent(ctx.sql, { scope, key: idempotencyKey, input: { ...request, paymentToken: token } }, (tx) =>
    place(tx, { owner, method, token, commerce, captureOn: commerce.captureOn, attempt: `${scope}:${idempotencyKey}`, currency: ctx.services.currency.code, clientAddress: ctx.client.address }),
  );
  if (result.kind === "reused") throw new Rejection(IdempotencyKeyReused.at(["input", "idempotencyKey"]));
  const outcome = result.result;
  if (outcome.kind !== "placed") throw new Rejection(refusal(outcome));
  const order = await readOrder(ctx, outcome.orderId);
  if (outcome.actionRequired) return Object.assign(new PaymentActionRequired(), { order, clientSecret: (await clientSecretOf(ctx.sql, outcome.orderId)) ?? "" });
  return Object.assign(new OrderPlaced(), { order });
}
