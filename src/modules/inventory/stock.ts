/**
 * Stock movements inside a caller's transaction, each recorded in the ledger.
 *
 * Lock order: every path that changes several variants first locks them with `lockStock`, in
 * ascending id order, so two transactions touching the same variants can never deadlock. The
 * updates themselves stay conditional (e.g. `stock_on_hand - stock_allocated >= qty`) and the
 * CHECK constraints on `variant` are the last line: no code path can oversell.
 */
import type { Tx } from "../../db/sql.js";
import type { StockMovementKind, StockMovementReason } from "../../generated/prisma/enums.js";
import type { StockChange } from "./stock-events.js";

/** A variant's stock as locked for this transaction. */
export interface LockedStock {
  id: string;
  onHand: number;
  allocated: number;
  trackInventory: boolean;
  allowBackorder: boolean;
}

/** A quantity of one variant. */
export interface StockLine {
  variantId: string;
  quantity: number;
}

/** Who caused a movement; all null for guests and the system. */
export interface StockActor {
  staffId?: string | null;
  customerId?: string | null;
  orderId?: string | null;
}

export interface Movement extends StockLine {
  kind: StockMovementKind;
  reason: StockMovementReason;
  onHandDelta: number;
  allocatedDelta: number;
  note?: string;
}

/** Locks the variants (ascending id, see the module comment) and returns their stock. */
export async function lockStock(tx: Tx, variantIds: readonly string[]): Promise<Map<string, LockedStock>> {
  const ids = [...new Set(variantIds)].sort();
  const rows = await tx.query<{ id: string; stock_on_hand: number; stock_allocated: number; track_inventory: boolean; allow_backorder: boolean }>`
    SELECT id, stock_on_hand, stock_allocated, track_inventory, allow_backorder FROM variant
     WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Map(
    rows.map((r) => [r.id, { id: r.id, onHand: r.stock_on_hand, allocated: r.stock_allocated, trackInventory: r.track_inventory, allowBackorder: r.allow_backorder }]),
  );
}

/** Units of a locked variant that can still be promised (unbounded when untracked or backordered). */
export function availableUnits(stock: LockedStock): number {
  return !stock.trackInventory || stock.allowBackorder ? Number.POSITIVE_INFINITY : Math.max(0, stock.onHand - stock.allocated);
}

/** Appends movements to the ledger in one statement. */
export async function recordMovements(tx: Tx, movements: readonly Movement[], actor: StockActor): Promise<void> {
  if (movements.length === 0) return;
  await tx.execute`
    INSERT INTO stock_movement (variant_id, kind, reason, on_hand_delta, allocated_delta, note, staff_id, customer_id, order_id)
    SELECT m.variant_id, m.kind::"StockMovementKind", m.reason::"StockMovementReason", m.on_hand_delta, m.allocated_delta, m.note,
           ${actor.staffId ?? null}::uuid, ${actor.customerId ?? null}::uuid, ${actor.orderId ?? null}::uuid
      FROM unnest(${movements.map((m) => m.variantId)}::uuid[], ${movements.map((m) => m.kind)}::text[], ${movements.map((m) => m.reason)}::text[],
                  ${movements.map((m) => m.onHandDelta)}::int[], ${movements.map((m) => m.allocatedDelta)}::int[], ${movements.map((m) => m.note ?? "")}::text[])
        AS m(variant_id, kind, reason, on_hand_delta, allocated_delta, note)`;
}

/**
 * Promises `lines` (tracked variants only) with one conditional update: a line whose variant lacks
 * the units is left alone. Returns how each allocated variant's promisable units changed; the
 * caller compares the count. The variants must be locked already (lockStock).
 */
export async function allocateStock(tx: Tx, lines: readonly StockLine[]): Promise<StockChange[]> {
  if (lines.length === 0) return [];
  const rows = await tx.query<{ id: string; product_id: string; sku: string; after: number; qty: number }>`
    UPDATE variant v SET stock_allocated = v.stock_allocated + r.qty
      FROM unnest(${lines.map((l) => l.variantId)}::uuid[], ${lines.map((l) => l.quantity)}::int[]) AS r(id, qty)
     WHERE v.id = r.id AND v.track_inventory AND (v.allow_backorder OR v.stock_on_hand - v.stock_allocated >= r.qty)
    RETURNING v.id, v.product_id, v.sku, v.stock_on_hand - v.stock_allocated AS after, r.qty`;
  return rows.map((r) => ({ variantId: r.id, productId: r.product_id, sku: r.sku, before: r.after + r.qty, after: r.after }));
}

/** Gives back allocated units (a cancelled or expired order) and records RELEASE movements. */
export async function releaseStock(tx: Tx, lines: readonly StockLine[], reason: StockMovementReason, actor: StockActor): Promise<void> {
  const held = lines.filter((l) => l.quantity > 0);
  if (held.length === 0) return;
  await lockStock(tx, held.map((l) => l.variantId));
  await tx.execute`
    UPDATE variant v SET stock_allocated = v.stock_allocated - r.qty
      FROM unnest(${held.map((l) => l.variantId)}::uuid[], ${held.map((l) => l.quantity)}::int[]) AS r(id, qty)
     WHERE v.id = r.id`;
  await recordMovements(
    tx,
    held.map((l) => ({ ...l, kind: "RELEASE", reason, onHandDelta: 0, allocatedDelta: -l.quantity })),
    actor,
  );
}

/**
 * Ships allocated units: they leave both on hand and allocated (SALE). A backordered variant may
 * not have the units on hand yet; its id is returned and nothing is changed for any line.
 */
export async function sellStock(tx: Tx, lines: readonly StockLine[], actor: StockActor): Promise<{ short: string[] }> {
  const held = lines.filter((l) => l.quantity > 0);
  if (held.length === 0) return { short: [] };
  const locked = await lockStock(tx, held.map((l) => l.variantId));
  const short = held.filter((l) => (locked.get(l.variantId)?.onHand ?? 0) < l.quantity).map((l) => l.variantId);
  if (short.length > 0) return { short };
  await tx.execute`
    UPDATE variant v SET stock_on_hand = v.stock_on_hand - r.qty, stock_allocated = v.stock_allocated - r.qty
      FROM unnest(${held.map((l) => l.variantId)}::uuid[], ${held.map((l) => l.quantity)}::int[]) AS r(id, qty)
     WHERE v.id = r.id`;
  await recordMovements(
    tx,
    held.map((l) => ({ ...l, kind: "SALE", reason: "ORDER_SHIPPED", onHandDelta: -l.quantity, allocatedDelta: -l.quantity })),
    actor,
  );
  return { short: [] };
}
