/** Wires express, Apollo Server and graphql-ws into one HTTP server. No domain code here. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import cors from "cors";
import helmet from "helmet";
import { expressMiddleware } from "@as-integrations/express5";
import type { Config } from "./config.js";
import { createContext } from "./context.js";
import type { Db } from "./db/client.js";
import { createApollo } from "./graphql/apollo.js";
import { attachWebSockets } from "./graphql/ws.js";
import { accessLog } from "./http/access-log.js";
import { errorHandler, notFound } from "./http/errors.js";
import { healthRoutes, type Readiness } from "./http/health.js";
import { playgroundAssets } from "./http/playground.js";
import { requestId } from "./http/request-id.js";
import { buildExecutableSchema } from "./schema.js";
import type { Logger } from "./shared/logger.js";
import { countSqlInto } from "./shared/sql-count.js";

export interface ServerDeps {
  config: Config;
  db: Db;
  log: Logger;
  checkReadiness: () => Promise<Readiness>;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to the shutdown timeout), closes sockets. */
  stop(): Promise<void>;
}

/** Builds the app and listens on `config.port` (0 picks a free port). */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, db, log } = deps;
  const schema = await buildExecutableSchema();
  const app = express();
  const httpServer = http.createServer(app);
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  const closeWebSockets = attachWebSockets({ httpServer, schema, config, db, log });
  const apollo = createApollo({ schema, config, httpServer, drainWebSockets: closeWebSockets });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(requestId, accessLog(log));
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigins === "*" ? true : config.corsOrigins, maxAge: 600 }));
  app.use(healthRoutes(deps.checkReadiness));
  if (config.playground) app.use(playgroundAssets());
  app.use(
    "/graphql",
    express.json({ limit: config.bodyLimitBytes }),
    // Counting starts after the body is read: stream callbacks would not carry the request's store.
    (_req, res, next) => countSqlInto(res.locals.meta.sql, next),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext({ requestId: res.locals.requestId, db, log, meta: res.locals.meta }),
    }),
  );
  app.use(notFound);
  app.use(errorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
