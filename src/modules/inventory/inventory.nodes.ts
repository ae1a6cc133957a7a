/** `node(id:)` for stock movements: for the staff who may read the ledger, like `stockMovements`. */
import type { NodeFetchers } from "../node/node.fetchers.js";
import { ledgerRead } from "./inventory.rules.js";
import { MOVEMENT_COLUMNS, toMovement, type StockMovementRow } from "./inventory.types.js";

export const inventoryNodes: NodeFetchers = {
  StockMovement: async (ctx, id) => {
    if (!ledgerRead.allows(ctx.viewer)) return null;
    const [row] = await ctx.sql.query<StockMovementRow>(`SELECT ${MOVEMENT_COLUMNS} FROM stock_movement m LEFT JOIN shop_order o ON o.id = m.order_id WHERE m.id = $1::uuid`, [id]);
    return row ? toMovement(row) : null;
  },
};
