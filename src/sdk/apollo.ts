/** @larder/sdk/apollo: what Apollo Client needs for the Larder API: its cache, a session link, cache updates. */
export { createLarderCache, larderTypePolicies } from "./cache.js";
export { sessionLink } from "./session-link.js";
export { afterCartLinesAdded, afterLogin, afterOrderPlaced } from "./cache-updates.js";
