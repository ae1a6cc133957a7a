/** JSON answers for requests the express app cannot serve: unknown routes and crashes. */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../shared/logger.js";
import { sendJsonError } from "./respond.js";

export const notFound: RequestHandler = (_req, res) => {
  sendJsonError(res, 404, "NOT_FOUND", "Not found", res.locals.requestId as string);
};

/** Anything thrown by a route is logged and answered with a masked 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    log.error({ err: error, requestId: res.locals.requestId }, "unhandled HTTP error");
    sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", res.locals.requestId as string);
  };
}
