/**
 * The `/graphql` HTTP route, served straight from node:http rather than through express's router.
 *
 * Measured on the `{ hello }` benchmark, express 5's dispatch alone cost about as much CPU per
 * request as Apollo Server itself; the GraphQL route is the hot path, so it runs the same steps
 * (request id, security headers, CORS, bounded JSON body, access log) as plain
 * function calls. Every other route stays on the express app.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap } from "@apollo/server";
import type { Config } from "../config.js";
import { createContext, runDeferred, type RequestMeta, type Services } from "../context.js";
import type { Logger } from "../shared/logger.js";
import { nestedDeeperThan } from "./json-depth.js";
import { logRequest, sendJsonError } from "./respond.js";
import { requestIdFrom } from "./request-id.js";
import { tokenFromHeaders } from "../modules/identity/session-token.js";
import type { ResponseCache } from "../graphql/response-cache.js";
import type { ApolloPair } from "../graphql/apollo.js";
import type { ExecutionRouter } from "../graphql/execution-router.js";
import { responseCacheKey } from "../graphql/response-cache-policy.js";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const JSON_TYPE = /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i;
/** Deepest nesting of a JSON body: what parses it later (cache key, variables) may recurse. */
const MAX_BODY_DEPTH = 32;

/** Reads a JSON body up to `limit` bytes; other content types leave the body undefined (Apollo then answers 400). */
function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers["content-type"];
  if (req.method !== "POST" || !type || !JSON_TYPE.test(type)) {
    req.resume();
    return Promise.resolve(undefined);
  }
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyError(413, "PAYLOAD_TOO_LARGE", "Request body is too large"));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyError(413, "PAYLOAD_TOO_LARGE", "Request body is too large"));
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (size > limit) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks, size).toString("utf8"));
      } catch {
        return reject(new BodyError(400, "BAD_REQUEST", "Request body is not valid JSON"));
      }
      if (nestedDeeperThan(body, MAX_BODY_DEPTH)) reject(new BodyError(400, "BAD_REQUEST", `Request body nests more than ${MAX_BODY_DEPTH} levels deep`));
      else resolve(body);
    });
    req.once("error", reject);
  });
}

/** Returns the handler of `/graphql`; `security` and `cors` are connect-style middlewares (helmet, cors). */
export function graphqlRoute(args: {
  apollo: ApolloPair;
  router: ExecutionRouter;
  config: Config;
  services: Services;
  log: Logger;
  security: Middleware;
  cors: Middleware;
  responseCache: ResponseCache | undefined;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, router, config, services, log, responseCache } = args;

  async function execute(req: IncomingMessage, res: ServerResponse, requestId: string, meta: RequestMeta): Promise<void> {
    let body: unknown;
    try {
      body = await readJsonBody(req, config.bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      sendJsonError(res, error.status, error.code, error.message, requestId);
      return;
    }
    const token = tokenFromHeaders(req.headers);
    const cacheKey = responseCache && responseCacheKey(req.headers, body, token === undefined);
    if (cacheKey) {
      const hit = responseCache!.get(cacheKey);
      if (hit) {
        meta.operationName = hit.operationName;
        meta.execution = "cached";
        for (const [name, value] of hit.headers) res.setHeader(name, value);
        res.statusCode = hit.status;
        res.end(hit.body);
        return;
      }
    }
    const generation = responseCache?.generation ?? 0;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const queryStart = req.url!.indexOf("?");
    const operation = router.keyOf(body);
    const compiled = operation !== undefined && router.compiled(operation);
    if (!compiled) meta.execution = "interpreted";
    const response = await (compiled ? apollo.compiled : apollo.interpreted).executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: queryStart < 0 ? "" : req.url!.slice(queryStart), body },
      context: () => createContext({ requestId, services, log, meta, token, request: req, http: { req, res } }),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      if (operation !== undefined && !compiled) router.ran(operation, response.body.string.length);
      if (cacheKey && meta.cacheable && res.statusCode === 200) {
        responseCache!.set(cacheKey, { status: 200, headers: [...response.headers], body: response.body.string, operationName: meta.operationName }, generation);
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    const meta: RequestMeta = { sql: { statements: 0 } };
    res.setHeader("x-request-id", requestId);
    res.once("close", () => {
      logRequest(log, req, res, requestId, meta, started);
      runDeferred(meta, services);
    });
    const fail = (error: unknown) => {
      log.error({ err: error, requestId }, "unhandled HTTP error");
      if (!res.headersSent) sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", requestId);
      else res.destroy();
    };
    args.security(req, res, (error) => {
      if (error) return fail(error);
      args.cors(req, res, (corsError) => {
        if (corsError) return fail(corsError);
        execute(req, res, requestId, meta).catch(fail);
      });
    });
  };
}
