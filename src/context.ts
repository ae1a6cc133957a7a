/** The per-request context: built once per HTTP request or WebSocket operation. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "./shared/logger.js";
import type { Db } from "./db/client.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { trackSql, type SqlTally } from "./shared/sql-count.js";
import { ANONYMOUS, resolveViewer, type Viewer } from "./modules/identity/viewer.js";

export type { Viewer };


/** Per-request facts the transport reads back for the access log and response extensions. */
export interface RequestMeta {
  operationName?: string;
  /** "ok", or the error codes the response carried. */
  outcome?: string;
  /** Statements counted for this request; shared with the SQL counter's store. */
  sql: SqlTally;
}

export interface Context {
  requestId: string;
  viewer: Viewer;
  readonly db: Db;
  loaders: Loaders;
  readonly log: Logger;
  meta: RequestMeta;
  /** The HTTP exchange (to read headers, set cookies); absent for WebSocket operations. */
  http?: { req: IncomingMessage; res: ServerResponse };
}

/**
 * The lazy parts live on the prototype as getters: Apollo copies a context's own properties for
 * each operation, which would run (and freeze) getters defined on the object itself.
 */
class RequestContext implements Context {
  viewer: Viewer = ANONYMOUS;
  loaders: Loaders;
  private childLog: Logger | undefined;

  constructor(
    readonly requestId: string,
    private readonly database: Db,
    private readonly rootLog: Logger,
    readonly meta: RequestMeta,
    readonly http: Context["http"],
  ) {
    this.loaders = createLoaders(this);
  }

  /** Reaching for the database starts this request's SQL count (see shared/sql-count.ts). */
  get db(): Db {
    trackSql(this.meta.sql);
    return this.database;
  }

  /** Most requests never log from a resolver: the child logger is bound on first use. */
  get log(): Logger {
    return (this.childLog ??= this.rootLog.child({ requestId: this.requestId }));
  }
}

/**
 * Builds a context with fresh loaders, so nothing cached leaks between requests, and resolves the
 * viewer from the session token, if any (one SQL statement, counted as the request's).
 */
export async function createContext(args: {
  requestId: string;
  db: Db;
  log: Logger;
  meta: RequestMeta;
  token: string | undefined;
  http?: Context["http"];
}): Promise<Context> {
  const context = new RequestContext(args.requestId, args.db, args.log, args.meta, args.http);
  if (args.token) context.viewer = await resolveViewer(context.db, args.token);
  return context;
}
