import { ApolloClient, ApolloLink, HttpLink } from "@apollo/client";
import { createLarderCache, sessionLink } from "@larder/sdk/apollo";

// Tells TypeScript about the mutation default set below, so results are typed for it.
declare module "@apollo/client" {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface Mutate {
        errorPolicy: "all";
      }
    }
  }
}

/**
 * The app's one Apollo Client. The cache comes from the SDK (no type policies here). Requests go
 * to /graphql on this origin, which the Vite server forwards to the API, so the browser keeps the
 * API's session and guest-cart cookies and no token handling is needed.
 */
export const client: ApolloClient = new ApolloClient({
  cache: createLarderCache(),
  link: ApolloLink.from([
    // The API ran a request as anonymous because the session is over (and cleared its cookie):
    // forget the customer's data, and the queries on screen ask again as a guest.
    sessionLink(() => void client.resetStore()),
    new HttpLink({ uri: "/graphql" }),
  ]),
  // A failed mutation shows through its hook's `error` rather than rejecting a promise that every
  // form would have to catch. (Expected outcomes, like a wrong password, are typed results anyway.)
  defaultOptions: { mutate: { errorPolicy: "all" } },
});
