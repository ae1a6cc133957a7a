/** The inventory module's resolvers, as schema.ts lists them. */
import { InventoryResolver, StockShortageResolver } from "./inventory.resolver.js";

export const inventoryResolvers = [InventoryResolver, StockShortageResolver] as const;
