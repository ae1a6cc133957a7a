/** Builds the executable schema: type-graphql types and resolvers, wrapped by the permission rules. */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { HelloResolver } from "./modules/hello/hello.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { identityResolvers } from "./modules/identity/identity.module.js";
import { catalogResolvers } from "./modules/catalog/catalog.resolvers.js";
import { commerceResolvers } from "./modules/commerce/commerce.module.js";
import { Image } from "./modules/catalog/images/image.types.js";
import { InvalidInput, NotFound } from "./shared/user-errors.js";
import { applyPermissions } from "./permissions.js";

/** The schema without permission rules: what `schema.graphql` describes. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HelloResolver, NodeResolver, ...identityResolvers, ...catalogResolvers, ...commerceResolvers],
    // Image is reachable through node(id:) before any field returns it.
    orphanedTypes: [InvalidInput, NotFound, Image],
    validate: false,
  });
}

/** The schema the server executes: every field guarded by graphql-shield. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema());
}
