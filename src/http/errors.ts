/** JSON answers for requests that never reach GraphQL: unknown routes, unreadable bodies, crashes. */
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "../shared/logger.js";

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

export const notFound: RequestHandler = (_req, res) => {
  sendError(res, 404, "NOT_FOUND", "Not found");
};

interface HttpError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** Body-parser failures become 4xx with a code; anything else is a masked, logged 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (error.type === "entity.too.large") return sendError(res, 413, "PAYLOAD_TOO_LARGE", "Request body is too large");
    if (error.type === "entity.parse.failed") return sendError(res, 400, "BAD_REQUEST", "Request body is not valid JSON");
    if (status >= 400 && status < 500) return sendError(res, status, "BAD_REQUEST", "Bad request");
    log.error({ err: error, requestId: res.locals.requestId }, "unhandled HTTP error");
    sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  };
}
