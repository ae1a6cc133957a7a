import { allow } from "graphql-shield";

/** `node`/`nodes` are open: each registered fetcher applies its type's own visibility. */
export const nodeRules = {
  Query: { node: allow, nodes: allow },
};
