/**
 * Builds the executable schema: every module's resolvers and `node(id:)` fetchers, listed here
 * explicitly (importing a module registers nothing), wrapped by the permission rules.
 */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { HelloResolver } from "./modules/hello/hello.resolver.js";
import { createNodeResolver } from "./modules/node/node.resolver.js";
import { mergeNodeFetchers } from "./modules/node/node.fetchers.js";
import { identityResolvers } from "./modules/identity/identity.resolvers.js";
import { identityNodes } from "./modules/identity/identity.nodes.js";
import { catalogResolvers } from "./modules/catalog/catalog.resolvers.js";
import { catalogNodes } from "./modules/catalog/catalog.nodes.js";
import { inventoryResolvers } from "./modules/inventory/inventory.resolvers.js";
import { JobsResolver } from "./modules/jobs/jobs.resolver.js";
import { inventoryNodes } from "./modules/inventory/inventory.nodes.js";
import { promotionsResolvers } from "./modules/promotions/promotions.resolvers.js";
import { promotionsNodes } from "./modules/promotions/promotions.nodes.js";
import { cartResolvers } from "./modules/cart/cart.resolvers.js";
import { cartNodes } from "./modules/cart/cart.nodes.js";
import { ordersResolvers } from "./modules/orders/orders.resolvers.js";
import { ordersNodes } from "./modules/orders/orders.nodes.js";
import { checkoutResolvers } from "./modules/checkout/checkout.resolvers.js";
import { webhooksResolvers } from "./modules/webhooks/webhooks.resolvers.js";
import { webhooksNodes } from "./modules/webhooks/webhooks.nodes.js";
import { Image } from "./modules/catalog/images/image.types.js";
import { InvalidInput, NotFound } from "./shared/user-errors.js";
import { applyPermissions } from "./permissions.js";

/** The schema without permission rules: what `schema.graphql` describes. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  const nodeFetchers = mergeNodeFetchers(identityNodes, catalogNodes, inventoryNodes, promotionsNodes, cartNodes, ordersNodes, webhooksNodes);
  return buildSchema({
    resolvers: [
      HelloResolver,
      createNodeResolver(nodeFetchers),
      ...identityResolvers,
      ...catalogResolvers,
      ...inventoryResolvers,
      ...promotionsResolvers,
      ...cartResolvers,
      ...ordersResolvers,
      ...checkoutResolvers,
      JobsResolver,
      ...webhooksResolvers,
    ],
    // Image is reachable through node(id:) before any field returns it.
    orphanedTypes: [InvalidInput, NotFound, Image],
    validate: false,
  });
}

/** The schema the server executes: every field guarded by graphql-shield. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema());
}
