/** One JSON log line per HTTP request, written when the response is done. */
import type { RequestHandler } from "express";
import type { RequestMeta } from "../context.js";
import type { Logger } from "../shared/logger.js";

/** Starts the request's meta (filled in by GraphQL) and logs it with status and duration at the end. */
export function accessLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const meta: RequestMeta = { sql: { statements: 0 } };
    res.locals.meta = meta;
    res.once("close", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          operationName: meta.operationName,
          outcome: meta.outcome ?? (res.statusCode < 400 ? "ok" : `http_${res.statusCode}`),
          durationMs: Math.round(durationMs * 100) / 100,
          sqlStatements: meta.sql.statements,
          aborted: !res.writableFinished || undefined,
        },
        "request",
      );
    });
    next();
  };
}
