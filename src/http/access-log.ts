/** One JSON log line per request on the express app, written when the response is done. */
import type { RequestHandler } from "express";
import type { RequestMeta } from "../context.js";
import type { Logger } from "../shared/logger.js";
import { logRequest } from "./respond.js";

/** Logs method, path, status and duration of every request the express app serves. */
export function accessLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const meta: RequestMeta = { sql: { statements: 0 } };
    res.once("close", () => logRequest(log, req, res, res.locals.requestId as string, meta, started));
    next();
  };
}
