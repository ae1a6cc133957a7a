/**
 * A request whose session token matched no live session runs as anonymous (catalog reads still
 * answer), and the answer says so: `extensions.session` is `SESSION_EXPIRED` or `SESSION_INVALID`,
 * and a session cookie that carried the dead token is cleared, so a browser stops sending it.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { clearSessionCookie } from "../modules/identity/session-cookie.js";
import { presentedToken } from "../modules/identity/session-token.js";

/** The `extensions` of an answer to `ctx`'s operation: `session` added when its token was dead and it is still anonymous. */
export function withSessionReport(ctx: Context, extensions: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  // A login in the same request replaced the dead session: nothing to report.
  if (!ctx.meta.session || ctx.viewer.kind !== "anonymous") return extensions;
  return { ...extensions, session: ctx.meta.session };
}

/** Reports ended sessions over HTTP; the cookie is cleared before execution, so a login's new cookie comes after it. */
export function sessionReport(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.meta.session) return;
      if (contextValue.http && presentedToken(contextValue.http.req.headers)?.from === "cookie") clearSessionCookie(contextValue);
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === "single") response.body.singleResult.extensions = withSessionReport(contextValue, response.body.singleResult.extensions);
        },
      };
    },
  };
}
