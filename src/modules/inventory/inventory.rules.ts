/** Stock: the ledger and adjustments need their staff permissions; stock errors are data for the caller. */
import { allow } from "graphql-shield";
import { hasPermission } from "../../access.js";
import { Permission } from "../identity/permission.js";

export const inventoryRules = {
  Query: { stockMovements: hasPermission(Permission.INVENTORY_READ) },
  Mutation: { adjustStock: hasPermission(Permission.INVENTORY_WRITE) },
  StockMovement: allow,
  StockMovementConnection: allow,
  StockMovementEdge: allow,
  StockAdjusted: allow,
  StockShortage: allow,
  InsufficientStock: allow,
};
