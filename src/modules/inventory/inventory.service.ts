/** Staff stock adjustments and reading the ledger. */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import { idempotent, isValidIdempotencyKey } from "../../shared/idempotency.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import type { UserError } from "../../shared/errors.js";
import { idOf, optionalLine, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { IdempotencyKeyReused, InvalidInput, NotFound } from "../../shared/user-errors.js";
import { readVariant } from "../catalog/variants/variant.service.js";
import { InsufficientStock, type Shortage } from "./inventory.errors.js";
import { recordStockEvents } from "./stock-events.js";
import {
  MOVEMENT_COLUMNS,
  StockAdjusted,
  StockAdjustmentReason,
  StockMovementConnection,
  toMovement,
  type AdjustStockInput,
  type StockMovementRow,
} from "./inventory.types.js";

const MAX_UNITS = 1_000_000_000;
const MAX_NOTE = 500;
const ADDS: readonly StockAdjustmentReason[] = [StockAdjustmentReason.RECEIVED, StockAdjustmentReason.RETURNED];
const REMOVES: readonly StockAdjustmentReason[] = [StockAdjustmentReason.DAMAGED, StockAdjustmentReason.LOST];

/** What an adjustment came to, as JSON (stored under its idempotency key). */
type AdjustOutcome =
  | { kind: "adjusted"; variantId: string; movementId: string | null }
  | { kind: "notFound" }
  | { kind: "invalid"; path: string[]; message: string }
  | { kind: "insufficientStock"; shortage: Shortage };

function validate(input: AdjustStockInput): { variantId: string; note: string } {
  const variantId = idOf(input.variantId, "Variant", ["input", "variantId"]);
  if ((input.delta == null) === (input.onHand == null)) reject(["input"], "give exactly one of delta and onHand");
  if (input.delta != null && (input.delta === 0 || Math.abs(input.delta) > MAX_UNITS)) {
    reject(["input", "delta"], `delta must be a non-zero whole number from -${MAX_UNITS} to ${MAX_UNITS}`);
  }
  if (input.onHand != null && (input.onHand < 0 || input.onHand > MAX_UNITS)) reject(["input", "onHand"], `onHand must be from 0 to ${MAX_UNITS}`);
  const note = optionalLine(input.note, ["input", "note"], MAX_NOTE) ?? "";
  if (input.idempotencyKey != null && !isValidIdempotencyKey(input.idempotencyKey)) {
    reject(["input", "idempotencyKey"], "idempotencyKey must be 1 to 255 visible ASCII characters");
  }
  return { variantId, note };
}

/** The typed user error of an outcome other than "adjusted". */
function refusal(outcome: Exclude<AdjustOutcome, { kind: "adjusted" }>, input: AdjustStockInput): UserError {
  switch (outcome.kind) {
    case "notFound":
      return NotFound.at(["input", "variantId"], "no such variant");
    case "invalid":
      return InvalidInput.at(outcome.path, outcome.message);
    case "insufficientStock":
      return InsufficientStock.of(["input", input.delta != null ? "delta" : "onHand"], [outcome.shortage]);
  }
}

/** Locks the variant, checks the change against its stock, applies it and writes its ledger entry and stock events. */
async function applyAdjustment(tx: Tx, staffId: string, variantId: string, note: string, input: AdjustStockInput, lowStockThreshold: number): Promise<AdjustOutcome> {
  const [row] = await tx.query<{ stock_on_hand: number; stock_allocated: number; allow_backorder: boolean; track_inventory: boolean; product_id: string; sku: string }>`
    SELECT stock_on_hand, stock_allocated, allow_backorder, track_inventory, product_id, sku FROM variant WHERE id = ${variantId}::uuid FOR UPDATE`;
  if (!row) return { kind: "notFound" };
  const delta = input.delta ?? input.onHand! - row.stock_on_hand;
  const field = input.delta != null ? "delta" : "onHand";
  if ((ADDS.includes(input.reason) && delta < 0) || (REMOVES.includes(input.reason) && delta > 0)) {
    return { kind: "invalid", path: ["input", field], message: `${input.reason} must ${delta < 0 ? "add" : "remove"} units; use COUNT or CORRECTION otherwise` };
  }
  if (delta === 0) return { kind: "adjusted", variantId, movementId: null };
  const onHand = row.stock_on_hand + delta;
  if (onHand > MAX_UNITS) return { kind: "invalid", path: ["input", field], message: `stock on hand cannot exceed ${MAX_UNITS}` };
  // Units promised to placed orders cannot be taken away unless the variant may be backordered.
  const floor = row.allow_backorder ? 0 : row.stock_allocated;
  if (onHand < floor) return { kind: "insufficientStock", shortage: { variantId, requested: -delta, available: row.stock_on_hand - floor } };
  const kind = input.reason === StockAdjustmentReason.RETURNED ? "RETURN" : "ADJUSTMENT";
  const [movement] = await tx.query<{ id: string }>`
    WITH changed AS (UPDATE variant SET stock_on_hand = stock_on_hand + ${delta} WHERE id = ${variantId}::uuid RETURNING id)
    INSERT INTO stock_movement (variant_id, kind, reason, on_hand_delta, allocated_delta, note, staff_id)
    SELECT id, ${kind}::"StockMovementKind", ${input.reason}::"StockMovementReason", ${delta}, 0, ${note}, ${staffId}::uuid FROM changed
    RETURNING id`;
  if (row.track_inventory) {
    const before = row.stock_on_hand - row.stock_allocated;
    await recordStockEvents(tx, [{ variantId, productId: row.product_id, sku: row.sku, before, after: before + delta }], lowStockThreshold);
  }
  return { kind: "adjusted", variantId, movementId: movement!.id };
}

/** Changes the units on hand of a variant, with a reason; answers typed errors for what is refused. */
export async function adjustStock(ctx: Context, input: AdjustStockInput): Promise<StockAdjusted> {
  if (ctx.viewer.kind !== "staff") throw new Error("adjustStock must be guarded by an INVENTORY_WRITE rule");
  const valid = validate(input);
  const staffId = ctx.viewer.staffId;
  const work = (tx: Tx) => applyAdjustment(tx, staffId, valid.variantId, valid.note, input, ctx.services.config.commerce.lowStockThreshold);
  let outcome: AdjustOutcome;
  if (input.idempotencyKey == null) {
    outcome = await ctx.sql.transaction(work);
  } else {
    const { idempotencyKey, ...request } = input;
    const result = await idempotent(ctx.sql, { scope: `adjust-stock:${staffId}`, key: idempotencyKey, input: request }, work);
    if (result.kind === "reused") throw new Rejection(IdempotencyKeyReused.at(["input", "idempotencyKey"]));
    outcome = result.result;
  }
  if (outcome.kind !== "adjusted") throw new Rejection(refusal(outcome, input));
  const [variant, movement] = await Promise.all([readVariant(ctx, outcome.variantId), outcome.movementId ? readMovement(ctx, outcome.movementId) : null]);
  return Object.assign(new StockAdjusted(), { variant, movement });
}

async function readMovement(ctx: Context, id: string) {
  const rows = await ctx.sql.query<StockMovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM stock_movement m LEFT JOIN shop_order o ON o.id = m.order_id WHERE m.id = $1::uuid`,
    [id],
  );
  return toMovement(rows[0]!);
}

const ORDERING = "movement-newest";

/** A page of a variant's ledger, newest first. */
export async function stockMovements(ctx: Context, variantId: string, args: ConnectionArgs): Promise<StockMovementConnection> {
  const window = pageWindow(args, ORDERING, ["timestamp", "uuid"]);
  const params = new SqlParams();
  const variant = params.add(variantId, "uuid");
  const keyset = keysetClauses(params, window, [{ sql: "m.created_at", cast: "timestamp" }, { sql: "m.id", cast: "uuid" }], true);
  const rows = await ctx.sql.query<StockMovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM stock_movement m LEFT JOIN shop_order o ON o.id = m.order_id
      WHERE m.variant_id = ${variant} ${keyset.where ? `AND ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  const page = toPage(rows, window, ORDERING, (row) => [row.created_at.toISOString(), row.id]);
  return toConnection(StockMovementConnection, { ...page, nodes: page.nodes.map(toMovement) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM stock_movement WHERE variant_id = $1::uuid", [variantId]);
    return count!.n;
  });
}
