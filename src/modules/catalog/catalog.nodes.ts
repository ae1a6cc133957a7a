/** `node(id:)` for catalog types, with the same visibility as their own queries (the loaders filter). */
import type { NodeFetchers } from "../node/node.fetchers.js";

export const catalogNodes: NodeFetchers = {
  Product: (ctx, id) => ctx.loaders.productById.load(id),
  Variant: (ctx, id) => ctx.loaders.variantById.load(id),
  Collection: (ctx, id) => ctx.loaders.collectionById.load(id),
  Image: (ctx, id) => ctx.loaders.imageById.load(id),
};
