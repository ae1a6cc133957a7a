/** Stock: the ledger and adjustments need their staff permissions; stock errors are data for the caller. */
import { allow } from "graphql-shield";
import { hasPermission, permissionCheck } from "../../access.js";
import { Permission } from "../identity/permission.js";

/** Reading the stock ledger, as `stockMovements` or a movement through `node(id:)`. */
export const ledgerRead = permissionCheck(Permission.INVENTORY_READ);

export const inventoryRules = {
  Query: { stockMovements: ledgerRead.rule },
  Mutation: { adjustStock: hasPermission(Permission.INVENTORY_WRITE) },
  // Checked when the subscription starts and again at each of its events (src/permissions.ts).
  Subscription: { stockLevelChanged: ledgerRead.rule },
  StockLevelChanged: allow,
  StockMovement: allow,
  StockMovementConnection: allow,
  StockMovementEdge: allow,
  StockAdjusted: allow,
  StockShortage: allow,
  InsufficientStock: allow,
};
