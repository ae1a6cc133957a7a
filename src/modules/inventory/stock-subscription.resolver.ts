/**
 * `stockLevelChanged`: the staff feed of variants whose promisable units crossed the low-stock line
 * or ran out (`stock.low`, `stock.out`, recorded as src/modules/inventory/stock.ts describes), from
 * whichever instance made the change. The variant is read when the event is delivered, so it shows
 * the stock as it is then; the event's own figures are those of the change.
 */
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, Subscription, registerEnumType, type SubscribeResolverData } from "type-graphql";
import type { Context } from "../../context.js";
import { Variant } from "../catalog/variants/variant.types.js";
import type { StoredEvent } from "../events/event-catalogue.js";

export enum StockAlert {
  LOW = "LOW",
  OUT = "OUT",
}
registerEnumType(StockAlert, { name: "StockAlert", description: "LOW: at most LOW_STOCK_THRESHOLD units left to promise, and some; OUT: none." });

@ObjectType({ description: "A variant's units left to promise (on hand − allocated) crossed the low-stock line or ran out." })
export class StockLevelChanged {
  variantRowId: string;

  @Field(() => StockAlert)
  alert: StockAlert;

  @Field(() => Int, { description: "Units left to promise right after the change." })
  available: number;

  @Field(() => Int, { description: "LOW_STOCK_THRESHOLD when it happened." })
  threshold: number;

  @Field({ description: "When the change was made." })
  occurredAt: Date;
}

function toStockLevelChanged(event: StoredEvent<"stock.low" | "stock.out">): StockLevelChanged {
  return Object.assign(new StockLevelChanged(), {
    variantRowId: event.payload.variantId,
    alert: event.type === "stock.out" ? StockAlert.OUT : StockAlert.LOW,
    available: event.payload.available,
    threshold: event.payload.threshold,
    occurredAt: event.occurredAt,
  });
}

@Resolver(() => StockLevelChanged)
export class StockSubscriptionResolver {
  @Subscription(() => StockLevelChanged, {
    description: "Variants running low or out of stock, from now on. Needs INVENTORY_READ. Over WebSocket only.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) => context.services.liveEvents.stream(["stock.low", "stock.out"], (event) => event),
  })
  stockLevelChanged(@Root() event: StoredEvent<"stock.low" | "stock.out">): StockLevelChanged {
    return toStockLevelChanged(event);
  }

  @FieldResolver(() => Variant, { nullable: true, description: "The variant as it is now; null once it is no longer visible to you." })
  variant(@Root() change: StockLevelChanged, @Ctx() ctx: Context): Promise<Variant | null> {
    return ctx.loaders.variantById.load(change.variantRowId);
  }
}
