/** `node(id:)` for carts, orders, the ledger and coupons, with the same visibility as their own fields. */
import type { Context } from "../../context.js";
import { viewerHas } from "../../access.js";
import { Permission } from "../identity/permission.js";
import { registerNodeType } from "../node/node.registry.js";
import { viewerCart } from "../cart/cart.resolver.js";
import { toGlobalId } from "../../shared/global-id.js";
import { MOVEMENT_COLUMNS, toMovement, type StockMovementRow } from "../inventory/inventory.types.js";
import { toOrderLine, type OrderLineRow } from "../orders/order.types.js";
import { COUPON_COLUMNS, type CouponRow } from "../promotions/coupon-rules.js";
import { toCoupon } from "../promotions/coupon.types.js";

async function one<T>(ctx: Context, sql: string, id: string): Promise<T | null> {
  return (await ctx.sql.query<T>(sql, [id]))[0] ?? null;
}

registerNodeType("Cart", async (ctx, id) => {
  const cart = await viewerCart(ctx);
  return cart?.priced.id === id ? cart : null;
});

registerNodeType("CartLine", async (ctx, id) => {
  const cart = await viewerCart(ctx);
  return cart?.lines.find((line) => line.id === toGlobalId("CartLine", id)) ?? null;
});

registerNodeType("Order", (ctx, id) => ctx.loaders.orderById.load(id));

registerNodeType("OrderLine", async (ctx, id) => {
  const row = await one<OrderLineRow>(
    ctx,
    "SELECT id, order_id, variant_id, sku, product_title, variant_title, unit_price, quantity, allocated, amount, discount, tax FROM order_line WHERE id = $1::uuid",
    id,
  );
  return row && (await ctx.loaders.orderById.load(row.order_id)) ? toOrderLine(row, ctx.services.currency) : null;
});

registerNodeType("StockMovement", async (ctx, id) => {
  if (!viewerHas(ctx, Permission.INVENTORY_READ)) return null;
  const row = await one<StockMovementRow>(ctx, `SELECT ${MOVEMENT_COLUMNS} FROM stock_movement m LEFT JOIN shop_order o ON o.id = m.order_id WHERE m.id = $1::uuid`, id);
  return row && toMovement(row);
});

registerNodeType("Coupon", async (ctx, id) => {
  if (!viewerHas(ctx, Permission.SETTINGS_READ)) return null;
  const row = await one<CouponRow>(ctx, `SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid`, id);
  return row && toCoupon(row, ctx.services.currency);
});
