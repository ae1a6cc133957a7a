/** The cost budget (cost-budget.ts) in Apollo Server's request pipeline: HTTP requests. */
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { codedError } from "../shared/errors.js";
import type { Charge, CostBudget, Refusal } from "./cost-budget.js";

/** The refusal as the error Apollo answers with: its HTTP status, and `Retry-After` when throttled. */
function refusalError(refusal: Refusal): Error {
  const headers = new HeaderMap();
  if (refusal.retryAfterSeconds !== undefined) headers.set("retry-after", String(refusal.retryAfterSeconds));
  return codedError(refusal.code, refusal.message, { ...refusal.extensions, http: { status: refusal.status, headers } });
}

/** Prices and charges each operation once it is resolved, and adds `extensions.cost` to every answer. */
export function costPlugin(budget: CostBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: ctx }) {
      let charge: Charge | undefined;
      return {
        async didResolveOperation({ document, operation, request }) {
          const opened = await budget.open(ctx, document, operation!, request.variables);
          if ("code" in opened) throw refusalError(opened);
          charge = opened;
        },
        async willSendResponse({ response, document, operation }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const cost = charge ? budget.settle(ctx, charge, document!, operation!, result.data) : (ctx.meta.cost ?? (await budget.chargeInvalid(ctx)));
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
