/**
 * How much stock orders awaiting payment may hold. Such an order (manual payment) allocates its
 * units when placed and keeps them until staff mark it paid or it expires, with nobody having
 * paid: without limits, one buyer could hold a variant's whole stock, or the whole shop's, for
 * UNPAID_ORDER_TTL_MINUTES at a time. So, checked under the locks that placing an order takes:
 * - a customer account and an order email may each have `unpaidOrdersPerBuyer` orders awaiting
 *   payment at once, a client address `unpaidOrdersPerAddress` (higher: several people can share
 *   one address);
 * - a line may hold `unpaidLineStockPercent` % of its variant's units on hand (rounded down, at
 *   least one), where the stock is tracked and not backordered.
 * Orders paid when placed are not limited: their stock is paid for. Carts hold no stock.
 */
import type { Tx } from "../../db/sql.js";
import type { CartLineRow } from "../cart/pricing.js";
import type { CommerceConfig } from "../pricing/commerce-config.js";
import type { LineOverLimit } from "./checkout.types.js";

/** Who places an order, by each key the limits count. */
export interface Buyer {
  customerId: string | null;
  email: string;
  address: string;
}

/**
 * The limit the buyer has reached, or null when it may place one more order awaiting payment.
 * Placements by the same buyer (any shared key) wait for each other from here to their commit,
 * so two at once cannot both see room for one.
 */
export async function unpaidOrderLimitReached(tx: Tx, buyer: Buyer, commerce: CommerceConfig): Promise<number | null> {
  const keys = [`unpaid-order:email:${buyer.email}`, `unpaid-order:address:${buyer.address}`];
  if (buyer.customerId) keys.push(`unpaid-order:customer:${buyer.customerId}`);
  // In ascending lock order, so placements sharing keys never wait for each other in a circle.
  await tx.query`
    SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(${keys}::text[]) AS k ORDER BY h) AS locks`;
  const [counts] = await tx.query<{ by_customer: number; by_email: number; by_address: number }>`
    SELECT count(*) FILTER (WHERE customer_id = ${buyer.customerId}::uuid)::int AS by_customer,
           count(*) FILTER (WHERE email = ${buyer.email})::int AS by_email,
           count(*) FILTER (WHERE client_address = ${buyer.address})::int AS by_address
      FROM shop_order
     WHERE state = 'PLACED' AND (customer_id = ${buyer.customerId}::uuid OR email = ${buyer.email} OR client_address = ${buyer.address})`;
  const { unpaidOrdersPerBuyer: perBuyer, unpaidOrdersPerAddress: perAddress } = commerce;
  if (counts!.by_customer >= perBuyer || counts!.by_email >= perBuyer) return perBuyer;
  return counts!.by_address >= perAddress ? perAddress : null;
}

/** Lines of an order awaiting payment that ask for more than their share of the variant's units on hand. */
export function linesOverLimit(lines: readonly CartLineRow[], commerce: CommerceConfig): LineOverLimit[] {
  return lines
    .filter((l) => l.track_inventory && !l.allow_backorder)
    .map((l) => ({ variantId: l.variant_id, requested: l.quantity, allowed: Math.max(1, Math.floor((l.stock_on_hand * commerce.unpaidLineStockPercent) / 100)) }))
    .filter((l) => l.requested > l.allowed);
}
