/** JSON answers for requests the express app cannot serve: unknown routes, malformed requests and crashes. */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../shared/logger.js";
import { sendJsonError } from "./respond.js";

export const notFound: RequestHandler = (_req, res) => {
  sendJsonError(res, 404, "NOT_FOUND", "Not found", res.locals.requestId as string);
};

/** The 4xx status express (or a middleware) gave an error caused by the request, e.g. a malformed URL. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

/** A request express refused keeps its 4xx status; anything else a route threw is logged and answered with a masked 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = res.locals.requestId as string;
    const status = clientErrorStatus(error);
    if (status !== undefined) return sendJsonError(res, status, "BAD_REQUEST", "Bad request", requestId);
    log.error({ err: error, requestId }, "unhandled HTTP error");
    sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", requestId);
  };
}
