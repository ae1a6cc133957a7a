/** Adding, changing and removing cart lines. Stock is checked (not reserved): placing the order allocates. */
import type { Context } from "../../context.js";
import type { Tx } from "../../db/sql.js";
import { idOf, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { uuidv7 } from "../../shared/uuid.js";
import { NotFound } from "../../shared/user-errors.js";
import { InsufficientStock, type Shortage } from "../inventory/inventory.errors.js";
import { changeCart } from "./cart-mutation.js";
import {
  MAX_LINES,
  MAX_LINES_PER_CALL,
  MAX_QUANTITY,
  type AddCartLinesInput,
  type RemoveCartLineInput,
  type UpdateCartLineInput,
} from "./cart.inputs.js";
import type { CartUpdated } from "./cart.types.js";

function checkQuantity(quantity: number, path: string[]): void {
  if (!(Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY)) reject(path, `quantity must be a whole number from 1 to ${MAX_QUANTITY}`);
}

/** The requested lines by variant row id (repeated variants summed). */
function checkLines(input: AddCartLinesInput): Map<string, { quantity: number; index: number }> {
  if (input.lines.length === 0 || input.lines.length > MAX_LINES_PER_CALL) reject(["input", "lines"], `give 1 to ${MAX_LINES_PER_CALL} lines`);
  const wanted = new Map<string, { quantity: number; index: number }>();
  for (const [index, line] of input.lines.entries()) {
    const variantId = idOf(line.variantId, "Variant", ["input", "lines", String(index), "variantId"]);
    checkQuantity(line.quantity, ["input", "lines", String(index), "quantity"]);
    const seen = wanted.get(variantId);
    wanted.set(variantId, { quantity: (seen?.quantity ?? 0) + line.quantity, index: seen?.index ?? index });
  }
  return wanted;
}

interface VariantStockRow {
  id: string;
  sellable: boolean;
  track_inventory: boolean;
  allow_backorder: boolean;
  stock_on_hand: number;
  stock_allocated: number;
  in_cart: number | null;
  line_count: number;
}

/** Units that may be in a cart now; null when unbounded. */
function availableFor(row: Pick<VariantStockRow, "track_inventory" | "allow_backorder" | "stock_on_hand" | "stock_allocated">): number | null {
  return !row.track_inventory || row.allow_backorder ? null : Math.max(0, row.stock_on_hand - row.stock_allocated);
}

/** Adds variants to the viewer's cart (starting one if needed), summing with lines already there. */
export async function addCartLines(ctx: Context, input: AddCartLinesInput): Promise<CartUpdated> {
  const wanted = checkLines(input);
  const ids = [...wanted.keys()];
  return changeCart(ctx, { create: true, missing: () => NotFound.at(["input"], "the cart was just ordered; start a new one") }, async (tx, cart) => {
    const rows = await tx.query<VariantStockRow>`
      SELECT v.id, (p.status = 'ACTIVE' AND v.archived_at IS NULL) AS sellable, v.track_inventory, v.allow_backorder, v.stock_on_hand, v.stock_allocated,
             cl.quantity AS in_cart, (SELECT count(*)::int FROM cart_line WHERE cart_id = ${cart.id}::uuid) AS line_count
        FROM variant v JOIN product p ON p.id = v.product_id
        LEFT JOIN cart_line cl ON cl.cart_id = ${cart.id}::uuid AND cl.variant_id = v.id
       WHERE v.id = ANY(${ids}::uuid[])`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const shortages: Shortage[] = [];
    let newLines = 0;
    for (const [id, { quantity, index }] of wanted) {
      const row = byId.get(id);
      // Archived variants and those of inactive products are invisible to shoppers: same as missing.
      if (!row?.sellable) throw new Rejection(NotFound.at(["input", "lines", String(index), "variantId"], "no such variant for sale"));
      const total = (row.in_cart ?? 0) + quantity;
      if (total > MAX_QUANTITY) reject(["input", "lines", String(index), "quantity"], `a cart holds at most ${MAX_QUANTITY} of one variant (it has ${row.in_cart})`);
      const available = availableFor(row);
      if (available !== null && total > available) shortages.push({ variantId: id, requested: total, available });
      if (row.in_cart === null) newLines += 1;
    }
    const lineCount = rows[0]?.line_count ?? 0;
    if (lineCount + newLines > MAX_LINES) reject(["input", "lines"], `a cart holds at most ${MAX_LINES} lines (it has ${lineCount})`);
    if (shortages.length > 0) throw new Rejection(InsufficientStock.of(["input", "lines"], shortages));
    await tx.execute`
      INSERT INTO cart_line (id, cart_id, variant_id, quantity, created_at, updated_at)
      SELECT n.id, ${cart.id}::uuid, n.variant_id, n.quantity, now(), now()
        FROM unnest(${ids.map(() => uuidv7())}::uuid[], ${ids}::uuid[], ${ids.map((id) => wanted.get(id)!.quantity)}::int[]) AS n(id, variant_id, quantity)
      ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = cart_line.quantity + excluded.quantity, updated_at = now()`;
  });
}

const noLine = () => NotFound.at(["input", "lineId"], "no such line in your cart");

/** Sets a line's quantity; more units than are available are refused, fewer always allowed. */
export async function updateCartLine(ctx: Context, input: UpdateCartLineInput): Promise<CartUpdated> {
  const lineId = idOf(input.lineId, "CartLine", ["input", "lineId"]);
  checkQuantity(input.quantity, ["input", "quantity"]);
  return changeCart(ctx, { create: false, missing: noLine }, async (tx: Tx, cart) => {
    const [line] = await tx.query<(Omit<VariantStockRow, "in_cart" | "line_count" | "sellable"> & { quantity: number })>`
      SELECT cl.variant_id AS id, cl.quantity, v.track_inventory, v.allow_backorder, v.stock_on_hand, v.stock_allocated
        FROM cart_line cl JOIN variant v ON v.id = cl.variant_id WHERE cl.id = ${lineId}::uuid AND cl.cart_id = ${cart.id}::uuid`;
    if (!line) throw new Rejection(noLine());
    const available = availableFor(line);
    if (input.quantity > line.quantity && available !== null && input.quantity > available) {
      throw new Rejection(InsufficientStock.of(["input", "quantity"], [{ variantId: line.id, requested: input.quantity, available }]));
    }
    await tx.execute`UPDATE cart_line SET quantity = ${input.quantity}, updated_at = now() WHERE id = ${lineId}::uuid`;
  });
}

/** Removes a line from the viewer's cart. */
export async function removeCartLine(ctx: Context, input: RemoveCartLineInput): Promise<CartUpdated> {
  const lineId = idOf(input.lineId, "CartLine", ["input", "lineId"]);
  return changeCart(ctx, { create: false, missing: noLine }, async (tx, cart) => {
    const removed = await tx.execute`DELETE FROM cart_line WHERE id = ${lineId}::uuid AND cart_id = ${cart.id}::uuid`;
    if (removed === 0) throw new Rejection(noLine());
  });
}
