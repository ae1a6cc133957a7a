/**
 * The HTTP server: express routes (health, image upload and serving, playground), the GraphQL route
 * over two Apollo Server instances (compiled and interpreted execution), graphql-ws on the same port,
 * the response cache, and the per-server services every request's context carries (database,
 * shop currency, image storage, login hooks, the subscriptions' event fan-out).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type pg from "pg";
import cors from "cors";
import helmet from "helmet";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config.js";
import type { Readiness } from "./db/readiness.js";
import type { Db } from "./db/sql.js";
import type { Services } from "./context.js";
import { createApollo } from "./graphql/apollo.js";
import { CostBudget } from "./graphql/cost-budget.js";
import { ExecutionRouter } from "./graphql/execution-router.js";
import { ResponseCache } from "./graphql/response-cache.js";
import { CATALOG_CHANGED_CHANNEL } from "./graphql/response-cache-policy.js";
import { listenForChanges, type ChangeListener } from "./db/change-listener.js";
import { attachWebSockets } from "./graphql/ws.js";
import { accessLog } from "./http/access-log.js";
import { errorHandler, notFound } from "./http/errors.js";
import { graphqlRoute } from "./http/graphql-route.js";
import { healthRoutes } from "./http/health.js";
import { playgroundAssets } from "./http/playground.js";
import { requestId } from "./http/request-id.js";
import { imageRoutes } from "./http/image-routes.js";
import { paymentWebhookRoutes } from "./http/payment-webhooks.js";
import { mergeGuestCartAfterLogin } from "./modules/cart/cart-merge.js";
import type { EventBus } from "./modules/events/event-bus.js";
import { LiveEvents } from "./modules/events/live-events.js";
import { postgresEventBus } from "./modules/events/postgres-event-bus.js";
import { redisEventBus } from "./modules/events/redis-event-bus.js";
import { dataDirImageStorage } from "./modules/catalog/images/storage.js";
import { ShopCurrency } from "./shared/money.js";
import { postgresBuckets } from "./shared/leaky-bucket.js";
import { redisBuckets } from "./shared/leaky-bucket-redis.js";
import { paymentProviders } from "./modules/payments/providers/registry.js";
import { paymentsOnOrderMove } from "./modules/payments/order-move.js";
import { buildExecutableSchema } from "./schema.js";
import type { Logger } from "./shared/logger.js";

export interface ServerDeps {
  config: Config;
  /** Plain SQL on `pool`, outside any request's count. */
  sql: Db;
  /** The pool `sql` runs on. */
  pool: pg.Pool;
  log: Logger;
  checkReadiness: () => Promise<Readiness>;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), closes sockets. */
  stop(): Promise<void>;
}

function isGraphqlPath(url: string | undefined): boolean {
  return url === "/graphql" || (url !== undefined && url.startsWith("/graphql?"));
}

/** The response cache, emptied whenever PostgreSQL notifies a catalog change; none when configured off. */
function startResponseCache(config: Config, pool: pg.Pool, log: Logger): { cache: ResponseCache; listener: ChangeListener } | undefined {
  if (config.responseCache.maxBytes === 0) return undefined;
  // The listener calls back only once connected, after `cache` exists.
  const listener = listenForChanges(pool, CATALOG_CHANGED_CHANNEL, log, () => cache.invalidate());
  const cache = new ResponseCache(config.responseCache.maxBytes, config.responseCache.ttlMs, listener);
  return { cache, listener };
}

/** The cost budget with its buckets in Redis (REDIS_URL) or PostgreSQL; none when MAX_QUERY_COST is 0. */
function startCostBudget(config: Config, schema: GraphQLSchema, sql: Db, log: Logger): { budget: CostBudget | undefined; close(): Promise<void> } {
  if (config.cost.maxQueryCost === 0) return { budget: undefined, close: async () => undefined };
  const redis = config.cost.buckets && config.cost.redisUrl ? redisBuckets(config.cost.redisUrl) : undefined;
  const store = config.cost.buckets ? (redis ?? postgresBuckets(sql)) : undefined;
  const budget = new CostBudget(schema, config.cost, store, (err) => log.error({ err }, "settling query costs failed"));
  return {
    budget,
    async close() {
      await budget.close();
      await redis?.close();
    },
  };
}

/** The subscriptions' fan-out, fed by the configured event bus. */
function startLiveEvents(config: Config, pool: pg.Pool, sql: Db, log: Logger): { liveEvents: LiveEvents; bus: EventBus } {
  const liveEvents = new LiveEvents(sql, log);
  const bus = config.events.bus === "redis" ? redisEventBus(config.events.redisUrl, log, liveEvents.announce) : postgresEventBus(pool, log, liveEvents.announce);
  return { liveEvents, bus };
}

/** Builds the server and listens on `config.port` (0 picks a free port). */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, sql, log } = deps;
  const schema = await buildExecutableSchema();
  const payments = paymentProviders(config);
  const live = startLiveEvents(config, deps.pool, sql, log);
  const services: Services = {
    config,
    sql,
    currency: new ShopCurrency(config.shopCurrency),
    images: dataDirImageStorage(config.dataDir, config.publicUrl),
    onCustomerLogin: [mergeGuestCartAfterLogin],
    payments,
    onOrderMove: paymentsOnOrderMove(payments),
    liveEvents: live.liveEvents,
  };
  const security = helmet();
  // Listed origins may send the session cookie (credentials); "any origin" never may.
  const corsPolicy = cors({ origin: config.corsOrigins === "*" ? true : config.corsOrigins, credentials: config.corsOrigins !== "*", maxAge: 600 });

  const app = express();
  app.disable("x-powered-by");
  app.use(requestId, accessLog(log), security, corsPolicy);
  app.get("/healthz", healthRoutes.live);
  app.get("/readyz", healthRoutes.ready(deps.checkReadiness));
  app.use(imageRoutes(sql, services.images));
  app.use(paymentWebhookRoutes(sql, payments, log));
  if (config.playground) app.use(playgroundAssets());
  app.use(notFound);
  app.use(errorHandler(log));

  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const httpServer = http.createServer((req, res) => (isGraphqlPath(req.url) && graphql ? graphql(req, res) : app(req, res)));
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  const cost = startCostBudget(config, schema, sql, log);
  const closeWebSockets = attachWebSockets({ httpServer, schema, config, services, log, costBudget: cost.budget });
  const cached = startResponseCache(config, deps.pool, log);
  const apollo = createApollo({ schema, config, httpServer, drainWebSockets: closeWebSockets, responseCache: cached?.cache, costBudget: cost.budget });
  await Promise.all([apollo.interpreted.start(), apollo.compiled.start()]);
  const router = new ExecutionRouter(config.compileAfter);
  graphql = graphqlRoute({ apollo, router, config, services, log, security, cors: corsPolicy, responseCache: cached?.cache, costBudget: cost.budget });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/graphql`,
    port,
    async stop() {
      // The interpreted server drains the HTTP server (in-flight requests of both) first.
      await apollo.interpreted.stop();
      await apollo.compiled.stop();
      await cached?.listener.close();
      await live.bus.close();
      // The cost settlements of the last requests still need the database, which closes next.
      await cost.close();
    },
  };
}
