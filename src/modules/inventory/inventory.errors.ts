/** The stock error every module that promises or moves stock can return. */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { toGlobalId } from "../../shared/global-id.js";
import { ListCost } from "../../shared/cost.js";

/** One variant that cannot supply what was asked, as plain data (it is stored for idempotent replays). */
export interface Shortage {
  /** Row id. */
  variantId: string;
  requested: number;
  /** Units that could be had; 0 when the variant is no longer sold. */
  available: number;
}

@ObjectType({ description: "A variant that cannot supply the quantity asked for." })
export class StockShortage {
  rowId: string;

  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  requested: number;

  @Field(() => Int, { description: "Units that can be had now; 0 when the variant is no longer sold." })
  available: number;
}

@ObjectType({ implements: UserError, description: "Not enough stock for some lines; nothing was changed. `shortages` names them." })
export class InsufficientStock extends UserError {
  @ListCost(10)
  @Field(() => [StockShortage])
  shortages: StockShortage[];

  static of(path: string[] | undefined, shortages: readonly Shortage[]): InsufficientStock {
    const list = shortages.map((s) =>
      Object.assign(new StockShortage(), { rowId: s.variantId, variantId: toGlobalId("Variant", s.variantId), requested: s.requested, available: s.available }),
    );
    const message =
      list.length === 1 ? `only ${list[0]!.available} of ${list[0]!.requested} available` : `${list.length} items do not have enough stock`;
    return Object.assign(new InsufficientStock(), { code: ErrorCode.INSUFFICIENT_STOCK, message, path, shortages: list });
  }
}
