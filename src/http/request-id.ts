/** Request ids: taken from `x-request-id` when it is sane, generated otherwise, echoed in the response. */
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a client's id only if it cannot pollute logs (bounded, plain characters). */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_ID.test(header) ? header : randomUUID();
}

export const requestId: RequestHandler = (req, res, next) => {
  const id = requestIdFrom(req.headers["x-request-id"]);
  res.locals.requestId = id;
  res.setHeader("x-request-id", id);
  next();
};
