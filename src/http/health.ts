/** Liveness and readiness endpoints for load balancers and orchestrators. */
import { Router } from "express";

export interface Readiness {
  /** Database reachable and no migration pending. */
  ready: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: string[];
}

/** `GET /healthz`: the process answers. `GET /readyz`: it can serve traffic (503 otherwise). */
export function healthRoutes(checkReadiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness();
    res.status(readiness.ready ? 200 : 503).json({
      status: readiness.ready ? "ok" : "unavailable",
      database: readiness.database,
      pendingMigrations: readiness.pendingMigrations,
    });
  });
  return router;
}
