/** The per-request context: built once per HTTP request or WebSocket operation. */
import type { Logger } from "./shared/logger.js";
import type { Db } from "./db/client.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Who is asking. Anonymous until identity lands. */
export type Viewer = { kind: "anonymous" };

/** Per-request facts the transport reads back for the access log and response extensions. */
export interface RequestMeta {
  operationName?: string;
  /** "ok", or the error codes the response carried. */
  outcome?: string;
  /** Statements counted for this request; shared with the SQL counter's store. */
  sql: { statements: number };
}

export interface Context {
  requestId: string;
  viewer: Viewer;
  db: Db;
  loaders: Loaders;
  log: Logger;
  meta: RequestMeta;
}

/** Builds a context with fresh loaders, so nothing cached leaks between requests. */
export function createContext(args: { requestId: string; db: Db; log: Logger; meta: RequestMeta }): Context {
  return {
    requestId: args.requestId,
    viewer: { kind: "anonymous" },
    db: args.db,
    loaders: createLoaders(args.db),
    log: args.log.child({ requestId: args.requestId }),
    meta: args.meta,
  };
}
