/**
 * HTTP caching of queries sent by GET: an anonymous, error-free read of the public catalog may be
 * kept by browsers and CDNs for `CATALOG_CACHE_SECONDS`; every other GET answer is
 * `private, no-store`. Its answer is the same for every anonymous caller, but not for staff (who
 * see drafts), hence `Vary` on the headers that carry a session. POST answers are left alone.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { isCatalogRead } from "./response-cache-policy.js";

const VARY = "Accept, Authorization, Cookie";

/** Sets `Cache-Control` (and `Vary`) on answers to GET requests; `seconds` 0 makes every one private. */
export function catalogCacheHeaders(seconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (request.http?.method !== "GET") return;
      let catalogRead = false;
      return {
        async didResolveOperation({ operation }) {
          catalogRead = operation !== undefined && isCatalogRead(operation);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const anonymous = contextValue.viewer.kind === "anonymous" && !contextValue.meta.session;
          if (seconds === 0 || !catalogRead || !anonymous || errors?.length) {
            response.http.headers.set("cache-control", "private, no-store");
            return;
          }
          response.http.headers.set("cache-control", `public, max-age=${seconds}`);
          // CORS may already vary the answer by Origin; the route copies these headers over its own.
          const earlier = contextValue.http?.res.getHeader("vary");
          response.http.headers.set("vary", earlier ? `${String(earlier)}, ${VARY}` : VARY);
        },
      };
    },
  };
}
