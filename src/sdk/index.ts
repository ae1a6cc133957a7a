/**
 * @larder/sdk: typed documents and types of the common storefront and admin operations of the
 * Larder API, generated from its schema; `@larder/sdk/apollo` adds the Apollo Client cache.
 */
export * from "./generated/graphql.js";
export { possibleTypes } from "./possible-types.js";
export { request, type Answer } from "./request.js";
export { sessionEndOf, type SessionEnd } from "./session.js";
