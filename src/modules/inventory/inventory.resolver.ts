/** Staff stock adjustment, the ledger, and the variant named by a stock shortage. */
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { ConnectionArgs } from "../../shared/pagination.js";
import { expectGlobalId } from "../../shared/global-id.js";
import { Variant } from "../catalog/variants/variant.types.js";
import { StockShortage } from "./inventory.errors.js";
import { adjustStock, stockMovements } from "./inventory.service.js";
import { AdjustStockInput, AdjustStockResult, StockMovementConnection } from "./inventory.types.js";

@Resolver()
export class InventoryResolver {
  @Mutation(() => AdjustStockResult, {
    description: "Changes the units on hand of a variant and records why in the ledger. Needs INVENTORY_WRITE.",
  })
  adjustStock(@Arg("input", () => AdjustStockInput) input: AdjustStockInput, @Ctx() ctx: Context): Promise<typeof AdjustStockResult> {
    return runMutation(() => adjustStock(ctx, input));
  }

  @Query(() => StockMovementConnection, { nullable: true, description: "The stock ledger of a variant, newest first. Needs INVENTORY_READ." })
  stockMovements(@Arg("variantId", () => ID) variantId: string, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<StockMovementConnection> {
    return stockMovements(ctx, expectGlobalId(variantId, "Variant", "variantId"), args);
  }
}

@Resolver(() => StockShortage)
export class StockShortageResolver {
  @FieldResolver(() => Variant, { nullable: true, description: "The variant, or null when it is no longer visible to you." })
  variant(@Root() shortage: StockShortage, @Ctx() ctx: Context): Promise<Variant | null> {
    return ctx.loaders.variantById.load(shortage.rowId);
  }
}
