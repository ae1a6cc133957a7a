/** Reading one order for a caller a service has already authorized (e.g. whoever just placed it). */
import type { Context } from "../../context.js";
import { ORDER_COLUMNS, toOrder, type Order, type OrderRow } from "./order.types.js";

/** The order as it is now; the caller decided the viewer may see it. */
export async function readOrder(ctx: Context, orderId: string): Promise<Order> {
  const rows = await ctx.sql.query<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM shop_order o WHERE o.id = $1::uuid`, [orderId]);
  return toOrder(rows[0]!, ctx.services.currency);
}
