/** GraphQL over WebSocket (graphql-ws) on the HTTP server's port: same schema, limits, context, masking and cost budget; subscriptions run here only. */
import type { IncomingHttpHeaders, Server } from "node:http";
import { randomUUID } from "node:crypto";
import { execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from "graphql";
import { handleProtocols } from "graphql-ws";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import { createContext, type Context, type RequestMeta, type Services } from "../context.js";
import { codedError, isMasked, maskError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { priceableAfter, type CostBudget, type Priceable } from "./cost-budget.js";
import { withSessionReport } from "./session-report.js";
import { subscriptionExecutor } from "./subscription-execution.js";
import { stringLiteralProblem, stringVariableProblem } from "./string-inputs.js";
import { allValidationRules, parseOptions } from "./validation-rules.js";
import { serveGraphqlWs } from "./ws-binding.js";
import { tokenFromHeaders } from "../modules/identity/session-token.js";

/** Browsers send cookies on cross-site WebSocket upgrades, so the origin is checked like CORS. */
function originAllowed(config: Config, origin: string | undefined): boolean {
  if (origin === undefined || config.corsOrigins === "*") return true;
  return config.corsOrigins.includes(origin);
}

/** `connectionParams.authorization` ("Bearer …") for SDKs, else the upgrade request's headers (cookie). */
function tokenFromConnection(params: Record<string, unknown> | undefined, headers: IncomingHttpHeaders): string | undefined {
  const authorization = params?.authorization;
  return tokenFromHeaders(typeof authorization === "string" ? { ...headers, authorization } : headers);
}

/** `error` with the code Apollo gives such errors over HTTP. */
function coded(error: GraphQLError, code: string): GraphQLError {
  const { nodes, source, positions, path, originalError } = error;
  return new GraphQLError(error.message, { nodes, source, positions, path, originalError, extensions: { ...error.extensions, code } });
}

/**
 * An operation refused before execution. graphql-ws answers errors that `onSubscribe` returns
 * with an `error` message, which holds the errors alone: no room for `extensions.cost`. So a
 * refused operation "executes" REFUSED instead, with its refusal as the root value, and is answered
 * as a result with its errors and its cost (`next`, then `complete`), as over HTTP.
 */
class Refused {
  constructor(
    readonly errors: readonly GraphQLError[],
    readonly priceable?: Priceable,
  ) {}
}
const REFUSED = parse("query Refused { __typename }");

/** Serves graphql-ws on `/graphql`; returns a function that closes every socket. */
export function attachWebSockets(args: { httpServer: Server; schema: GraphQLSchema; config: Config; services: Services; log: Logger; costBudget: CostBudget | undefined }): () => Promise<void> {
  const { config, services, log, schema, costBudget } = args;
  const wss = new WebSocketServer({
    server: args.httpServer,
    path: "/graphql",
    maxPayload: config.bodyLimitBytes,
    handleProtocols,
    verifyClient: ({ origin }: { origin?: string }) => originAllowed(config, origin),
  });
  const rules = allValidationRules(config);
  const masking = { hideSuggestions: config.production };
  const contexts = new Map<string, Context>();
  /** How to build a context like each operation's again, for the events of a subscription. */
  const renewals = new WeakMap<Context, () => Promise<Context>>();
  const done = (id: string, outcome?: string) => {
    const ctx = contexts.get(id);
    if (!ctx) return;
    contexts.delete(id);
    log.info({ requestId: ctx.requestId, transport: "ws", operationName: ctx.meta.operationName, outcome: outcome ?? ctx.meta.outcome ?? "ok", sqlStatements: ctx.meta.sql.statements }, "operation");
  };
  const refuse = (errors: readonly GraphQLError[], priceable?: Priceable): ExecutionArgs => ({ schema, document: REFUSED, rootValue: new Refused(errors, priceable) });
  const answerRefusal = async (ctx: Context, refused: Refused): Promise<ExecutionResult> => {
    if (!costBudget) return { errors: refused.errors };
    const { cost, overMaximum } = await costBudget.chargeRefused(ctx, refused.priceable);
    const errors = overMaximum ? [codedError(overMaximum.code, overMaximum.message, overMaximum.extensions), ...refused.errors] : refused.errors;
    return { errors, extensions: { cost } };
  };
  return serveGraphqlWs<Record<string, unknown>>(
    {
      // Parsed and validated here rather than through graphql-ws's `parse` option: a document it
      // cannot parse (a syntax error, too many tokens) must be answered as an error, and graphql-ws
      // treats anything its `parse` throws as a server fault and closes the socket. The checks run
      // in the order Apollo runs them over HTTP.
      onSubscribe: (_ctx, _id, payload) => {
        const { operationName } = payload;
        const variables = payload.variables ?? undefined;
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions(config));
        } catch (error) {
          if (error instanceof GraphQLError) return refuse([coded(error, "GRAPHQL_PARSE_FAILED")]);
          throw error;
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) {
          const named = errors.map((error) => (error.extensions.code ? error : coded(error, "GRAPHQL_VALIDATION_FAILED")));
          return refuse(named, priceableAfter(errors, document, operationName, variables));
        }
        const operation = getOperationAST(document, operationName);
        if (!operation) {
          return refuse([codedError("OPERATION_RESOLUTION_FAILURE", operationName ? `Unknown operation named "${operationName}".` : "Must provide operation name if query contains multiple operations.")]);
        }
        const stringProblem = stringLiteralProblem(document) ?? stringVariableProblem(variables);
        if (stringProblem) return refuse([stringProblem], { document, operation, variables });
        return { schema, document, operationName, variableValues: variables };
      },
      // The same cost budget as over HTTP (src/graphql/cost-budget.ts).
      execute: (executionArgs) => {
        const { rootValue, contextValue } = executionArgs;
        if (rootValue instanceof Refused) return answerRefusal(contextValue as Context, rootValue);
        return costBudget ? costBudget.execute(executionArgs) : execute(executionArgs);
      },
      // Refusals are queries (REFUSED), so only subscriptions that passed every check come here.
      subscribe: subscriptionExecutor({
        costBudget,
        renew: (start) => {
          const renew = renewals.get(start);
          if (!renew) throw new Error("a subscription's context was not made by this transport");
          return renew();
        },
        log,
      }),
      // Each operation resolves the session again, so a revoked session stops working on the next
      // one; each event of a subscription does too (subscription-execution.ts).
      context: async (ctx, id, payload) => {
        const make = () => {
          const meta: RequestMeta = { operationName: payload.operationName ?? undefined, sql: { statements: 0 } };
          const token = tokenFromConnection(ctx.connectionParams, ctx.extra.request.headers);
          const socket = { params: ctx.connectionParams ?? {}, headers: ctx.extra.request.headers };
          return createContext({ requestId: randomUUID(), services, log, meta, token, request: ctx.extra.request, socket });
        };
        const context = await make();
        renewals.set(context, make);
        contexts.set(id, context);
        return context;
      },
      onNext: (_ctx, id, _payload, _args, result) => {
        const context = contexts.get(id);
        const extensions = context ? withSessionReport(context, result.extensions) : result.extensions;
        if (!result.errors?.length) return extensions === result.extensions ? undefined : { ...result, extensions };
        const errors = result.errors.map((error) => {
          // No data at all and no code: variables that execution refused before anything ran
          // (BAD_USER_INPUT over HTTP too). Refusals before execution carry their codes.
          const formatted = maskError("data" in result || error.extensions?.code ? error.toJSON() : { ...error.toJSON(), extensions: { code: "BAD_USER_INPUT" } }, masking);
          if (isMasked(formatted)) log.error({ err: error.originalError ?? error, requestId: context?.requestId }, "unexpected error");
          return formatted;
        });
        if (context) context.meta.outcome = [...new Set(errors.map((e) => String(e.extensions?.code)))].join(",");
        return { ...result, extensions, errors };
      },
      // Refusals are answered as results (see Refused): what graphql-ws reports itself is unexpected.
      onError: (_ctx, id, _payload, errors) => {
        done(id, "error");
        return errors.map((error) => {
          log.error({ err: error.originalError ?? error }, "unexpected error");
          return maskError(error.toJSON(), masking);
        });
      },
      onComplete: (_ctx, id) => done(id),
    },
    wss,
    log,
  );
}
