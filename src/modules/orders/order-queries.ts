/** Finding orders: one by code (own orders only, for customers) and the staff list with filters. */
import type { Context } from "../../context.js";
import { codedError } from "../../shared/errors.js";
import { expectGlobalId } from "../../shared/global-id.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, likePattern, SqlParams } from "../../shared/sql.js";
import { ORDER_ORDERING } from "./order.loaders.js";
import { normalizeOrderCode } from "./order-code.js";
import { orderReadScope, orderScopeSql } from "./order-visibility.js";
import type { OrderFilter } from "./order.inputs.js";
import { ORDER_COLUMNS, OrderConnection, toOrder, type Order, type OrderRow } from "./order.types.js";

const MAX_SEARCH = 100;

/**
 * The order with this code if the viewer may see it (order-visibility.ts). Someone else's order
 * and a code that does not exist both read as null.
 */
export async function orderByCode(ctx: Context, code: string): Promise<Order | null> {
  const canonical = normalizeOrderCode(code);
  if (!canonical) return null;
  const scope = orderReadScope(ctx.viewer);
  if (scope === "none") return null;
  const params = new SqlParams();
  const rows = await ctx.sql.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM shop_order o WHERE o.code = ${params.add(canonical)} AND ${orderScopeSql(scope, params)}`,
    params.values,
  );
  return rows[0] ? toOrder(rows[0], ctx.services.currency) : null;
}

function filterSql(filter: OrderFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.states && filter.states.length > 0) where.push(`o.state = ANY(${params.add(filter.states, '"OrderState"[]')})`);
  if (filter.placedFrom) where.push(`o.created_at >= ${params.add(filter.placedFrom.toISOString(), "timestamp")}`);
  if (filter.placedBefore) where.push(`o.created_at < ${params.add(filter.placedBefore.toISOString(), "timestamp")}`);
  if (filter.customerId != null) where.push(`o.customer_id = ${params.add(expectGlobalId(filter.customerId, "Customer", "filter.customerId"), "uuid")}`);
  const search = filter.search?.trim();
  if (search) {
    if (search.length > MAX_SEARCH) throw codedError("BAD_USER_INPUT", `filter.search must be at most ${MAX_SEARCH} characters`, { argument: "filter" });
    const code = normalizeOrderCode(search);
    const email = `o.email ILIKE ${params.add(likePattern(search.toLowerCase()), "text")}`;
    where.push(code ? `(o.code = ${params.add(code, "text")} OR ${email})` : email);
  }
  return where;
}

/** Staff order list, newest first, with every filter condition applied in SQL. */
export async function listOrders(ctx: Context, filter: OrderFilter | null | undefined, args: ConnectionArgs): Promise<OrderConnection> {
  const window = pageWindow(args, ORDER_ORDERING, ["timestamp", "uuid"]);
  const params = new SqlParams();
  const conditions = filterSql(filter, params);
  const countParams = params.values.slice();
  const keyset = keysetClauses(params, window, [{ sql: "o.created_at", cast: "timestamp" }, { sql: "o.id", cast: "uuid" }], true);
  const where = [...conditions, ...(keyset.where ? [keyset.where] : [])];
  const rows = await ctx.sql.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM shop_order o ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  const page = toPage(rows, window, ORDER_ORDERING, (row) => [row.created_at.toISOString(), row.id]);
  return toConnection(OrderConnection, { ...page, nodes: page.nodes.map((row) => toOrder(row, ctx.services.currency)) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM shop_order o ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}`,
      countParams,
    );
    return count!.n;
  });
}
