/** `node(id:)` for catalog types, with the same visibility as their own queries. */
import { registerNodeType } from "../node/node.registry.js";

registerNodeType("Product", (ctx, id) => ctx.loaders.productById.load(id));
registerNodeType("Variant", (ctx, id) => ctx.loaders.variantById.load(id));
registerNodeType("Collection", (ctx, id) => ctx.loaders.collectionById.load(id));
registerNodeType("Image", (ctx, id) => ctx.loaders.imageById.load(id));
