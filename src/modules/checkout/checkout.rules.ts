/** Placing an order is for shoppers, like the cart it turns into an order; its outcomes are data for the caller. */
import { allow } from "graphql-shield";
import { isShopper } from "../cart/cart.rules.js";

export const checkoutRules = {
  Query: { paymentMethods: allow },
  Mutation: { placeOrder: isShopper, createPaymentSession: isShopper },
  PaymentActionRequired: allow,
  PaymentSessionCreated: allow,
  PaymentMethodInfo: allow,
  OrderPlaced: allow,
  EmptyCart: allow,
  CheckoutIncomplete: allow,
  PaymentDeclined: allow,
  TooManyUnpaidOrders: allow,
  QuantityLimitExceeded: allow,
  QuantityLimit: allow,
  PaymentProviderUnavailable: allow,
};
