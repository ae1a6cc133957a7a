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
import { createContext, type Context, type RequestMeta, type Services } from "../context.js";
import type { Logger } from "../shared/logger.js";
import { nestedDeeperThan } from "./json-depth.js";
import { logRequest, sendJsonError } from "./respond.js";
import { requestIdFrom } from "./request-id.js";
import { tokenFromHeaders } from "../modules/identity/session-token.js";
import type { ResponseCache } from "../graphql/response-cache.js";
import type { ApolloPair } from "../graphql/apollo.js";
import type { ExecutionRouter } from "../graphql/execution-router.js";
import { responseCacheKey } from "../graphql/response-cache-policy.js";
import { formattedRefusal, type CostBudget } from "../graphql/cost-budget.js";
import type { CostExtension } from "../shared/cost.js";
import { clientAddress } from "./client-address.js";

/**
 * How `extensions.cost` ends an error-free answer (Apollo ends its JSON with a line break); cached
 * answers are kept without it and get the caller's.
 */
const costSuffix = (cost: CostExtension) => `,"extensions":{"cost":${JSON.stringify(cost)}}}\n`;

/** A JSON answer with `extensions.cost` added. */
function withCost(json: string, cost: CostExtension): string {
  const answer = JSON.parse(json) as { extensions?: Record<string, unknown> };
  return `${JSON.stringify({ ...answer, extensions: { ...answer.extensions, cost } })}\n`;
}

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
  costBudget: CostBudget | undefined;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, router, config, services, log, responseCache } = args;

  async function execute(req: IncomingMessage, res: ServerResponse, requestId: string, meta: RequestMeta): Promise<void> {
    const token = tokenFromHeaders(req.headers);
    let context: Promise<Context> | undefined;
    const contextOnce = () => (context ??= createContext({ requestId, services, log, meta, token, request: req, http: { req, res } }));
    // Refused before Apollo's cost plugin saw an operation: the caller's budget is reported all the same.
    const refusedCost = (): Promise<CostExtension> | undefined => {
      const budget = args.costBudget;
      return budget && !meta.cost ? contextOnce().then(async (ctx) => (await budget.chargeRefused(ctx)).cost) : undefined;
    };
    let body: unknown;
    try {
      body = await readJsonBody(req, config.bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      sendJsonError(res, error.status, error.code, error.message, requestId, await refusedCost());
      return;
    }
    const cacheKey = responseCache && responseCacheKey(req.headers, body, token === undefined);
    if (cacheKey) {
      const hit = responseCache!.get(cacheKey);
      if (hit) {
        meta.operationName = hit.operationName;
        meta.execution = "cached";
        for (const [name, value] of hit.headers) res.setHeader(name, value);
        res.statusCode = hit.status;
        if (!hit.cost || !args.costBudget) return void res.end(hit.body);
        // A cached answer costs the caller what it cost when it ran (docs/api.md, "Cost and rate limits").
        const charged = await args.costBudget.chargeCached(clientAddress(req, config.trustProxy), hit.cost);
        meta.cost = charged.cost;
        if (!charged.refusal) return void res.end(hit.body + costSuffix(charged.cost));
        res.statusCode = charged.refusal.status;
        res.setHeader("retry-after", String(charged.refusal.retryAfterSeconds));
        res.end(JSON.stringify({ errors: [formattedRefusal(charged.refusal)], extensions: { cost: charged.cost } }));
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
      context: contextOnce,
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      if (operation !== undefined && !compiled) router.ran(operation, response.body.string.length);
      // Apollo refuses some requests before its plugins run (method, content type, CSRF, no query).
      const refused = response.headers.get("content-type")?.includes("json") ? refusedCost() : undefined;
      const cost = refused && (await refused);
      const body = cost ? withCost(response.body.string, cost) : response.body.string;
      const suffix = meta.cost && costSuffix(meta.cost);
      if (cacheKey && meta.cacheable && res.statusCode === 200 && (!suffix || body.endsWith(suffix))) {
        const stored = suffix ? body.slice(0, -suffix.length) : body;
        responseCache!.set(cacheKey, { status: 200, headers: [...response.headers], body: stored, operationName: meta.operationName, cost: meta.cost }, generation);
      }
      res.end(body);
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
    res.once("close", () => logRequest(log, req, res, requestId, meta, started));
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
