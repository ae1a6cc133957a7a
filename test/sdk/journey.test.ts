/**
 * The whole storefront journey, and the admin side of it, through the SDK's documents with Apollo
 * Client 4 and createLarderCache(), as a storefront in Node would run it: browse, fill a guest
 * cart (its token sent back as the x-cart-token header), sign in (the guest cart merges), check
 * out, find the order in the history, staff ship it, sign out. Any console warning or error from
 * Apollo fails it.
 */
import {
  AddCartLinesDocument,
  AdjustStockDocument,
  ApplyCouponDocument,
  CancelOrderDocument,
  CartDocument,
  CollectionPageDocument,
  CollectionsDocument,
  CreateProductDocument,
  FulfilOrderDocument,
  LoginDocument,
  LoginStaffDocument,
  LogoutDocument,
  MeDocument,
  OrderDetailDocument,
  OrdersDocument,
  PaymentMethodsDocument,
  PlaceOrderDocument,
  ProductListDocument,
  ProductPageDocument,
  RegisterDocument,
  RemoveCartLineDocument,
  RemoveCouponDocument,
  SearchDocument,
  SetCartShippingAddressDocument,
  SetCartShippingMethodDocument,
  TransitionOrderDocument,
  UpdateCartLineDocument,
  UpdateProductDocument,
} from "@larder/sdk";
import { afterCartLinesAdded, afterLogin, afterOrderPlaced } from "@larder/sdk/apollo";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureSuperAdmin } from "../../src/modules/identity/staff/bootstrap.js";
import { apolloFor, consoleProblems, type TestApollo } from "../helpers/apollo.js";
import { seedTestCatalog } from "../helpers/catalog.js";
import { createCoupon } from "../helpers/commerce.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const ADMIN = { email: "owner@shop.example", password: "a long passphrase" };
const ADDRESS = { firstName: "Ada", lastName: "Lovelace", line1: "12 Analytical Row", postalCode: "10115", city: "Berlin", countryCode: "DE" };

let server: TestServer;
let shopper: TestApollo;
let staff: TestApollo;
let problems: ReturnType<typeof consoleProblems>;
beforeAll(async () => {
  server = await startTestServer();
  await seedTestCatalog(server, 8);
  await ensureSuperAdmin(server.database.sql, ADMIN);
  shopper = apolloFor(server);
  staff = apolloFor(server);
});
afterAll(async () => {
  shopper.client.stop();
  staff.client.stop();
  await server.stop();
});
beforeEach(() => {
  problems = consoleProblems();
});
afterEach(() => {
  expect(problems.take()).toEqual([]);
  problems.restore();
});

/** The member of a result union the step expects, or a failure naming what came instead. */
function expectType<T extends { __typename: string }, N extends T["__typename"]>(result: T | null | undefined, typename: N): Extract<T, { __typename: N }> {
  if (result?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result as Extract<T, { __typename: N }>;
}

// One journey, step by step: each step continues from the state the previous ones left.
describe("a shopper and the shop's staff, through the SDK", { shuffle: false }, () => {
  const state = { variants: [] as string[], cartLineIds: [] as string[], email: "ada@example.com", password: "correct horse battery staple", orderCode: "", orderId: "" };

  it("browses the collection tree, a collection, the product list, a search and a product page", async () => {
    const { client } = shopper;
    const tree = (await client.query({ query: CollectionsDocument })).data!.collections.nodes;
    const child = tree.flatMap((c) => c.children)[0]!;
    const collection = (await client.query({ query: CollectionPageDocument, variables: { slug: child.slug } })).data!.collection!;
    expect(collection.parent).not.toBeNull();
    const list = (await client.query({ query: ProductListDocument, variables: { first: 4, filter: { inStock: true } } })).data!.products;
    expect(list.nodes).toHaveLength(4);
    const search = (await client.query({ query: SearchDocument, variables: { query: "", first: 4 } })).data!.search;
    expect(search.facets.options.length).toBeGreaterThan(0);
    const product = (await client.query({ query: ProductPageDocument, variables: { slug: list.nodes[0]!.slug } })).data!.product!;
    state.variants = product.variants.nodes.filter((v) => v.availableForSale).map((v) => v.id);
    expect(state.variants.length).toBeGreaterThanOrEqual(2);
  });

  it("fills a guest cart, sending back the cart token it was given, and changes its lines", async () => {
    const { client, tokens } = shopper;
    expect((await client.query({ query: CartDocument })).data!.cart).toBeNull();
    const added = await client.mutate({ mutation: AddCartLinesDocument, variables: { input: { lines: [{ variantId: state.variants[0]!, quantity: 1 }] } }, update: afterCartLinesAdded });
    const first = expectType(added.data!.addCartLines, "CartUpdated");
    tokens.cart = first.cartToken!;
    // The new cart is the cached answer of `cart` now: a cart badge shows it without another request.
    const before = shopper.requests();
    expect((await client.query({ query: CartDocument })).data!.cart).toMatchObject({ id: first.cart.id, totalQuantity: 1 });
    expect(shopper.requests()).toBe(before);
    const second = expectType((await client.mutate({ mutation: AddCartLinesDocument, variables: { input: { lines: [{ variantId: state.variants[1]!, quantity: 1 }] } } })).data!.addCartLines, "CartUpdated");
    expect(second.cart.id).toBe(first.cart.id);
    const [kept, dropped] = second.cart.lines;
    await client.mutate({ mutation: UpdateCartLineDocument, variables: { input: { lineId: kept!.id, quantity: 3 } } });
    await client.mutate({ mutation: RemoveCartLineDocument, variables: { input: { lineId: dropped!.id } } });
    const cart = (await client.query({ query: CartDocument })).data!.cart!;
    expect(cart.lines.map((l) => [l.id, l.quantity])).toEqual([[kept!.id, 3]]);
  });

  it("registers and signs in: the guest cart merges, and the cached cart is the merged one without another request", async () => {
    const { client, tokens } = shopper;
    const registered = await client.mutate({ mutation: RegisterDocument, variables: { input: { email: state.email, password: state.password, firstName: "Ada", lastName: "Lovelace" } } });
    expectType(registered.data!.register, "CustomerRegistered");
    const login = await client.mutate({ mutation: LoginDocument, variables: { input: { email: state.email, password: state.password } }, update: afterLogin });
    const loggedIn = expectType(login.data!.login, "LoggedIn");
    expect(loggedIn.guestCartMerge).toEqual({ __typename: "GuestCartMerge", mergedLines: 1, droppedLines: 0 });
    tokens.session = loggedIn.token;
    tokens.cart = undefined;
    const before = shopper.requests();
    const cart = (await client.query({ query: CartDocument })).data!.cart!;
    expect(shopper.requests()).toBe(before);
    expect(cart).toMatchObject({ id: loggedIn.cart!.id, totalQuantity: 3 });
  });

  it("checks out with an address, a shipping method and a coupon; the cached cart is gone afterwards", async () => {
    const { client } = shopper;
    await client.mutate({ mutation: SetCartShippingAddressDocument, variables: { input: { address: ADDRESS } } });
    await client.mutate({ mutation: SetCartShippingMethodDocument, variables: { input: { code: "standard" } } });
    const code = await createCoupon(server, { kind: "PERCENTAGE", percentBps: 1000 });
    expectType((await client.mutate({ mutation: ApplyCouponDocument, variables: { input: { code } } })).data!.applyCoupon, "CartUpdated");
    expectType((await client.mutate({ mutation: RemoveCouponDocument, variables: { input: { code } } })).data!.removeCoupon, "CartUpdated");
    const applied = expectType((await client.mutate({ mutation: ApplyCouponDocument, variables: { input: { code } } })).data!.applyCoupon, "CartUpdated");
    expect(applied.cart.coupons).toMatchObject([{ code, applicable: true }]);
    expect(Number(applied.cart.totals.discount.amount)).toBeGreaterThan(0);
    const methods = (await client.query({ query: PaymentMethodsDocument })).data!.paymentMethods.map((m) => m.code);
    expect(methods).toContain("test");

    const placed = await client.mutate({ mutation: PlaceOrderDocument, variables: { input: { idempotencyKey: "journey-1", paymentMethod: "test" } }, update: afterOrderPlaced });
    const order = expectType(placed.data!.placeOrder, "OrderPlaced").order;
    expect(order).toMatchObject({ state: "PAYMENT_SETTLED", couponCodes: [code], totals: { total: { amount: applied.cart.totals.total.amount } } });
    state.orderCode = order.code;
    const before = shopper.requests();
    expect((await client.query({ query: CartDocument })).data!.cart).toBeNull();
    expect(shopper.requests()).toBe(before);
  });

  it("finds the order in the account's history and reads it", async () => {
    const { client } = shopper;
    const me = (await client.query({ query: MeDocument, fetchPolicy: "network-only" })).data!.me!;
    expect(me.orders!.nodes.map((o) => o.code)).toEqual([state.orderCode]);
    state.orderId = me.orders!.nodes[0]!.id;
    const detail = (await client.query({ query: OrderDetailDocument, variables: { code: state.orderCode } })).data!.order!;
    expect(detail.lines).toMatchObject([{ quantity: 3 }]);
  });

  it("lets staff find, ship and deliver the order, and change the catalog and stock", async () => {
    const { client, tokens } = staff;
    tokens.session = expectType((await client.mutate({ mutation: LoginStaffDocument, variables: { input: ADMIN } })).data!.loginStaff, "StaffLoggedIn").token;
    const found = (await client.query({ query: OrdersDocument, variables: { filter: { search: state.orderCode } } })).data!.orders!.nodes;
    expect(found.map((o) => o.id)).toEqual([state.orderId]);
    const shipped = await client.mutate({ mutation: FulfilOrderDocument, variables: { input: { orderId: state.orderId, trackingCode: "1Z999AA10123456784" } } });
    expect(expectType(shipped.data!.fulfilOrder, "OrderUpdated").order).toMatchObject({ state: "SHIPPED", trackingCode: "1Z999AA10123456784" });
    const delivered = await client.mutate({ mutation: TransitionOrderDocument, variables: { input: { orderId: state.orderId, to: "DELIVERED", note: "Left with the neighbour" } } });
    const deliveredOrder = expectType(delivered.data!.transitionOrder, "OrderUpdated").order;
    expect(deliveredOrder.state).toBe("DELIVERED");
    expect(deliveredOrder.transitions.at(-1)).toMatchObject({ to: "DELIVERED", note: "Left with the neighbour", actorKind: "STAFF" });
    const tooLate = await client.mutate({ mutation: CancelOrderDocument, variables: { input: { orderId: state.orderId } } });
    expect(expectType(tooLate.data!.cancelOrder, "IllegalTransition")).toMatchObject({ code: "ILLEGAL_TRANSITION", from: "DELIVERED", to: "CANCELLED", message: expect.any(String) });

    const created = expectType((await client.mutate({ mutation: CreateProductDocument, variables: { input: { title: "Harbour Linen Apron", status: "DRAFT" } } })).data!.createProduct, "ProductCreated").product;
    const published = await client.mutate({ mutation: UpdateProductDocument, variables: { input: { id: created.id, version: created.version, status: "ACTIVE" } } });
    expect(expectType(published.data!.updateProduct, "ProductUpdated").product.status).toBe("ACTIVE");
    const stale = await client.mutate({ mutation: UpdateProductDocument, variables: { input: { id: created.id, version: created.version, title: "Harbour Apron" } } });
    expect(expectType(stale.data!.updateProduct, "VersionConflict")).toMatchObject({ code: "VERSION_CONFLICT", currentVersion: created.version + 1 });
    const restocked = await client.mutate({ mutation: AdjustStockDocument, variables: { input: { variantId: state.variants[0]!, delta: 5, reason: "RECEIVED" } } });
    expect(expectType(restocked.data!.adjustStock, "StockAdjusted").variant.id).toBe(state.variants[0]);
  });

  it("shows the shopper the delivered order; after signing out, the session link reports the dead token", async () => {
    const { client } = shopper;
    const order = (await client.query({ query: OrderDetailDocument, variables: { code: state.orderCode }, fetchPolicy: "network-only" })).data!.order!;
    expect(order.transitions.map((t) => t.to)).toEqual(expect.arrayContaining(["SHIPPED", "DELIVERED"]));
    expectType((await client.mutate({ mutation: LogoutDocument })).data!.logout, "LoggedOut");
    expect(shopper.sessionEnds).toEqual([]);
    // The app forgot to drop its token: the next answer says the session is over.
    expect((await client.query({ query: MeDocument, fetchPolicy: "network-only" })).data!.me).toBeNull();
    expect(shopper.sessionEnds).toEqual(["SESSION_EXPIRED"]);
  });
});
