/** GraphQL types of the stock ledger and of stock adjustments. */
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { StockMovementKind, StockMovementReason } from "../../generated/prisma/enums.js";
import { Connection } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { IdempotencyKeyReused, InvalidInput, NotFound } from "../../shared/user-errors.js";
import { Node } from "../node/node.types.js";
import { Variant } from "../catalog/variants/variant.types.js";
import { InsufficientStock } from "./inventory.errors.js";

export { StockMovementKind, StockMovementReason };
registerEnumType(StockMovementKind, {
  name: "StockMovementKind",
  description: "ADJUSTMENT and RETURN change units on hand; ALLOCATION and RELEASE units promised to orders; SALE takes shipped units out of both.",
});
registerEnumType(StockMovementReason, { name: "StockMovementReason", description: "Why stock moved." });

/** The reasons staff may give; the others are written by the order flow. */
export enum StockAdjustmentReason {
  RECEIVED = "RECEIVED",
  COUNT = "COUNT",
  DAMAGED = "DAMAGED",
  LOST = "LOST",
  RETURNED = "RETURNED",
  CORRECTION = "CORRECTION",
}
registerEnumType(StockAdjustmentReason, {
  name: "StockAdjustmentReason",
  description: "RECEIVED and RETURNED add units, DAMAGED and LOST remove them, COUNT and CORRECTION go either way.",
});

/** Who caused something: a staff member, a signed-in customer, a guest, or the system itself. */
export enum ActorKind {
  STAFF = "STAFF",
  CUSTOMER = "CUSTOMER",
  GUEST = "GUEST",
  SYSTEM = "SYSTEM",
}
registerEnumType(ActorKind, { name: "ActorKind", description: "Who caused a change." });

@ObjectType({ implements: Node, description: "One entry of the stock ledger. Entries are never changed or removed." })
export class StockMovement extends Node {
  rowId: string;
  variantRowId: string;

  @Field(() => StockMovementKind)
  kind: StockMovementKind;

  @Field(() => StockMovementReason)
  reason: StockMovementReason;

  @Field(() => Int, { description: "Change of units on hand." })
  onHandDelta: number;

  @Field(() => Int, { description: "Change of units allocated to orders." })
  allocatedDelta: number;

  @Field()
  note: string;

  @Field(() => ActorKind)
  actorKind: ActorKind;

  @Field(() => ID, { nullable: true, description: "The staff member who made it, when one did." })
  staffMemberId: string | null;

  @Field(() => String, { nullable: true, description: "Code of the order it belongs to, if any." })
  orderCode: string | null;

  @Field()
  createdAt: Date;
}

export interface StockMovementRow {
  id: string;
  variant_id: string;
  kind: StockMovementKind;
  reason: StockMovementReason;
  on_hand_delta: number;
  allocated_delta: number;
  note: string;
  staff_id: string | null;
  customer_id: string | null;
  order_id: string | null;
  order_code: string | null;
  created_at: Date;
}

/** The columns of `stock_movement m` (left-joined to `shop_order o`) that make a StockMovement. */
export const MOVEMENT_COLUMNS =
  "m.id, m.variant_id, m.kind, m.reason, m.on_hand_delta, m.allocated_delta, m.note, m.staff_id, m.customer_id, m.order_id, o.code AS order_code, m.created_at";

/** A StockMovement from its row. */
export function toMovement(row: StockMovementRow): StockMovement {
  const actorKind = row.staff_id ? ActorKind.STAFF : row.customer_id ? ActorKind.CUSTOMER : row.order_id && row.kind === "ALLOCATION" ? ActorKind.GUEST : ActorKind.SYSTEM;
  return Object.assign(new StockMovement(), {
    id: toGlobalId("StockMovement", row.id),
    rowId: row.id,
    variantRowId: row.variant_id,
    kind: row.kind,
    reason: row.reason,
    onHandDelta: row.on_hand_delta,
    allocatedDelta: row.allocated_delta,
    note: row.note,
    actorKind,
    staffMemberId: row.staff_id ? toGlobalId("Staff", row.staff_id) : null,
    orderCode: row.order_code,
    createdAt: row.created_at,
  });
}

@ObjectType({ description: "A page of stock movements, newest first." })
export class StockMovementConnection extends Connection(StockMovement) {}

@InputType({ description: "Give exactly one of `delta` and `onHand`." })
export class AdjustStockInput {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int, { nullable: true, description: "Units to add (positive) or remove (negative)." })
  delta?: number | null;

  @Field(() => Int, { nullable: true, description: "The units counted on hand: the change is computed from the current level." })
  onHand?: number | null;

  @Field(() => StockAdjustmentReason)
  reason: StockAdjustmentReason;

  @Field(() => String, { nullable: true, description: "Free text, e.g. a delivery note number (at most 500 characters)." })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "Retrying with the same key returns the first result instead of adjusting twice." })
  idempotencyKey?: string | null;
}

@ObjectType({ description: "The stock level after the adjustment, and its ledger entry (null when the level was already right)." })
export class StockAdjusted {
  @Field(() => Variant)
  variant: Variant;

  @Field(() => StockMovement, { nullable: true })
  movement: StockMovement | null;
}

export const AdjustStockResult = createUnionType({
  name: "AdjustStockResult",
  types: () => [StockAdjusted, InvalidInput, NotFound, InsufficientStock, IdempotencyKeyReused] as const,
});
