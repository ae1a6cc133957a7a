/** `node(id:)` for orders and their lines, visible exactly as through the `order` query (the loader filters). */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { toOrderLine, type OrderLineRow } from "./order.types.js";

export const ordersNodes: NodeFetchers = {
  Order: (ctx, id) => ctx.loaders.orderById.load(id),
  OrderLine: async (ctx, id) => {
    const [row] = await ctx.sql.query<OrderLineRow>(
      "SELECT id, order_id, variant_id, sku, product_title, variant_title, unit_price, quantity, allocated, amount, discount, tax FROM order_line WHERE id = $1::uuid",
      [id],
    );
    return row && (await ctx.loaders.orderById.load(row.order_id)) ? toOrderLine(row, ctx.services.currency) : null;
  },
};
