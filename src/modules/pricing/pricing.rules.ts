/** Totals are value types: who may see them is decided by the cart or order field that returns them. */
import { allow } from "graphql-shield";

export const pricingRules = {
  Totals: allow,
};
