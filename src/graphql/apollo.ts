/** Apollo Server with production-safe settings and the plugins that feed the access log. */
import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GatewayInterface } from "@apollo/server-gateway-interface";
import type { GraphQLError, GraphQLSchema } from "graphql";
import type { Config } from "../config.js";
import type { Context } from "../context.js";
import { isMasked, maskError, PUBLIC_ERROR_CODES } from "../shared/errors.js";
import { PLAYGROUND_HTML } from "../http/playground.js";
import { compiledExecutionGateway } from "./compiled-execution.js";
import { inDocumentOrder } from "./error-order.js";
import type { ResponseCache } from "./response-cache.js";
import { isCatalogRead } from "./response-cache-policy.js";
import { catalogCacheHeaders } from "./cache-headers.js";
import { sessionReport } from "./session-report.js";
import { stringInputCheck } from "./string-inputs.js";
import { extraValidationRules, parseOptions } from "./validation-rules.js";

function isUnexpected(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return !(typeof code === "string" && PUBLIC_ERROR_CODES.has(code));
}

/**
 * Records the operation name, logs unexpected errors with their cause, stamps request ids and SQL
 * counts; marks catalog reads the response cache may keep, and holds a mutation's answer until the
 * cache has heard of the catalog changes committed before it.
 */
function requestLifecycle(config: Config, responseCache: ResponseCache | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      contextValue.meta.operationName = request.operationName ?? undefined;
      let mutation = false;
      return {
        async didResolveOperation({ operationName, operation }) {
          contextValue.meta.operationName = operationName ?? undefined;
          if (!responseCache || !operation) return;
          contextValue.meta.cacheable = isCatalogRead(operation);
          mutation = operation.operation === "mutation";
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors.filter(isUnexpected)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, "unexpected error");
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const errors = result.errors && result.errors.length > 1 ? (result.errors = inDocumentOrder(result.errors)) : (result.errors ?? []);
          // Before the answer leaves: the caller's next read must not come from the cache.
          if (mutation) await responseCache!.caughtUp();
          if (errors.length > 0) contextValue.meta.cacheable = false;
          contextValue.meta.outcome = errors.length === 0 ? "ok" : [...new Set(errors.map((e) => String(e.extensions?.code)))].join(",");
          if (errors.some(isMasked)) {
            result.errors = errors.map((e) => (isMasked(e) ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e));
          }
          if (!config.production && request.http?.headers.get("x-debug-sql") === "1") {
            result.extensions = { ...result.extensions, sqlStatements: contextValue.meta.sql.statements };
          }
        },
      };
    },
  };
}

function playground(): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PLAYGROUND_HTML };
        },
      };
    },
  };
}

/** The two Apollo servers of one HTTP server: graphql-js execution, and compiled (see execution-router.ts). */
export interface ApolloPair {
  interpreted: ApolloServer<Context>;
  compiled: ApolloServer<Context>;
}

/** Builds (does not start) the Apollo servers for `schema`, identical but for how they execute. */
export function createApollo(args: {
  schema: GraphQLSchema;
  config: Config;
  httpServer: Server;
  drainWebSockets: () => Promise<void>;
  responseCache: ResponseCache | undefined;
}): ApolloPair {
  const { config } = args;
  const build = (execution: { schema: GraphQLSchema } | { gateway: GatewayInterface }, drain: ApolloServerPlugin<Context>[]) =>
    new ApolloServer<Context>({
      ...execution,
      // main.ts handles SIGINT/SIGTERM and stops both servers in order.
      stopOnTerminationSignals: false,
      introspection: config.introspection,
      hideSchemaDetailsFromClientErrors: config.production,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      parseOptions: parseOptions(config),
      validationRules: extraValidationRules(config),
      formatError: (formatted) => maskError(formatted, { hideSuggestions: config.production }),
      plugins: [
        ...drain,
        config.playground ? playground() : ApolloServerPluginLandingPageDisabled(),
        requestLifecycle(config, args.responseCache),
        stringInputCheck(),
        sessionReport(),
        catalogCacheHeaders(config.catalogCacheSeconds),
        // No cache hints are used: skip the per-field hook that would compute them.
        ApolloServerPluginCacheControlDisabled(),
      ],
    });
  return {
    // This one drains the HTTP server and the WebSockets on stop, for both.
    interpreted: build({ schema: args.schema }, [
      ApolloServerPluginDrainHttpServer({ httpServer: args.httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      { async serverWillStart() { return { drainServer: args.drainWebSockets }; } },
    ]),
    compiled: build({ gateway: compiledExecutionGateway(args.schema) }, []),
  };
}
