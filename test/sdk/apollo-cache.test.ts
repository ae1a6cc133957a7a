/**
 * The SDK's cache with Apollo Client 4 against the real API: each case shows that
 * createLarderCache() gets it right without a warning, and what a bare InMemoryCache (or Apollo's
 * relayStylePagination) gets wrong. The bare cases run second: Apollo warns about a field once per
 * process, so a warning of the SDK's case cannot hide behind one of the bare case.
 */
import { InMemoryCache, type DocumentNode } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { filter, firstValueFrom } from "rxjs";
import { AddCartLinesDocument, MeDocument, OrderDetailDocument, possibleTypes, ProductListDocument, SearchDocument } from "@larder/sdk";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apolloFor, consoleProblems, type TestApollo } from "../helpers/apollo.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { createVariant, placeOrder, readyCart } from "../helpers/commerce.js";
import { signedInCustomer } from "../helpers/identity.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let problems: ReturnType<typeof consoleProblems>;
beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 7);
});
afterAll(() => server.stop());
beforeEach(() => {
  problems = consoleProblems();
});
afterEach(() => {
  expect(problems.take()).toEqual([]);
  problems.restore();
});

describe("user errors", () => {
  const tooFew = async ({ client }: TestApollo) => {
    const variant = await createVariant(server, { onHand: 5 });
    const { data } = await client.mutate({ mutation: AddCartLinesDocument, variables: { input: { lines: [{ variantId: variant.globalId, quantity: 0 }] } } });
    return data!.addCartLines;
  };

  it("keep code, message and path through the SDK's cache", async () => {
    expect(await tooFew(apolloFor(server))).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", message: expect.any(String), path: ["input", "lines", "0", "quantity"] });
    expect(possibleTypes.UserError).toContain("InvalidInput");
  });

  it("lose their fields without possibleTypes, with a warning", async () => {
    expect(await tooFew(apolloFor(server, new InMemoryCache()))).toEqual({ __typename: "InvalidInput" });
    expect(problems.take()).toContainEqual(expect.stringContaining("Cannot match fragment `UserErrorDetails` on `UserError` against `InvalidInput`. This indicates a missing `possibleTypes` entry"));
  });
});

/**
 * Pages through `query` with fetchMore, as an infinite list does, and returns what the list
 * shows after each page: the watched query's data as the cache holds it.
 */
async function pageThrough<T>(apollo: TestApollo, query: DocumentNode, variables: Record<string, unknown>, titles: (data: T) => string[], endCursor: (data: T) => string | null): Promise<string[][]> {
  const watched = { query, variables: { ...variables, first: 2 } };
  const list = apollo.client.watchQuery(watched);
  const shown: string[][] = [];
  const subscription = list.subscribe(() => undefined);
  try {
    let data = (await firstValueFrom(list.pipe(filter((result) => result.dataState === "complete")))).data as T;
    shown.push(titles(data));
    for (let page = 2; page <= 3; page++) {
      await list.fetchMore({ variables: { after: endCursor(data) } });
      data = apollo.client.readQuery<T>(watched)!;
      shown.push(titles(data));
    }
  } finally {
    subscription.unsubscribe();
  }
  return shown;
}

describe("pagination with fetchMore", () => {
  type Nodes = { products: { nodes: { title: string }[]; pageInfo: { endCursor: string | null } } };
  type Edges = { search: { edges: { node: { title: string } }[]; pageInfo: { endCursor: string | null } } };
  const byNodes = (apollo: TestApollo) =>
    pageThrough<Nodes>(apollo, ProductListDocument, { sort: "TITLE_ASC" }, (d) => d.products.nodes.map((n) => n.title), (d) => d.products.pageInfo.endCursor);
  const byEdges = (apollo: TestApollo) =>
    pageThrough<Edges>(apollo, SearchDocument, { query: "", sort: "TITLE_ASC" }, (d) => d.search.edges.map((e) => e.node.title), (d) => d.search.pageInfo.endCursor);

  it("with relayStylePagination(), a `nodes` list shows only the newest page", async () => {
    const relay = new InMemoryCache({ possibleTypes, typePolicies: { Query: { fields: { products: relayStylePagination(["sort", "filter"]) } } } });
    const shown = await byNodes(apolloFor(server, relay));
    expect(shown.map((titles) => titles.length)).toEqual([2, 2, 2]);
  });

  it("accumulates page after page in `nodes` style", async () => {
    const shown = await byNodes(apolloFor(server));
    expect(shown.map((titles) => titles.length)).toEqual([2, 4, 6]);
    expect(shown[2]).toEqual([...shown[2]!].sort((a, b) => a.localeCompare(b)));
    expect(new Set(shown[2]).size).toBe(6);
  });

  it("accumulates page after page in `edges` style, keeping facets and totals", async () => {
    const apollo = apolloFor(server);
    const shown = await byEdges(apollo);
    expect(shown.map((titles) => titles.length)).toEqual([2, 4, 6]);
    expect(new Set(shown[2]).size).toBe(6);
    const cached = apollo.client.readQuery({ query: SearchDocument, variables: { query: "", sort: "TITLE_ASC", first: 2 } })!;
    const total = ((await (await server.post({ query: '{ search(query: "") { totalCount } }' })).json()) as { data: { search: { totalCount: number } } }).data.search.totalCount;
    expect(cached.search).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: total > 6 } });
    expect(cached.search.facets.collections.length).toBeGreaterThan(0);
  });

  it("keeps lists with other arguments apart, and starts over when the first page is read again", async () => {
    const apollo = apolloFor(server);
    await byNodes(apollo);
    const ascending = { query: ProductListDocument, variables: { first: 2, sort: "TITLE_ASC" as const } };
    const other = await apollo.client.query({ query: ProductListDocument, variables: { first: 2, sort: "TITLE_DESC" } });
    expect(other.data!.products.nodes).toHaveLength(2);
    expect(apollo.client.readQuery(ascending)!.products.nodes).toHaveLength(6);
    const again = await apollo.client.query({ ...ascending, fetchPolicy: "network-only" });
    expect(again.data!.products.nodes).toHaveLength(2);
    expect(apollo.client.readQuery(ascending)!.products.nodes).toHaveLength(2);
  });
});

describe("objects without an id", () => {
  /** An order read in full (OrderDetail), then in the order history with fewer totals (Me). */
  const readOrderTwice = async (apollo: TestApollo) => {
    const variant = await createVariant(server, { onHand: 5 });
    const customer = await signedInCustomer(server);
    const cart = await readyCart(server, [{ variant, quantity: 1 }], customer.authorization);
    const placed = await placeOrder(server, cart);
    const code = (placed.body.data!.placeOrder as { order: { code: string } }).order.code;
    apollo.tokens.session = customer.token;
    const detail = await apollo.client.query({ query: OrderDetailDocument, variables: { code } });
    const history = await apollo.client.query({ query: MeDocument });
    const orderId = history.data!.me!.orders!.nodes[0]!.id;
    return { detail: detail.data!.order!, orderId, cached: apollo.client.readQuery({ query: OrderDetailDocument, variables: { code } })?.order };
  };

  it("merge field by field in the SDK's cache: the full order stays readable, no warning", async () => {
    const { detail, orderId, cached } = await readOrderTwice(apolloFor(server));
    expect(detail.id).toBe(orderId);
    expect(cached).toEqual(detail);
  });

  it("are replaced with a warning, and data lost, in a bare cache", async () => {
    const { cached } = await readOrderTwice(apolloFor(server, new InMemoryCache({ possibleTypes })));
    expect(problems.take()).toEqual([expect.stringContaining("Cache data may be lost when replacing the totals field of a Order object")]);
    expect(cached).toBeUndefined();
  });
});
