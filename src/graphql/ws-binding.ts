/**
 * graphql-ws's protocol server on the sockets of a `ws` WebSocket server.
 *
 * Written here rather than taken from graphql-ws's own `useServer` binding, which reports to the
 * console: a message over the size limit (a client's doing, which `ws` answers by closing with
 * 1009) or a failing hook printed a multi-line stack on stderr, outside the JSON log. This one logs
 * through the project logger and otherwise does what that binding does: it pings to find dead peers
 * and closes a socket whose message handling failed (the subprotocol is picked by graphql-ws's
 * `handleProtocols`, in the WebSocket server's options).
 */
import type { IncomingMessage } from "node:http";
import { CloseCode, makeServer, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../shared/logger.js";

/** What graphql-ws's hooks find in `ctx.extra`. */
export interface Extra {
  socket: WebSocket;
  /** The upgrade request. */
  request: IncomingMessage;
}

/** A peer that answers no ping within this time is dropped; as graphql-ws's binding. */
const KEEP_ALIVE_MS = 12_000;

/** Serves graphql-ws with `options` on `wss`; returns a function that closes every socket and the server. */
export function serveGraphqlWs<P extends Record<string, unknown>>(options: ServerOptions<P, Extra>, wss: WebSocketServer, log: Logger): () => Promise<void> {
  const server = makeServer(options);
  wss.on("error", (err) => {
    log.error({ err }, "WebSocket server error");
    for (const client of wss.clients) client.close(CloseCode.InternalServerError, "Internal server error");
  });
  wss.on("connection", (socket, request) => {
    // `ws` reports what a peer did wrong (a message over the size limit, a malformed frame) as an
    // error of its socket, which it closes itself with the fitting code.
    socket.on("error", (err: Error & { code?: string }) => log.warn({ code: err.code, reason: err.message }, "WebSocket peer refused"));
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once("pong", () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on("message", (data) => {
            handle(String(data)).catch((err: unknown) => {
              log.error({ err }, "WebSocket message handling failed");
              socket.close(CloseCode.InternalServerError, "Internal server error");
            });
          }),
      },
      { socket, request },
    );
    socket.once("close", (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      closed(code, reason.toString()).catch((err: unknown) => log.error({ err }, "WebSocket close handling failed"));
    });
  });
  return async () => {
    for (const client of wss.clients) client.close(1001, "Going away");
    await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
  };
}
