/**
 * Subscriptions across instances with Redis pub/sub as the event bus (EVENT_BUS=redis). The suite
 * never depends on a Redis that happens to run on the machine: this file runs only when
 * TEST_REDIS_URL names one, e.g.
 * `TEST_REDIS_URL=redis://127.0.0.1:6379 npx vitest run test/subscriptions-redis.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { customerHeaders, staffHeaders } from "./helpers/auth.js";
import { createVariant, placeOrder, readyCart } from "./helpers/commerce.js";
import { query } from "./helpers/database.js";
import { connect, watch } from "./helpers/subscriptions.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const redisUrl = process.env.TEST_REDIS_URL;

const WatchPlacedOverRedis = graphql(`
  subscription WatchPlacedOverRedis {
    orderPlaced {
      code
    }
  }
`);

describe.skipIf(!redisUrl)("subscriptions over Redis pub/sub", () => {
  let a: TestServer;
  let b: TestServer;
  const disposers: (() => unknown)[] = [];
  beforeAll(async () => {
    const env = { EVENT_BUS: "redis", REDIS_URL: redisUrl! };
    a = await startTestServer(env);
    b = await startTestServer(env, { sharedDatabaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    for (const dispose of disposers) await dispose();
    await b.stop();
    await a.stop();
  });

  it("delivers an order placed on one instance to a staff feed on the other, once, and never listens in PostgreSQL", async () => {
    const staff = await staffHeaders(a, ["ORDERS_READ"]);
    const client = connect(b, { connectionParams: staff });
    disposers.push(() => client.dispose());
    const watching = await watch(client, WatchPlacedOverRedis, {}, b);
    const customer = await customerHeaders(a);
    const variant = await createVariant(a, { onHand: 5 });
    const placed = await placeOrder(a, await readyCart(a, [{ variant, quantity: 1 }], { authorization: customer.authorization }));
    const result = placed.body.data!.placeOrder;
    if (result.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed.body));
    expect((await watching.result(0)).data).toEqual({ orderPlaced: { code: result.order.code } });
    // Both runners may publish (at least once); the instance delivers the event once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(watching.results).toHaveLength(1);
    const [listeners] = await query<{ n: number }>(a.databaseUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'listen:larder_events'");
    expect(listeners!.n).toBe(0);
  });
});
