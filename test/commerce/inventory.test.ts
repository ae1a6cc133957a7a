/** Stock adjustments, the ledger, and the database refusing impossible stock states. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import type { AdjustStockInput } from "../gql/graphql.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { commerceCounts, createVariant, placeOrder, readyCart, stockOf, unbalancedVariants } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const AdjustStock = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      __typename
      ... on StockAdjusted {
        variant {
          sku
          stock {
            onHand
            allocated
            available
          }
        }
        movement {
          kind
          reason
          onHandDelta
          allocatedDelta
          note
          actorKind
          staffMemberId
        }
      }
      ... on InsufficientStock {
        shortages {
          requested
          available
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

const Ledger = graphql(`
  query Ledger($variantId: ID!, $first: Int, $after: String) {
    stockMovements(variantId: $variantId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        reason
        onHandDelta
        allocatedDelta
        actorKind
        orderCode
      }
    }
  }
`);

const NodeMovement = graphql(`
  query NodeMovement($id: ID!) {
    node(id: $id) {
      ... on StockMovement {
        kind
      }
    }
  }
`);

let server: TestServer;
let inventory: { authorization: string; staffId: string };
beforeAll(async () => {
  server = await startTestServer();
  inventory = await staffHeaders(server, [Permission.INVENTORY_READ, Permission.INVENTORY_WRITE]);
});
afterAll(() => server.stop());

/** Sends adjustStock with loosely typed input, so tests can send what clients might. */
const adjust = (input: Record<string, unknown>, headers: Record<string, string> = { authorization: inventory.authorization }) =>
  server.gql(AdjustStock, { input: input as unknown as AdjustStockInput }, { headers });

describe("adjustStock", () => {
  it("adds received units and records who, why and how many", async () => {
    const variant = await createVariant(server, { onHand: 2 });
    const result = await adjust({ variantId: variant.globalId, delta: 5, reason: "RECEIVED", note: " delivery 42 " });
    expect(result.body.data!.adjustStock).toEqual({
      __typename: "StockAdjusted",
      variant: { sku: variant.sku, stock: { onHand: 7, allocated: 0, available: 7 } },
      movement: { kind: "ADJUSTMENT", reason: "RECEIVED", onHandDelta: 5, allocatedDelta: 0, note: "delivery 42", actorKind: "STAFF", staffMemberId: toGlobalId("Staff", inventory.staffId) },
    });
    expect(await unbalancedVariants(server)).toEqual([]);
  });

  it("sets a counted level as the difference, and records nothing when the count matches", async () => {
    const variant = await createVariant(server, { onHand: 10 });
    const counted = await adjust({ variantId: variant.globalId, onHand: 8, reason: "COUNT" });
    expect(counted.body.data!.adjustStock).toMatchObject({ variant: { stock: { onHand: 8 } }, movement: { onHandDelta: -2, reason: "COUNT" } });
    const same = await adjust({ variantId: variant.globalId, onHand: 8, reason: "COUNT" });
    expect(same.body.data!.adjustStock).toMatchObject({ __typename: "StockAdjusted", movement: null });
  });

  it("records returns as RETURN movements", async () => {
    const variant = await createVariant(server, { onHand: 0 });
    const result = await adjust({ variantId: variant.globalId, delta: 1, reason: "RETURNED" });
    expect(result.body.data!.adjustStock).toMatchObject({ movement: { kind: "RETURN", reason: "RETURNED", onHandDelta: 1 } });
  });

  it("never takes away units promised to orders, unless backorders are allowed (and never below zero)", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const cart = await readyCart(server, [{ variant, quantity: 3 }]);
    expect((await placeOrder(server, cart)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
    const before = await commerceCounts(server);
    const refused = await adjust({ variantId: variant.globalId, delta: -3, reason: "DAMAGED" });
    expect(refused.body.data!.adjustStock).toMatchObject({ __typename: "InsufficientStock", code: "INSUFFICIENT_STOCK", path: ["input", "delta"], shortages: [{ requested: 3, available: 2 }] });
    expect(await commerceCounts(server)).toEqual(before);
    expect((await adjust({ variantId: variant.globalId, delta: -2, reason: "DAMAGED" })).body.data!.adjustStock).toMatchObject({ variant: { stock: { onHand: 3, allocated: 3, available: 0 } } });

    const backorder = await createVariant(server, { onHand: 1, allowBackorder: true });
    const backCart = await readyCart(server, [{ variant: backorder, quantity: 4 }]);
    expect((await placeOrder(server, backCart)).body.data!.placeOrder.__typename).toBe("OrderPlaced");
    expect((await adjust({ variantId: backorder.globalId, delta: -1, reason: "LOST" })).body.data!.adjustStock).toMatchObject({ variant: { stock: { onHand: 0, allocated: 4, available: -4 } } });
    expect((await adjust({ variantId: backorder.globalId, delta: -1, reason: "LOST" })).body.data!.adjustStock).toMatchObject({ __typename: "InsufficientStock" });
    expect(await unbalancedVariants(server)).toEqual([]);
  });

  it("answers bad input with typed errors and changes nothing", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const before = await commerceCounts(server);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ variantId: "nope", delta: 1, reason: "RECEIVED" }, "INVALID_INPUT", ["input", "variantId"]],
      [{ variantId: toGlobalId("Product", randomUUID()), delta: 1, reason: "RECEIVED" }, "INVALID_INPUT", ["input", "variantId"]],
      [{ variantId: toGlobalId("Variant", randomUUID()), delta: 1, reason: "RECEIVED" }, "NOT_FOUND", ["input", "variantId"]],
      [{ variantId: variant.globalId, reason: "RECEIVED" }, "INVALID_INPUT", ["input"]],
      [{ variantId: variant.globalId, delta: 1, onHand: 3, reason: "COUNT" }, "INVALID_INPUT", ["input"]],
      [{ variantId: variant.globalId, delta: 0, reason: "CORRECTION" }, "INVALID_INPUT", ["input", "delta"]],
      [{ variantId: variant.globalId, delta: 2_000_000_000, reason: "RECEIVED" }, "INVALID_INPUT", ["input", "delta"]],
      [{ variantId: variant.globalId, onHand: -1, reason: "COUNT" }, "INVALID_INPUT", ["input", "onHand"]],
      [{ variantId: variant.globalId, delta: -1, reason: "RECEIVED" }, "INVALID_INPUT", ["input", "delta"]],
      [{ variantId: variant.globalId, delta: 1, reason: "DAMAGED" }, "INVALID_INPUT", ["input", "delta"]],
      [{ variantId: variant.globalId, onHand: 9, reason: "LOST" }, "INVALID_INPUT", ["input", "onHand"]],
      [{ variantId: variant.globalId, delta: -6, reason: "CORRECTION" }, "INSUFFICIENT_STOCK", ["input", "delta"]],
      [{ variantId: variant.globalId, delta: 1, reason: "RECEIVED", note: "a\u0001b" }, "INVALID_INPUT", ["input", "note"]],
      [{ variantId: variant.globalId, delta: 1, reason: "RECEIVED", idempotencyKey: "" }, "INVALID_INPUT", ["input", "idempotencyKey"]],
    ];
    for (const [input, code, path] of cases) {
      const result = await adjust(input);
      expect(result.body.data!.adjustStock, JSON.stringify(input)).toMatchObject({ code, path });
    }
    expect(await commerceCounts(server)).toEqual(before);
  });

  it("is refused to customers, anonymous callers and staff without INVENTORY_WRITE, leaving stock alone", async () => {
    const variant = await createVariant(server, { onHand: 5 });
    const input = { variantId: variant.globalId, delta: 1, reason: "RECEIVED" };
    const reader = await staffHeaders(server, [Permission.INVENTORY_READ, Permission.CATALOG_WRITE]);
    const customer = await customerHeaders(server);
    expect((await adjust(input, {})).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await adjust(input, { authorization: customer.authorization })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await adjust(input, { authorization: reader.authorization })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 5, allocated: 0 });
  });

  it("adjusts once per idempotency key, and refuses the key with other input", async () => {
    const variant = await createVariant(server, { onHand: 0 });
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => adjust({ variantId: variant.globalId, delta: 4, reason: "RECEIVED", idempotencyKey: key })));
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 4, allocated: 0 });
    const other = await adjust({ variantId: variant.globalId, delta: 5, reason: "RECEIVED", idempotencyKey: key });
    expect(other.body.data!.adjustStock).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });
});

describe("the ledger", () => {
  it("lists a variant's movements newest first, page by page, with the order they belong to", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    await adjust({ variantId: variant.globalId, delta: 2, reason: "RECEIVED" });
    const cart = await readyCart(server, [{ variant, quantity: 1 }]);
    const placed = await placeOrder(server, cart);
    const code = placed.body.data!.placeOrder.__typename === "OrderPlaced" ? placed.body.data!.placeOrder.order.code : null;
    const headers = { authorization: inventory.authorization };
    const first = await server.gql(Ledger, { variantId: variant.globalId, first: 2 }, { headers });
    const page = first.body.data!.stockMovements!;
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((m) => [m.kind, m.reason, m.onHandDelta, m.allocatedDelta, m.actorKind, m.orderCode])).toEqual([
      ["ALLOCATION", "ORDER_PLACED", 0, 1, "GUEST", code],
      ["ADJUSTMENT", "RECEIVED", 2, 0, "STAFF", null],
    ]);
    const second = await server.gql(Ledger, { variantId: variant.globalId, first: 2, after: page.pageInfo.endCursor }, { headers });
    expect(second.body.data!.stockMovements!.nodes.map((m) => [m.kind, m.reason, m.onHandDelta])).toEqual([["ADJUSTMENT", "INITIAL", 3]]);
    expect(second.body.data!.stockMovements!.pageInfo.hasNextPage).toBe(false);
  });

  it("is for inventory staff only", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const customer = await customerHeaders(server);
    expect((await server.gql(Ledger, { variantId: variant.globalId }, { headers: { authorization: customer.authorization } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("shows a movement through node(id:) to exactly those who may read the ledger", async () => {
    const variant = await createVariant(server, { onHand: 3 });
    const ledger = await server.gql(Ledger, { variantId: variant.globalId }, { headers: { authorization: inventory.authorization } });
    const id = ledger.body.data!.stockMovements!.nodes[0]!.id;
    expect((await server.gql(NodeMovement, { id }, { headers: { authorization: inventory.authorization } })).body.data!.node).toEqual({ kind: "ADJUSTMENT" });
    const others: Record<string, string>[] = [{}, { authorization: (await customerHeaders(server)).authorization }, { authorization: (await staffHeaders(server, [Permission.INVENTORY_WRITE, Permission.CATALOG_READ])).authorization }];
    for (const headers of others) expect((await server.gql(NodeMovement, { id }, { headers })).body).toEqual({ data: { node: null } });
  });
});

describe("database constraints", () => {
  it("refuse negative stock, over-allocation without backorders, and edits of the ledger", async () => {
    const variant = await createVariant(server, { onHand: 2 });
    const attempt = (sql: string) => query(server.databaseUrl, sql, [variant.id]).then(() => "accepted", (error: Error) => error.message);
    expect(await attempt("UPDATE variant SET stock_allocated = -1 WHERE id = $1")).toMatch(/variant_stock_non_negative/);
    expect(await attempt("UPDATE variant SET stock_allocated = 3 WHERE id = $1")).toMatch(/variant_stock_allocated_covered/);
    expect(await attempt("UPDATE stock_movement SET on_hand_delta = 100 WHERE variant_id = $1")).toMatch(/append-only/);
    expect(await attempt("DELETE FROM stock_movement WHERE variant_id = $1")).toMatch(/append-only/);
    expect(await attempt("INSERT INTO stock_movement (variant_id, kind, reason, on_hand_delta, allocated_delta) VALUES ($1, 'ALLOCATION', 'ORDER_PLACED', 0, 1)")).toMatch(/stock_movement_kind_deltas/);
    expect(await attempt("INSERT INTO stock_movement (variant_id, kind, reason, on_hand_delta, allocated_delta) VALUES ($1, 'ADJUSTMENT', 'CORRECTION', 0, 1)")).toMatch(/stock_movement_kind_deltas/);
    expect(await stockOf(server, variant.id)).toEqual({ onHand: 2, allocated: 0 });
  });
});
