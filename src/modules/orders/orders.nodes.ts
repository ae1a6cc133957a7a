/** `node(id:)` for orders and their lines, visible exactly as through the `order` query (the loader filters). */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { ORDER_LINE_COLUMNS, toOrderLine, type OrderLineRow } from "./order.types.js";

export const ordersNodes: NodeFetchers = {
  Order: (ctx, id) => ctx.loaders.orderById.load(id),
  OrderLine: async (ctx, id) => {
    const [row] = await ctx.sql.query<OrderLineRow>(`SELECT ${ORDER_LINE_COLUMNS} FROM order_line ol WHERE ol.id = $1::uuid`, [id]);
    return row && (await ctx.loaders.orderById.load(row.order_id)) ? toOrderLine(row, ctx.services.currency) : null;
  },
};
