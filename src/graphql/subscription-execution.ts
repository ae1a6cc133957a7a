/**
 * How a subscription runs over WebSocket. graphql-js's `subscribe` executes every event with the
 * context the subscription started with; here each event gets a context of its own instead,
 * built the way an operation's is (`renew`): its session is resolved again, so a session that was
 * revoked or a permission that was removed since is seen at the next event; its loaders start
 * empty, so the event reads the data as it is now; and graphql-shield's per-context rule cache
 * starts empty too. The same shield rules run when the subscription starts (on the field's
 * `subscribe`, see permissions.ts) and for every event (on its resolver).
 *
 * The last event of a subscription is one whose root field failed (a refusal by the rules, the
 * object no longer visible): its result, with the error, is sent and the subscription completes.
 *
 * Graphql-jit, behind the compiled execution of the HTTP transport, is not involved: subscriptions
 * run with graphql-js's `createSourceEventStream` and `execute`.
 */
import { createSourceEventStream, execute, getOperationAST, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Context } from "../context.js";
import { codedError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import type { Charge, CostBudget } from "./cost-budget.js";
import { withSessionReport } from "./session-report.js";

export interface SubscriptionDeps {
  costBudget: CostBudget | undefined;
  /** A new context for one event of the subscription started with `start`. */
  renew(start: Context): Promise<Context>;
  log: Logger;
}

function endsSubscription(result: ExecutionResult): boolean {
  return result.errors?.some((error) => error.path?.length === 1) ?? false;
}

/** `source` with each value mapped by `map`, ending after a value `map` marks as the last; returning it returns `source`. */
function mapStream<T, R>(source: AsyncIterator<T>, map: (value: T) => Promise<{ value: R; last: boolean }>): AsyncGenerator<R, undefined> {
  let lastSent = false;
  const end = async (): Promise<IteratorResult<R, undefined>> => {
    lastSent = true;
    await source.return?.();
    return { value: undefined, done: true };
  };
  const stream: AsyncGenerator<R, undefined> = {
    async next() {
      if (lastSent) return end();
      const next = await source.next();
      if (next.done) return { value: undefined, done: true };
      const { value, last } = await map(next.value);
      lastSent = last;
      return { value, done: false };
    },
    return: end,
    async throw(error: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
    async [Symbol.asyncDispose]() {
      await end();
    },
  };
  return stream;
}

/** The `subscribe` of graphql-ws: charges the start, opens the event stream, executes each event with a fresh context. */
export function subscriptionExecutor(deps: SubscriptionDeps): (args: ExecutionArgs) => Promise<ExecutionResult | AsyncGenerator<ExecutionResult, undefined>> {
  return async (args) => {
    const start = args.contextValue as Context;
    const operation = getOperationAST(args.document, args.operationName)!;
    let charge: Charge | undefined;
    if (deps.costBudget) {
      const opened = await deps.costBudget.open(start, args.document, operation, args.variableValues ?? undefined);
      if ("code" in opened) return { errors: [codedError(opened.code, opened.message, opened.extensions)], extensions: { cost: start.meta.cost } };
      charge = opened;
    }
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return charge ? { ...stream, extensions: { ...stream.extensions, cost: start.meta.cost } } : stream;
    deps.log.info({ requestId: start.requestId, transport: "ws", operationName: start.meta.operationName }, "subscription started");
    return mapStream(stream[Symbol.asyncIterator](), async (root) => {
      const ctx = await deps.renew(start);
      const result = await execute({ ...args, rootValue: root, contextValue: ctx });
      const cost = charge && (await deps.costBudget!.chargeEvent(ctx, charge, args.document, operation, result.data));
      const extensions = withSessionReport(ctx, cost ? { ...result.extensions, cost } : result.extensions);
      return { value: extensions ? { ...result, extensions } : result, last: endsSubscription(result) };
    });
  };
}
