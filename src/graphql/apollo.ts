/** Apollo Server with production-safe settings and the plugins that feed the access log. */
import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLError, GraphQLSchema } from "graphql";
import type { Config } from "../config.js";
import type { Context } from "../context.js";
import { isMasked, maskError, PUBLIC_ERROR_CODES } from "../shared/errors.js";
import { PLAYGROUND_HTML } from "../http/playground.js";
import { compiledExecutionGateway } from "./compiled-execution.js";
import type { ResponseCache } from "./response-cache.js";
import { isCatalogRead, mayChangeCatalog } from "./response-cache-policy.js";
import { extraValidationRules, parseOptions } from "./rules.js";

function isUnexpected(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return !(typeof code === "string" && PUBLIC_ERROR_CODES.has(code));
}

/**
 * Records the operation name, logs unexpected errors with their cause, stamps request ids and SQL
 * counts; marks catalog reads the response cache may keep, and drops it after catalog writes.
 */
function requestLifecycle(config: Config, responseCache: ResponseCache | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      contextValue.meta.operationName = request.operationName ?? undefined;
      let changesCatalog = false;
      return {
        async didResolveOperation({ operationName, operation }) {
          contextValue.meta.operationName = operationName ?? undefined;
          if (!responseCache || !operation) return;
          contextValue.meta.cacheable = isCatalogRead(operation);
          changesCatalog = mayChangeCatalog(operation);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors.filter(isUnexpected)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, "unexpected error");
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          // Before the answer leaves: the caller's next read must not come from the cache.
          if (changesCatalog) responseCache!.invalidate();
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

/** Builds (does not start) the Apollo server for `schema`. */
export function createApollo(args: {
  schema: GraphQLSchema;
  config: Config;
  httpServer: Server;
  drainWebSockets: () => Promise<void>;
  responseCache: ResponseCache | undefined;
}): ApolloServer<Context> {
  const { config } = args;
  return new ApolloServer<Context>({
    gateway: compiledExecutionGateway(args.schema, config.compileAfter),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: parseOptions(config),
    validationRules: extraValidationRules(config),
    formatError: (formatted) => maskError(formatted),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: args.httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      { async serverWillStart() { return { drainServer: args.drainWebSockets }; } },
      config.playground ? playground() : ApolloServerPluginLandingPageDisabled(),
      requestLifecycle(config, args.responseCache),
      // No cache hints are used: skip the per-field hook that would compute them.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
