/** Liveness and readiness endpoints for load balancers and orchestrators. */
import type { RequestHandler } from "express";
import type { Readiness } from "../db/readiness.js";

export const healthRoutes = {
  /** `GET /healthz`: the process answers. */
  live: ((_req, res) => {
    res.json({ status: "ok" });
  }) as RequestHandler,
  /** `GET /readyz`: it can serve traffic (503 otherwise). */
  ready(checkReadiness: () => Promise<Readiness>): RequestHandler {
    return async (_req, res) => {
      const readiness = await checkReadiness();
      res.status(readiness.ready ? 200 : 503).json({
        status: readiness.ready ? "ok" : "unavailable",
        database: readiness.database,
        pendingMigrations: readiness.pendingMigrations,
      });
    };
  },
};
