/** The inventory module's resolvers, as schema.ts lists them. */
import { InventoryResolver, StockShortageResolver } from "./inventory.resolver.js";
import { StockSubscriptionResolver } from "./stock-subscription.resolver.js";

export const inventoryResolvers = [InventoryResolver, StockShortageResolver, StockSubscriptionResolver] as const;
