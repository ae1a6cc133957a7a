/** `node(id:)` for carts and their lines: only ever the viewer's own, like the `cart` query. */
import { toGlobalId } from "../../shared/global-id.js";
import type { NodeFetchers } from "../node/node.fetchers.js";
import { viewerCart } from "./cart.store.js";

export const cartNodes: NodeFetchers = {
  Cart: async (ctx, id) => {
    const cart = await viewerCart(ctx);
    return cart?.priced.id === id ? cart : null;
  },
  CartLine: async (ctx, id) => {
    const cart = await viewerCart(ctx);
    return cart?.lines.find((line) => line.id === toGlobalId("CartLine", id)) ?? null;
  },
};
