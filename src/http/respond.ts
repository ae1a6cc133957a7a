/** Small response helpers shared by the express app and the GraphQL route. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestMeta } from "../context.js";
import type { CostExtension } from "../shared/cost.js";
import type { Logger } from "../shared/logger.js";

/** Answers with a GraphQL-shaped error body: `{ errors: [{ message, extensions: { code, requestId } }] }`, and the cost when given. */
export function sendJsonError(res: ServerResponse, status: number, code: string, message: string, requestId: string, cost?: CostExtension): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, requestId } }], ...(cost ? { extensions: { cost } } : {}) });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** The access log line of one finished (or aborted) request. */
export function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, requestId: string, meta: RequestMeta, started: bigint): void {
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  const queryStart = req.url?.indexOf("?") ?? -1;
  log.info(
    {
      requestId,
      method: req.method,
      path: queryStart < 0 ? req.url : req.url!.slice(0, queryStart),
      status: res.statusCode,
      operationName: meta.operationName,
      outcome: meta.outcome ?? (res.statusCode < 400 ? "ok" : `http_${res.statusCode}`),
      durationMs: Math.round(durationMs * 100) / 100,
      sqlStatements: meta.sql.statements,
      cost: meta.cost?.actualQueryCost,
      execution: meta.execution,
      aborted: res.writableFinished ? undefined : true,
    },
    "request",
  );
}
