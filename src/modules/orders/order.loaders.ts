/** Loaders of orders and what hangs off them: one statement per batch, whatever its size. */
import DataLoader from "dataloader";
import type { DbSource } from "../../db-source.js";
import { pageWindow, toPage, type ConnectionArgs, type Page } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { manyEach, oneEach, perArgs } from "../../shared/batching.js";
import { orderReadScope, orderScopeSql } from "./order-visibility.js";
import { ORDER_COLUMNS, ORDER_LINE_COLUMNS, toOrder, toOrderLine, toTransition, type Order, type OrderLine, type OrderLineRow, type OrderRow, type OrderTransition, type OrderTransitionRow } from "./order.types.js";

/** Newest first; the cursor holds the placement time and id. */
export const ORDER_ORDERING = "order-newest";

export const createOrderLoaders = {
  /** Orders by row id that the viewer may see: their own, or any for staff with ORDERS_READ. */
  orderById: (source: DbSource) =>
    new DataLoader<string, Order | null>(async (ids) => {
      const params = new SqlParams();
      const idList = params.add(ids, "uuid[]");
      const rows = await source.sql.query<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM shop_order o WHERE o.id = ANY(${idList}) AND ${orderScopeSql(orderReadScope(source.viewer), params)}`, params.values);
      return oneEach(ids, rows, (row) => row.id).map((row) => row && toOrder(row, source.services.currency));
    }),

  /** A page of each customer's orders, newest first; one statement for all customers asking alike. */
  ordersByCustomer: (source: DbSource) =>
    perArgs(
      (args: ConnectionArgs) =>
        new DataLoader<string, Page<Order>>(async (customerIds) => {
          const window = pageWindow(args, ORDER_ORDERING, ["timestamp", "uuid"]);
          const params = new SqlParams();
          const ids = params.add(customerIds, "uuid[]");
          const keyset = keysetClauses(params, window, [{ sql: "o.created_at", cast: "timestamp" }, { sql: "o.id", cast: "uuid" }], true);
          const rows = await source.sql.query<OrderRow>(
            `SELECT page.* FROM unnest(${ids}) AS parent(id) CROSS JOIN LATERAL (
               SELECT ${ORDER_COLUMNS} FROM shop_order o WHERE o.customer_id = parent.id ${keyset.where ? `AND ${keyset.where}` : ""}
                ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}) page`,
            params.values,
          );
          return manyEach(customerIds, rows, (row) => row.customer_id!).map((list) => {
            const page = toPage(list, window, ORDER_ORDERING, (row) => [row.created_at.toISOString(), row.id]);
            return { ...page, nodes: page.nodes.map((row) => toOrder(row, source.services.currency)) };
          });
        }),
    ),

  /** How many orders each customer has. */
  orderCountByCustomer: (source: DbSource) =>
    new DataLoader<string, number>(async (customerIds) => {
      const rows = await source.sql.query<{ customer_id: string; n: number }>(
        "SELECT customer_id, count(*)::int AS n FROM shop_order WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id",
        [customerIds],
      );
      return oneEach(customerIds, rows, (row) => row.customer_id).map((row) => row?.n ?? 0);
    }),

  /** Each order's lines in position order. */
  orderLines: (source: DbSource) =>
    new DataLoader<string, OrderLine[]>(async (orderIds) => {
      const rows = await source.sql.query<OrderLineRow>(
        `SELECT ${ORDER_LINE_COLUMNS} FROM order_line ol WHERE ol.order_id = ANY($1::uuid[]) ORDER BY ol.order_id, ol.position`,
        [orderIds],
      );
      return manyEach(orderIds, rows, (row) => row.order_id).map((list) => list.map((row) => toOrderLine(row, source.services.currency)));
    }),

  /** Each order's transitions, oldest first. */
  orderTransitions: (source: DbSource) =>
    new DataLoader<string, OrderTransition[]>(async (orderIds) => {
      const rows = await source.sql.query<OrderTransitionRow>(
        `SELECT order_id, from_state, to_state, staff_id, customer_id, note, created_at FROM order_transition
          WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, created_at, from_state NULLS FIRST`,
        [orderIds],
      );
      return manyEach(orderIds, rows, (row) => row.order_id).map((list) => list.map(toTransition));
    }),

  /** Each order's coupon codes. */
  orderCouponCodes: (source: DbSource) =>
    new DataLoader<string, string[]>(async (orderIds) => {
      const rows = await source.sql.query<{ order_id: string; code: string }>(
        "SELECT order_id, code FROM order_coupon WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, code",
        [orderIds],
      );
      return manyEach(orderIds, rows, (row) => row.order_id).map((list) => list.map((row) => row.code));
    }),
};
