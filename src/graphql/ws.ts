/** GraphQL over WebSocket (graphql-ws) on the HTTP server's port: same schema, limits, context and masking; subscriptions run here only. */
import type { IncomingHttpHeaders, Server } from "node:http";
import { randomUUID } from "node:crypto";
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import { createContext, runDeferred, type Context, type RequestMeta, type Services } from "../context.js";
import { isMasked, maskError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import type { CostBudget } from "./cost-budget.js";
import { withSessionReport } from "./session-report.js";
import { subscriptionExecutor } from "./subscription-execution.js";
import { stringLiteralProblem, stringVariableProblem } from "./string-inputs.js";
import { allValidationRules, parseOptions } from "./validation-rules.js";
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

function preExecutionCode(error: GraphQLError): string {
  return error.message.startsWith("Syntax Error") ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
}

/** Serves graphql-ws on `/graphql`; returns a function that closes every socket. */
export function attachWebSockets(args: { httpServer: Server; schema: GraphQLSchema; config: Config; services: Services; log: Logger; costBudget: CostBudget | undefined }): () => Promise<void> {
  const { config, services, log } = args;
  const wss = new WebSocketServer({
    server: args.httpServer,
    path: "/graphql",
    maxPayload: config.bodyLimitBytes,
    verifyClient: ({ origin }: { origin?: string }) => originAllowed(config, origin),
  });
  const rules = allValidationRules(config);
  const masking = { hideSuggestions: config.production };
  const contexts = new Map<string, Context>();
  /** How to build a context like each operation's again, for the events of a subscription. */
  const renewals = new WeakMap<Context, () => Promise<Context>>();
  const done = (id: string, outcome: string) => {
    const ctx = contexts.get(id);
    if (!ctx) return;
    contexts.delete(id);
    runDeferred(ctx.meta, services);
    log.info({ requestId: ctx.requestId, transport: "ws", operationName: ctx.meta.operationName, outcome, sqlStatements: ctx.meta.sql.statements }, "operation");
  };
  const server = useServer<Record<string, unknown>>(
    {
      // Parsed and validated here rather than through graphql-ws's `parse` option: a document it
      // cannot parse (a syntax error, too many tokens) must be answered as an error, and graphql-ws
      // treats anything its `parse` throws as a server fault and closes the socket.
      onSubscribe: (_ctx, _id, payload) => {
        const variableProblem = stringVariableProblem(payload.variables);
        if (variableProblem) return [variableProblem];
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions(config));
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(args.schema, document, rules);
        const literalProblem = errors.length === 0 && stringLiteralProblem(document);
        if (literalProblem) return [literalProblem];
        if (errors.length > 0) return errors;
        return { schema: args.schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      // The same cost budget as over HTTP (src/graphql/cost-budget.ts).
      ...(args.costBudget ? { execute: (executionArgs) => args.costBudget!.execute(executionArgs) } : {}),
      subscribe: subscriptionExecutor({
        costBudget: args.costBudget,
        renew: (start) => {
          const renew = renewals.get(start);
          if (!renew) throw new Error("a subscription's context was not made by this transport");
          return renew();
        },
        finish: (ctx) => runDeferred(ctx.meta, services),
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
          // No data at all: the variables were refused before anything ran (BAD_USER_INPUT over HTTP too).
          // Coded errors without data are refusals by the cost budget: they keep their code.
          const formatted = maskError("data" in result || error.extensions?.code ? error.toJSON() : { ...error.toJSON(), extensions: { code: "BAD_USER_INPUT" } }, masking);
          if (isMasked(formatted)) log.error({ err: error.originalError ?? error, requestId: context?.requestId }, "unexpected error");
          return formatted;
        });
        return { ...result, extensions, errors };
      },
      onError: (_ctx, id, _payload, errors) => {
        done(id, "error");
        // Errors before execution come from parsing or validation: name them as Apollo does over HTTP.
        return errors.map((e) => maskError(e.extensions.code ? e.toJSON() : { ...e.toJSON(), extensions: { code: preExecutionCode(e) } }, masking));
      },
      onComplete: (_ctx, id) => done(id, "ok"),
    },
    wss,
  );
  return async () => {
    await server.dispose();
  };
}
