/** The SDK without Apollo Client: its typed documents sent with plain fetch (`request`). */
import { AddCartLinesDocument, CartDocument, MeDocument, ProductListDocument, request, sessionEndOf } from "@larder/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestCatalog } from "../helpers/catalog.js";
import { createVariant } from "../helpers/commerce.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 3);
});
afterAll(() => server.stop());

describe("request", () => {
  it("sends typed documents and returns typed answers, headers included", async () => {
    const list = await request(server.url, ProductListDocument, { first: 2, sort: "TITLE_ASC" });
    expect(list.data!.products.nodes.map((p) => p.title)).toHaveLength(2);
    const variant = await createVariant(server, { onHand: 5 });
    const added = (await request(server.url, AddCartLinesDocument, { input: { lines: [{ variantId: variant.globalId, quantity: 2 }] } })).data!.addCartLines;
    if (added.__typename !== "CartUpdated") throw new Error(JSON.stringify(added));
    const cart = await request(server.url, CartDocument, {}, { headers: { "x-cart-token": added.cartToken! } });
    expect(cart.data!.cart).toMatchObject({ id: added.cart.id, totalQuantity: 2 });
  });

  it("returns errors as the API sends them", async () => {
    const answer = await request(server.url, ProductListDocument, { first: 2, after: "not-a-cursor" });
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
  });
});

describe("sessionEndOf", () => {
  it("tells an answer to a dead session token from any other", async () => {
    const dead = await request(server.url, MeDocument, {}, { headers: { authorization: `Bearer ${"A".repeat(43)}` } });
    expect(dead.data!.me).toBeNull();
    expect(sessionEndOf(dead)).toBe("SESSION_INVALID");
    expect(sessionEndOf(await request(server.url, MeDocument, {}))).toBeUndefined();
  });
});
