/** The per-request context: built once per HTTP request or WebSocket operation. */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "./config.js";
import type { Logger } from "./shared/logger.js";
import type { Db, SqlTally } from "./db/sql.js";
import type { ShopCurrency } from "./shared/money.js";
import type { CostExtension } from "./shared/cost.js";
import type { Storage } from "./modules/catalog/images/storage.js";
import type { LiveEvents } from "./modules/events/live-events.js";
import { clientAddress } from "./http/client-address.js";
import { createLoaders, type Loaders } from "./loaders.js";
import type { OrderMoveHook } from "./modules/orders/order-move-hook.js";
import type { PaymentProviders } from "./modules/payments/providers/registry.js";
import { ANONYMOUS, resolveSession, type SessionEnd, type Viewer } from "./modules/identity/viewer.js";

export type { Viewer };

/**
 * Work another module does when a customer signs in (the cart module moves the guest cart into
 * the account): listed by the server when it builds its services, so identity names no such module.
 * What a hook answers is kept with the login payload, where that module's fields read it.
 */
export type CustomerLoginHook = (ctx: Context, customerId: string) => Promise<unknown>;

/** Per-server services, built once by the server from its configuration and the same for every request. */
export interface Services {
  readonly config: Config;
  /** The database outside any request's SQL count. */
  readonly sql: Db;
  /** Amounts in the shop currency. */
  readonly currency: ShopCurrency;
  /** Where uploaded image bytes live. */
  readonly images: Storage;
  /** Run in order after a customer signed in, once the session is open. */
  readonly onCustomerLogin: readonly CustomerLoginHook[];
  /** The enabled payment providers by method code. */
  readonly payments: PaymentProviders;
  /** Payment work before staff or customers move an order (capture on shipment, void or refund on cancellation). */
  readonly onOrderMove: OrderMoveHook;
  /** Committed events for this instance's subscriptions, from every instance. */
  readonly liveEvents: LiveEvents;
}

/** Per-request facts the transport reads back for the access log and response extensions. */
export interface RequestMeta {
  operationName?: string;
  /** "ok", or the error codes the response carried. */
  outcome?: string;
  /** Statements counted for this request; shared with the SQL counter's store. */
  sql: SqlTally;
  /** How the operation ran: compiled, by graphql-js, or answered by the response cache (see src/graphql/execution-router.ts). */
  execution?: "compiled" | "interpreted" | "cached";
  /** Set when the request's session token gave no viewer: it ran as anonymous, and the answer says why. */
  session?: SessionEnd;
  /** Whether the answer may be kept by the response cache (an error-free anonymous catalog read). */
  cacheable?: boolean;
  /** What the operation cost and what is left of the caller's budget (src/graphql/cost-budget.ts). */
  cost?: CostExtension;
}

/** What a WebSocket connection carries besides the session token. */
export interface WebSocketConnection {
  params: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

/** Who is calling from where: for rate limits and session records. */
export interface ClientInfo {
  /** The socket's peer, or the forwarded client when TRUST_PROXY says so. */
  address: string;
  userAgent: string | undefined;
}

export interface Context {
  requestId: string;
  viewer: Viewer;
  /** The database, every statement counted as this request's (see db/sql.ts). */
  readonly sql: Db;
  loaders: Loaders;
  readonly log: Logger;
  meta: RequestMeta;
  readonly services: Services;
  readonly client: ClientInfo;
  /** The HTTP exchange (to read headers, set cookies); absent for WebSocket operations. */
  http?: { req: IncomingMessage; res: ServerResponse };
  /** For WebSocket operations, the socket's `connection_init` params and upgrade request headers (a guest cart's token). */
  socket?: WebSocketConnection;
}

/**
 * The lazy parts live on the prototype as getters: Apollo copies a context's own properties for
 * each operation, which would run (and freeze) getters defined on the object itself.
 */
class RequestContext implements Context {
  viewer: Viewer = ANONYMOUS;
  loaders: Loaders;
  private childLog: Logger | undefined;
  private clientInfo: ClientInfo | undefined;

  constructor(
    readonly requestId: string,
    readonly services: Services,
    private readonly rootLog: Logger,
    readonly meta: RequestMeta,
    private readonly request: IncomingMessage,
    readonly http: Context["http"],
    readonly socket: Context["socket"],
    readonly sql: Db,
  ) {
    this.loaders = createLoaders(this);
  }

  /** Most requests never log from a resolver: the child logger is bound on first use. */
  get log(): Logger {
    return (this.childLog ??= this.rootLog.child({ requestId: this.requestId }));
  }

  get client(): ClientInfo {
    const userAgent = this.request.headers["user-agent"];
    return (this.clientInfo ??= { address: clientAddress(this.request, this.services.config.trustProxy), userAgent: userAgent?.slice(0, 512) });
  }
}

/**
 * Builds a context with fresh loaders, so nothing cached leaks between requests, and resolves the
 * viewer from the session token, if any (one SQL statement, counted as the request's).
 * `request` is the HTTP request, or the upgrade request of a WebSocket.
 */
export async function createContext(args: {
  requestId: string;
  services: Services;
  log: Logger;
  meta: RequestMeta;
  token: string | undefined;
  request: IncomingMessage;
  http?: Context["http"];
  socket?: Context["socket"];
}): Promise<Context> {
  const sql = args.services.sql.countingInto(args.meta.sql);
  const context = new RequestContext(args.requestId, args.services, args.log, args.meta, args.request, args.http, args.socket, sql);
  if (args.token) {
    const session = await resolveSession(sql, args.token);
    context.viewer = session.viewer;
    args.meta.session = session.ended;
  }
  return context;
}
