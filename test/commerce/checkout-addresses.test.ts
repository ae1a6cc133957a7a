/**
 * Checkout addresses: a shipping or billing address from the signed-in customer's own address book
 * (anyone else's, or none, reads as not found), a billing address that defaults to the shipping
 * one, stored with the order and shown to staff, never to other customers.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeGuestCart } from "../../src/modules/cart/cart-merge.js";
import { Permission } from "../../src/modules/identity/permission.js";
import { toGlobalId } from "../../src/shared/global-id.js";
import { graphql } from "../gql/index.js";
import { customerHeaders, staffHeaders } from "../helpers/auth.js";
import { ADDRESS, AddLines, createVariant, placeOrder, readyCart, type TestVariant } from "../helpers/commerce.js";
import { query } from "../helpers/database.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const AddToBook = graphql(`
  mutation AddToBook($input: CreateAddressInput!) {
    createAddress(input: $input) {
      __typename
      ... on AddressCreated {
        address {
          id
        }
      }
    }
  }
`);

const ShipTo = graphql(`
  mutation ShipTo($input: SetCartShippingAddressInput!) {
    setCartShippingAddress(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          shippingAddress {
            firstName
            line1
            city
            countryCode
          }
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

const BillTo = graphql(`
  mutation BillTo($input: SetCartBillingAddressInput!) {
    setCartBillingAddress(input: $input) {
      __typename
      ... on CartUpdated {
        cart {
          billingAddress {
            firstName
            line1
            city
          }
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

const CartAddresses = graphql(`
  query CartAddresses {
    cart {
      shippingAddress {
        line1
      }
      billingAddress {
        line1
      }
    }
  }
`);

const OrderAddresses = graphql(`
  query OrderAddresses($code: String!, $id: ID!) {
    order(code: $code) {
      shippingAddress {
        line1
        city
      }
      billingAddress {
        firstName
        line1
        city
      }
    }
    node(id: $id) {
      ... on Order {
        billingAddress {
          line1
        }
      }
    }
  }
`);

const SetMethodOnly = graphql(`
  mutation SetMethodOnly {
    setCartShippingMethod(input: { code: "standard" }) {
      __typename
    }
  }
`);

let server: TestServer;
let variant: TestVariant;
let clerk: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  variant = await createVariant(server, { onHand: 10_000 });
  clerk = { authorization: (await staffHeaders(server, [Permission.ORDERS_READ])).authorization };
});
afterAll(() => server.stop());

const BOOK_ENTRY = { firstName: "Grace", lastName: "Hopper", line1: "7 Compiler Lane", city: "Arlington", postalCode: "22201", countryCode: "US" };
const INVOICE = { firstName: "Ada", lastName: "Accounts", company: "Engines Ltd", line1: "1 Ledger Street", city: "London", postalCode: "EC1A 1AA", countryCode: "GB" };

async function customerWithAddress(entry: typeof BOOK_ENTRY & { company?: string } = BOOK_ENTRY): Promise<{ headers: Record<string, string>; addressId: string }> {
  const headers = { authorization: (await customerHeaders(server)).authorization };
  const created = (await server.gql(AddToBook, { input: entry }, { headers })).body.data!.createAddress;
  if (created.__typename !== "AddressCreated") throw new Error(JSON.stringify(created));
  return { headers, addressId: created.address.id };
}

async function cartOf(headers: Record<string, string>) {
  return (await server.gql(CartAddresses, {}, { headers })).body.data!.cart;
}

/** Every row of the commerce tables an address change could touch, to show a refusal changed nothing. */
async function snapshot(): Promise<unknown[]> {
  return query(server.databaseUrl, "SELECT id, shipping_address, billing_address, updated_at FROM cart ORDER BY id");
}

describe("addresses from the address book", () => {
  it("ships to the customer's own address by id, copied into the cart, and the order keeps it", async () => {
    const { headers, addressId } = await customerWithAddress();
    const added = await server.gql(AddLines, { input: { lines: [{ variantId: variant.globalId, quantity: 1 }] } }, { headers });
    expect(added.body.data!.addCartLines.__typename).toBe("CartUpdated");
    const shipped = (await server.gql(ShipTo, { input: { addressId } }, { headers })).body.data!.setCartShippingAddress;
    expect(shipped).toMatchObject({ __typename: "CartUpdated", cart: { shippingAddress: { firstName: "Grace", line1: "7 Compiler Lane", city: "Arlington", countryCode: "US" } } });
    const placed = (await placeOrder(server, await readyMethod(headers))).body.data!.placeOrder;
    if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
    const seen = (await server.gql(OrderAddresses, { code: placed.order.code, id: placed.order.id }, { headers })).body.data!;
    expect(seen.order).toEqual({ shippingAddress: { line1: "7 Compiler Lane", city: "Arlington" }, billingAddress: { firstName: "Grace", line1: "7 Compiler Lane", city: "Arlington" } });
  });

  it("answers another customer's address id exactly like an unknown one, and changes nothing", async () => {
    const { addressId: foreign } = await customerWithAddress();
    const { headers } = await customerWithAddress();
    await readyCart(server, [{ variant, quantity: 1 }], headers);
    const before = await snapshot();
    const unknown = toGlobalId("Address", randomUUID());
    const answers = [];
    for (const addressId of [foreign, unknown]) {
      answers.push((await server.gql(ShipTo, { input: { addressId } }, { headers })).body);
      answers.push((await server.gql(BillTo, { input: { addressId } }, { headers })).body);
    }
    expect(answers[0]).toEqual({ data: { setCartShippingAddress: { __typename: "NotFound", code: "NOT_FOUND", message: "no address with this id in your address book", path: ["input", "addressId"] } } });
    expect(answers[1]).toEqual({ data: { setCartBillingAddress: { __typename: "NotFound", code: "NOT_FOUND", message: "no address with this id in your address book", path: ["input", "addressId"] } } });
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[1]);
    expect(await snapshot()).toEqual(before);
    expect(await cartOf(headers)).toEqual({ shippingAddress: { line1: ADDRESS.line1 }, billingAddress: null });
  });

  it("has no address book for a guest: any address id is not found", async () => {
    const { addressId } = await customerWithAddress();
    const guest = await readyCart(server, [{ variant, quantity: 1 }]);
    const before = await snapshot();
    const answer = (await server.gql(ShipTo, { input: { addressId } }, { headers: guest })).body.data!.setCartShippingAddress;
    expect(answer).toMatchObject({ __typename: "NotFound", path: ["input", "addressId"] });
    expect(await snapshot()).toEqual(before);
  });

  it("answers malformed ids and contradictory or hostile input with typed errors, changing nothing", async () => {
    const { headers, addressId } = await customerWithAddress();
    await readyCart(server, [{ variant, quantity: 1 }], headers);
    const before = await snapshot();
    const invalid: [Record<string, unknown>, string[]][] = [
      [{ addressId: "not-an-id" }, ["input", "addressId"]],
      [{ addressId: variant.globalId }, ["input", "addressId"]],
      [{ addressId: "A".repeat(100_000) }, ["input", "addressId"]],
      [{ addressId, address: ADDRESS }, ["input", "addressId"]],
      [{}, ["input", "address"]],
      [{ address: { ...ADDRESS, line1: "x".repeat(50_000) } }, ["input", "address", "line1"]],
    ];
    for (const [input, path] of invalid) {
      const ship = await server.gql(ShipTo, { input }, { headers });
      expect(ship.body.data!.setCartShippingAddress, JSON.stringify(input).slice(0, 80)).toMatchObject({ __typename: "InvalidInput", path });
      const bill = await server.gql(BillTo, { input }, { headers });
      expect(bill.body.data!.setCartBillingAddress, JSON.stringify(input).slice(0, 80)).toMatchObject({ __typename: "InvalidInput", path });
    }
    for (const input of [{ sameAsShipping: true, addressId }, { sameAsShipping: false }]) {
      const bill = await server.gql(BillTo, { input }, { headers });
      expect(bill.body.data!.setCartBillingAddress).toMatchObject({ __typename: "InvalidInput", path: ["input", "sameAsShipping"] });
    }
    for (const input of [{ addressId: `${addressId}\u0000` }, { address: { ...ADDRESS, city: "Ber\u0000lin" } }]) {
      const ship = await server.gql(ShipTo, { input }, { headers });
      expect(ship.status).toBe(400);
      expect(ship.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the billing address", () => {
  it("is stored with the order, typed in or from the book, and shown to staff and the buyer, not to other customers", async () => {
    const { headers, addressId } = await customerWithAddress(INVOICE);
    await readyCart(server, [{ variant, quantity: 1 }], headers);
    const fromBook = (await server.gql(BillTo, { input: { addressId } }, { headers })).body.data!.setCartBillingAddress;
    expect(fromBook).toMatchObject({ __typename: "CartUpdated", cart: { billingAddress: { line1: "1 Ledger Street" } } });
    const cleared = (await server.gql(BillTo, { input: { sameAsShipping: true } }, { headers })).body.data!.setCartBillingAddress;
    expect(cleared).toMatchObject({ __typename: "CartUpdated", cart: { billingAddress: null } });
    const typed = (await server.gql(BillTo, { input: { address: INVOICE } }, { headers })).body.data!.setCartBillingAddress;
    expect(typed).toMatchObject({ __typename: "CartUpdated", cart: { billingAddress: { firstName: "Ada", line1: "1 Ledger Street", city: "London" } } });
    const placed = (await placeOrder(server, headers)).body.data!.placeOrder;
    if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
    const variables = { code: placed.order.code, id: placed.order.id };
    const [stored] = await query<{ billing: Record<string, unknown> }>(server.databaseUrl, "SELECT billing_address AS billing FROM shop_order WHERE code = $1", [placed.order.code]);
    expect(stored!.billing).toMatchObject({ firstName: "Ada", company: "Engines Ltd", line1: "1 Ledger Street", countryCode: "GB" });
    const billing = { firstName: "Ada", line1: "1 Ledger Street", city: "London" };
    const forStaff = (await server.gql(OrderAddresses, variables, { headers: clerk })).body;
    expect(forStaff).toEqual({ data: { order: { shippingAddress: { line1: ADDRESS.line1, city: ADDRESS.city }, billingAddress: billing }, node: { billingAddress: { line1: billing.line1 } } } });
    expect((await server.gql(OrderAddresses, variables, { headers })).body.data!.order!.billingAddress).toEqual(billing);
    const stranger = { authorization: (await customerHeaders(server)).authorization };
    for (const other of [stranger, {}]) {
      const response = await server.post({ query: OrderAddresses.toString(), variables }, other);
      const text = await response.text();
      expect((JSON.parse(text) as { data: unknown }).data).toEqual({ order: null, node: null });
      expect(text).not.toContain("Ledger");
    }
  });

  it("set as a guest, joins the account's cart at sign-in unless that cart has one", async () => {
    const billed = async (headers: Record<string, string>, line1: string) => {
      const answer = (await server.gql(BillTo, { input: { address: { ...INVOICE, line1 } } }, { headers })).body.data!.setCartBillingAddress;
      expect(answer.__typename).toBe("CartUpdated");
    };
    const guest = await readyCart(server, [{ variant, quantity: 1 }]);
    await billed(guest, "1 Guest Street");
    const customer = await customerHeaders(server);
    const account = { authorization: customer.authorization };
    await readyCart(server, [{ variant, quantity: 1 }], account);
    await mergeGuestCart(server.database.sql, guest["x-cart-token"]!, customer.customerId);
    expect((await cartOf(account))!.billingAddress).toEqual({ line1: "1 Guest Street" });
    const secondGuest = await readyCart(server, [{ variant, quantity: 1 }]);
    await billed(secondGuest, "2 Guest Street");
    await mergeGuestCart(server.database.sql, secondGuest["x-cart-token"]!, customer.customerId);
    expect((await cartOf(account))!.billingAddress).toEqual({ line1: "1 Guest Street" });
  });

  it("defaults to the shipping address when none is set", async () => {
    const guest = await readyCart(server, [{ variant, quantity: 1 }]);
    expect((await cartOf(guest))!.billingAddress).toBeNull();
    const placed = (await placeOrder(server, guest)).body.data!.placeOrder;
    if (placed.__typename !== "OrderPlaced") throw new Error(JSON.stringify(placed));
    const [stored] = await query<{ same: boolean }>(server.databaseUrl, "SELECT billing_address = shipping_address AS same FROM shop_order WHERE code = $1", [placed.order.code]);
    expect(stored!.same).toBe(true);
    const forStaff = (await server.gql(OrderAddresses, { code: placed.order.code, id: placed.order.id }, { headers: clerk })).body.data!.order!;
    expect(forStaff.billingAddress).toEqual({ firstName: ADDRESS.firstName, line1: ADDRESS.line1, city: ADDRESS.city });
  });
});

/** Sets the rest of what an order needs on a customer's cart whose lines and address are set. */
async function readyMethod(headers: Record<string, string>): Promise<Record<string, string>> {
  expect((await server.gql(SetMethodOnly, {}, { headers })).body.data!.setCartShippingMethod.__typename).toBe("CartUpdated");
  return headers;
}
