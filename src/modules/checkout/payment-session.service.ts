/**
 * `createPaymentSession`: a payment at the provider for the cart's current total, for providers
 * whose storefront widget needs one first (Stripe: a PaymentIntent and its client secret). Under
 * the cart's row lock, an open session for the same cart, amount and currency is handed out again,
 * so asking twice makes one payment; the provider's idempotency key is made of the same facts.
 * placeOrder later takes the session whose amount is the order's total.
 */
import type { Context } from "../../context.js";
import { reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { PaymentProviderUnavailable } from "../../shared/user-errors.js";
import { uuidv7 } from "../../shared/uuid.js";
import { cartOwner, lockCart } from "../cart/cart.store.js";
import { loadCartContents, priceContents } from "../cart/pricing.js";
import { insertPayment, recordAttempt, stateOf } from "../payments/payment-records.js";
import { ProviderUnavailable } from "../payments/providers/provider.js";
import { enabledPaymentMethod } from "../payments/providers/registry.js";
import { EmptyCart, PaymentSessionCreated, type CreatePaymentSessionInput } from "./checkout.types.js";

export async function createPaymentSession(ctx: Context, input: CreatePaymentSessionInput): Promise<PaymentSessionCreated> {
  const provider = enabledPaymentMethod(ctx.services.payments, input.paymentMethod);
  if (!provider?.usesSessions) reject(["input", "paymentMethod"], "not an enabled payment method that takes a payment session");
  const owner = cartOwner(ctx);
  const { commerce } = ctx.services.config;
  const currency = ctx.services.currency.code;
  const session = await ctx.sql.transaction(async (tx) => {
    const cart = await lockCart(tx, owner);
    const contents = cart && (await loadCartContents(tx, cart.id));
    if (!cart || !contents || contents.lines.length === 0) throw new Rejection(EmptyCart.create());
    const amount = priceContents(contents, commerce, new Date()).totals.total;
    const [open] = await tx.query<{ client_secret: string }>`
      SELECT client_secret FROM payment
       WHERE cart_id = ${cart.id}::uuid AND provider = ${provider.code} AND order_id IS NULL AND amount = ${amount} AND currency = ${currency} AND state <> 'VOIDED'
       ORDER BY created_at DESC LIMIT 1`;
    if (open) return { amount, clientSecret: open.client_secret };
    const id = uuidv7();
    try {
      const created = await provider.create({ amount, currency, captureOn: commerce.captureOn, idempotencyKey: `session:${cart.id}:${amount}:${currency}`, paymentId: id });
      await insertPayment(tx, { id, orderId: null, cartId: cart.id, provider: provider.code, reference: created.reference, currency, amount, state: stateOf(created.status), captureOn: commerce.captureOn, clientSecret: created.clientSecret });
      await recordAttempt(tx, id, { kind: "create", outcome: created.status, amount });
      return { amount, clientSecret: created.clientSecret ?? "" };
    } catch (error) {
      if (error instanceof ProviderUnavailable) throw new Rejection(PaymentProviderUnavailable.of(error.message));
      throw error;
    }
  });
  return Object.assign(new PaymentSessionCreated(), { paymentMethod: provider.code, amount: ctx.services.currency.money(session.amount), clientSecret: session.clientSecret });
}
