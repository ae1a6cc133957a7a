/** An Apollo link that tells the app when the API reports the session token dead. */
import { ApolloLink } from "@apollo/client";
import { tap } from "rxjs";
import { sessionEndOf, type SessionEnd } from "./session.js";

/**
 * Calls `onSessionEnded` for every answer that says the request's session token matched no live
 * session (it ran as anonymous): the app then drops the token, clears the store and offers to
 * sign in again. Put it before the HTTP link: `ApolloLink.from([sessionLink(…), httpLink])`.
 */
export function sessionLink(onSessionEnded: (reason: SessionEnd) => void): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        const ended = sessionEndOf(result);
        if (ended) onSessionEnded(ended);
      }),
    ),
  );
}
