/** The payment providers of one server, by method code, built once from its configuration. */
import type { Config } from "../../../config.js";
import type { PaymentMethodCode } from "../../pricing/commerce-config.js";
import { stripeProvider } from "../stripe/stripe-provider.js";
import { manualProvider } from "./manual-provider.js";
import type { PaymentProvider } from "./provider.js";
import { testProvider } from "./test-provider.js";

export type PaymentProviders = ReadonlyMap<string, PaymentProvider>;

/** The enabled providers, in PAYMENT_METHODS order. */
export function paymentProviders(config: Config): PaymentProviders {
  const make: Record<PaymentMethodCode, () => PaymentProvider> = {
    test: testProvider,
    manual: manualProvider,
    stripe: () => stripeProvider(config.stripe!),
  };
  return new Map(config.commerce.paymentMethods.map((code) => [code, make[code]()]));
}

/** An enabled provider by method code, or null. */
export function enabledPaymentMethod(providers: PaymentProviders, code: string): PaymentProvider | null {
  return providers.get(code) ?? null;
}
