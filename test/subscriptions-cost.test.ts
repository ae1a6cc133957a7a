/**
 * The cost budget of subscriptions: a subscription is priced and charged when it starts (refused
 * above MAX_QUERY_COST, or THROTTLED when the bucket holds less), and every event it delivers is
 * charged its actual cost, reported in `extensions.cost` as for queries over WebSocket. Events are
 * written straight into the outbox here, so nothing but the watching session spends its bucket.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { createVariant } from "./helpers/commerce.js";
import { query } from "./helpers/database.js";
import { connect, listenersReady, watch } from "./helpers/subscriptions.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const CheapStockWatch = graphql(`
  subscription CheapStockWatch {
    stockLevelChanged {
      alert
      available
    }
  }
`);

const DearStockWatch = graphql(`
  subscription DearStockWatch {
    stockLevelChanged {
      variant {
        product {
          variants(first: 50) {
            nodes {
              sku
            }
          }
        }
      }
    }
  }
`);

let server: TestServer;
const disposers: (() => unknown)[] = [];
beforeAll(async () => {
  const budget = { MAX_QUERY_COST: "40", COST_BUCKET_SIZE: "40", STAFF_COST_BUCKET_SIZE: "40", COST_RESTORE_RATE: "1", STAFF_COST_RESTORE_RATE: "1" };
  server = await startTestServer(budget);
  await listenersReady(server, 1);
});
afterAll(async () => {
  for (const dispose of disposers) await dispose();
  await server.stop();
});

function client(params: Record<string, unknown>) {
  const c = connect(server, { connectionParams: params });
  disposers.push(() => c.dispose());
  return c;
}

/** Records a `stock.low` event as the outbox would, committed at once. */
async function recordStockLow(): Promise<void> {
  const variant = await createVariant(server, { onHand: 2 });
  const payload = { variantId: variant.id, productId: randomUUID(), sku: variant.sku, available: 2, threshold: 5 };
  await query(server.databaseUrl, "INSERT INTO event (id, type, version, aggregate_type, aggregate_id, payload) VALUES ($1::uuid, 'stock.low', 1, 'variant', $2::uuid, $3::jsonb)", [
    randomUUID(),
    variant.id,
    JSON.stringify(payload),
  ]);
}

describe("the cost of subscriptions", () => {
  it("charges the start and each event, and reports the cost with every event", async () => {
    const staff = await staffHeaders(server, ["INVENTORY_READ"]);
    const watching = await watch(client(staff), CheapStockWatch, {}, server);
    await recordStockLow();
    await recordStockLow();
    const [first, second] = [await watching.result(0), await watching.result(1)];
    expect(first.data).toEqual({ stockLevelChanged: { alert: "LOW", available: 2 } });
    // 10 for the subscription field, 1 for its object; the start and each event took 11 of 40.
    expect(first.extensions?.cost).toMatchObject({ requestedQueryCost: 11, actualQueryCost: 11, throttleStatus: { maximumAvailable: 40, restoreRate: 1 } });
    const left = (result: typeof first) => (result.extensions!.cost as { throttleStatus: { currentlyAvailable: number } }).throttleStatus.currentlyAvailable;
    expect(left(first)).toBeLessThanOrEqual(40 - 22 + 2);
    expect(left(second)).toBeLessThan(left(first));
  });

  it("refuses a subscription above MAX_QUERY_COST when it starts", async () => {
    const staff = await staffHeaders(server, ["INVENTORY_READ", "CATALOG_READ"]);
    const refused = await watch(client(staff), DearStockWatch);
    expect(await refused.end()).toBe("complete");
    expect(refused.results).toHaveLength(1);
    expect(refused.results[0]!.errors).toMatchObject([{ extensions: { code: "MAX_COST_EXCEEDED", maximumCost: 40 } }]);
    expect(refused.results[0]!.extensions?.cost).toMatchObject({ actualQueryCost: 1 });
  });

  it("refuses a subscription with THROTTLED once the bucket holds less than it costs", async () => {
    const staff = await staffHeaders(server, ["INVENTORY_READ"]);
    const c = client(staff);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const started = await watch(c, CheapStockWatch, {}, server);
      codes.push(started.results[0]?.errors?.[0]?.extensions?.code ?? "started");
    }
    expect(codes).toEqual(["started", "started", "started", "THROTTLED"]);
  });
});
