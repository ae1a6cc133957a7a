/** The cost budget (cost-budget.ts) in Apollo Server's request pipeline: HTTP requests. */
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { codedError } from "../shared/errors.js";
import { formattedRefusal, priceableAfter, type Charge, type CostBudget, type Refusal } from "./cost-budget.js";

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
      let opening: Promise<Charge | Refusal> | undefined;
      return {
        async didResolveOperation({ document, operation, request }) {
          // No operation of that name: Apollo refuses it (OPERATION_RESOLUTION_FAILURE) and nothing runs.
          if (!operation) return;
          opening = budget.open(ctx, document, operation, request.variables);
          const opened = await opening;
          if ("code" in opened) throw refusalError(opened);
        },
        async willSendResponse({ response, document, operation, errors, request }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          // Another plugin may refuse the operation (a string input) while it is being charged:
          // the charge is awaited, so that what it did not use is given back.
          const opened = await opening?.catch(() => undefined);
          const charge = opened && !("code" in opened) ? opened : undefined;
          if (charge || ctx.meta.cost) {
            result.extensions = { ...result.extensions, cost: charge ? budget.settle(ctx, charge, document!, operation!, result.data) : ctx.meta.cost };
            return;
          }
          // Refused before it was priced: its syntax, validation, operation name or persisted query.
          const refused = await budget.chargeRefused(ctx, priceableAfter(errors ?? [], document, request.operationName, request.variables));
          if (refused.overMaximum) {
            result.errors = [formattedRefusal(refused.overMaximum), ...(result.errors ?? [])];
            ctx.meta.outcome = `${refused.overMaximum.code},${ctx.meta.outcome}`;
          }
          result.extensions = { ...result.extensions, cost: refused.cost };
        },
      };
    },
  };
}
