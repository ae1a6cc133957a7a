import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { staffHeaders } from "./helpers/auth.js";
import { query } from "./helpers/database.js";
import { signedInCustomer } from "./helpers/identity.js";
import { startTestServer, type TestServer } from "./helpers/server.js";
import { toGlobalId } from "../src/shared/global-id.js";

const Profile = graphql(`
  query Profile {
    me {
      firstName
      lastName
      preferences {
        locale
        marketingOptIn
        marketingOptInChangedAt
      }
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      __typename
      ... on CustomerUpdated {
        customer {
          firstName
          lastName
        }
      }
      ... on UserError {
        message
        path
      }
    }
  }
`);

const UpdatePreferences = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) {
      __typename
      ... on CustomerUpdated {
        customer {
          preferences {
            locale
            marketingOptIn
            marketingOptInChangedAt
          }
        }
      }
      ... on UserError {
        message
        path
      }
    }
  }
`);

const CreateAddress = graphql(`
  mutation CreateAddress($input: CreateAddressInput!) {
    createAddress(input: $input) {
      __typename
      ... on AddressCreated {
        address {
          id
          city
          countryCode
          company
          isDefaultShipping
          isDefaultBilling
        }
        customer {
          defaultShippingAddress {
            id
          }
          defaultBillingAddress {
            id
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

const UpdateAddress = graphql(`
  mutation UpdateAddress($input: UpdateAddressInput!) {
    updateAddress(input: $input) {
      __typename
      ... on AddressUpdated {
        address {
          city
          company
          line2
          isDefaultShipping
          isDefaultBilling
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

const DeleteAddress = graphql(`
  mutation DeleteAddress($id: ID!) {
    deleteAddress(input: { id: $id }) {
      __typename
      ... on AddressDeleted {
        deletedAddressId
        customer {
          addresses {
            id
          }
          defaultShippingAddress {
            id
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

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Customer {
        email
        addresses {
          city
        }
      }
      ... on Address {
        city
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const address = (city: string, extra: Record<string, unknown> = {}) => ({ firstName: "Ada", lastName: "Lovelace", line1: "1 Main Street", city, countryCode: "ch", ...extra });
const snapshot = () => query(server.databaseUrl, "SELECT c.*, (SELECT json_agg(a ORDER BY a.id) FROM address a WHERE a.customer_id = c.id) AS addresses FROM customer c ORDER BY c.id");

describe("profile and preferences", () => {
  it("changes only the names given, trimmed, and refuses a blank or null one without changing anything", async () => {
    const { authorization } = await signedInCustomer(server);
    const renamed = await server.gql(UpdateProfile, { input: { lastName: "  Byron " } }, { headers: authorization });
    expect(renamed.body.data?.updateProfile).toEqual({ __typename: "CustomerUpdated", customer: { firstName: "Ada", lastName: "Byron" } });
    const before = await snapshot();
    for (const [input, message, path] of [
      [{ firstName: " " }, "firstName must not be blank", ["input", "firstName"]],
      [{ firstName: null }, "firstName is required", ["input", "firstName"]],
      [{ lastName: "x".repeat(101) }, "lastName must be at most 100 characters", ["input", "lastName"]],
    ] as const) {
      expect((await server.gql(UpdateProfile, { input }, { headers: authorization })).body.data?.updateProfile).toEqual({ __typename: "InvalidInput", message, path });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("canonicalises the locale and records when the marketing consent changed", async () => {
    const { authorization } = await signedInCustomer(server);
    const set = await server.gql(UpdatePreferences, { input: { locale: "de-ch", marketingOptIn: true } }, { headers: authorization });
    const prefs = set.body.data?.updatePreferences?.__typename === "CustomerUpdated" ? set.body.data.updatePreferences.customer.preferences : undefined;
    expect(prefs).toMatchObject({ locale: "de-CH", marketingOptIn: true, marketingOptInChangedAt: expect.any(String) });
    const same = await server.gql(UpdatePreferences, { input: { marketingOptIn: true } }, { headers: authorization });
    expect(same.body.data?.updatePreferences).toMatchObject({ customer: { preferences: { locale: "de-CH", marketingOptInChangedAt: prefs!.marketingOptInChangedAt } } });

    const before = await snapshot();
    expect((await server.gql(UpdatePreferences, { input: { locale: "not a locale" } }, { headers: authorization })).body.data?.updatePreferences).toEqual({
      __typename: "InvalidInput",
      message: 'locale must be a language tag such as "en" or "de-CH"',
      path: ["input", "locale"],
    });
    expect((await server.gql(UpdatePreferences, { input: { marketingOptIn: null } }, { headers: authorization })).body.data?.updatePreferences).toMatchObject({ path: ["input", "marketingOptIn"] });
    expect(await snapshot()).toEqual(before);

    await server.gql(UpdatePreferences, { input: { locale: "" } }, { headers: authorization });
    expect((await server.gql(Profile, undefined, { headers: authorization })).body.data?.me?.preferences.locale).toBeNull();
  });
});

describe("address book", () => {
  it("makes the first address the default, moves defaults on request, and clears them on delete", async () => {
    const { authorization } = await signedInCustomer(server);
    const first = await server.gql(CreateAddress, { input: address("Zürich", { company: " " }) }, { headers: authorization });
    const a = first.body.data?.createAddress?.__typename === "AddressCreated" ? first.body.data.createAddress : undefined;
    expect(a?.address).toMatchObject({ city: "Zürich", countryCode: "CH", company: null, isDefaultShipping: true, isDefaultBilling: true });
    expect(a?.customer).toEqual({ defaultShippingAddress: { id: a!.address.id }, defaultBillingAddress: { id: a!.address.id } });

    const second = await server.gql(CreateAddress, { input: address("Bern", { defaultShipping: true }) }, { headers: authorization });
    const b = second.body.data?.createAddress?.__typename === "AddressCreated" ? second.body.data.createAddress : undefined;
    expect(b?.address).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
    expect(b?.customer).toEqual({ defaultShippingAddress: { id: b!.address.id }, defaultBillingAddress: { id: a!.address.id } });

    const updated = await server.gql(UpdateAddress, { input: { id: a!.address.id, city: "Genève", line2: "c/o Lab", defaultBilling: false } }, { headers: authorization });
    expect(updated.body.data?.updateAddress).toEqual({ __typename: "AddressUpdated", address: { city: "Genève", company: null, line2: "c/o Lab", isDefaultShipping: false, isDefaultBilling: false } });

    const onlyDefault = await server.gql(UpdateAddress, { input: { id: a!.address.id, defaultBilling: true } }, { headers: authorization });
    expect(onlyDefault.body.data?.updateAddress).toMatchObject({ __typename: "AddressUpdated", address: { city: "Genève", isDefaultBilling: true } });

    const deleted = await server.gql(DeleteAddress, { id: b!.address.id }, { headers: authorization });
    expect(deleted.body.data?.deleteAddress).toEqual({ __typename: "AddressDeleted", deletedAddressId: b!.address.id, customer: { addresses: [{ id: a!.address.id }], defaultShippingAddress: null } });
  });

  it.each([
    ["an unknown country", { countryCode: "XX" }, "countryCode must be an ISO 3166-1 alpha-2 code such as CH or US", ["input", "countryCode"]],
    ["a retired country code", { countryCode: "SU" }, "countryCode must be an ISO 3166-1 alpha-2 code such as CH or US", ["input", "countryCode"]],
    ["a blank street", { line1: "  " }, "line1 must not be blank", ["input", "line1"]],
    ["a postal code over 20 characters", { postalCode: "1".repeat(21) }, "postalCode must be at most 20 characters", ["input", "postalCode"]],
    ["letters in the phone number", { phone: "call me" }, "phone may hold only digits, spaces, + ( ) . / and -", ["input", "phone"]],
    ["a control character", { city: "Bern\u0007" }, "city must not contain control characters", ["input", "city"]],
  ])("refuses %s with a typed error and changes nothing", async (_label, change, message, path) => {
    const { authorization } = await signedInCustomer(server);
    const created = await server.gql(CreateAddress, { input: address("Basel") }, { headers: authorization });
    const id = created.body.data?.createAddress?.__typename === "AddressCreated" ? created.body.data.createAddress.address.id : "";
    const before = await snapshot();
    expect((await server.gql(CreateAddress, { input: address("Chur", change) }, { headers: authorization })).body.data?.createAddress).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", message, path });
    expect((await server.gql(UpdateAddress, { input: { id, ...change } }, { headers: authorization })).body.data?.updateAddress).toEqual({ __typename: "InvalidInput", code: "INVALID_INPUT", message, path });
    expect(await snapshot()).toEqual(before);
  });

  it("holds at most 20 addresses, also when requests race", async () => {
    const { authorization, customerId } = await signedInCustomer(server);
    for (let i = 0; i < 17; i++) await server.gql(CreateAddress, { input: address(`Town ${i}`) }, { headers: authorization });
    const raced = await Promise.all(Array.from({ length: 6 }, (_, i) => server.gql(CreateAddress, { input: address(`Race ${i}`) }, { headers: authorization })));
    const kinds = raced.map((r) => r.body.data?.createAddress?.__typename).sort();
    expect(kinds).toEqual(["AddressCreated", "AddressCreated", "AddressCreated", "AddressLimitReached", "AddressLimitReached", "AddressLimitReached"]);
    expect(raced.find((r) => r.body.data?.createAddress?.__typename === "AddressLimitReached")!.body.data?.createAddress).toEqual({
      __typename: "AddressLimitReached",
      code: "ADDRESS_LIMIT_REACHED",
      message: "An address book holds at most 20 addresses",
      path: null,
    });
    const rowId = Buffer.from(customerId, "base64url").toString().split(":")[1];
    expect(await query(server.databaseUrl, "SELECT count(*)::int AS n FROM address WHERE customer_id = $1", [rowId])).toEqual([{ n: 20 }]);
  });
});

describe("customers never reach each other's data", () => {
  it("answers another customer's ids exactly like ids that do not exist", async () => {
    const victim = await signedInCustomer(server);
    const created = await server.gql(CreateAddress, { input: address("Lugano") }, { headers: victim.authorization });
    const victimAddress = created.body.data?.createAddress?.__typename === "AddressCreated" ? created.body.data.createAddress.address.id : "";
    const attacker = await signedInCustomer(server);
    const as = { headers: attacker.authorization };
    const random = { address: toGlobalId("Address", "0190f3a0-1234-7abc-8def-0123456789ab"), customer: toGlobalId("Customer", "0190f3a0-1234-7abc-8def-0123456789ab") };
    const before = await snapshot();

    const same = async (send: (id: string) => Promise<{ body: unknown }>, real: string, fake: string) => {
      const [a, b] = [await send(real), await send(fake)];
      expect(JSON.stringify(a.body).replaceAll(real, "<id>")).toBe(JSON.stringify(b.body).replaceAll(fake, "<id>"));
      return a.body;
    };
    expect(await same((id) => server.gql(NodeById, { id }, as), victimAddress, random.address)).toEqual({ data: { node: null } });
    expect(await same((id) => server.gql(NodeById, { id }, as), victim.customerId, random.customer)).toEqual({ data: { node: null } });
    expect(await same((id) => server.gql(UpdateAddress, { input: { id, city: "Pwned" } }, as), victimAddress, random.address)).toEqual({
      data: { updateAddress: { __typename: "NotFound", code: "NOT_FOUND", message: "No address with this id", path: ["input", "id"] } },
    });
    expect(await same((id) => server.gql(UpdateAddress, { input: { id, defaultShipping: true } }, as), victimAddress, random.address)).toMatchObject({ data: { updateAddress: { __typename: "NotFound" } } });
    expect(await same((id) => server.gql(DeleteAddress, { id }, as), victimAddress, random.address)).toMatchObject({ data: { deleteAddress: { __typename: "NotFound" } } });
    expect(await snapshot()).toEqual(before);

    // Anonymous callers learn nothing either; an id of the wrong type is the caller's mistake.
    expect((await server.gql(NodeById, { id: victimAddress })).body).toEqual({ data: { node: null } });
    const wrongType = await server.gql(DeleteAddress, { id: victim.customerId }, as);
    expect(wrongType.body.errors?.[0]).toMatchObject({ message: "input.id is not a valid Address id", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("shows customers to staff with CUSTOMERS_READ only", async () => {
    const customer = await signedInCustomer(server);
    await server.gql(CreateAddress, { input: address("Sion") }, { headers: customer.authorization });
    const reader = await staffHeaders(server, ["CUSTOMERS_READ"]);
    const other = await staffHeaders(server, ["ORDERS_READ"]);
    expect((await server.gql(NodeById, { id: customer.customerId }, { headers: { authorization: reader.authorization } })).body.data?.node).toEqual({
      __typename: "Customer",
      id: customer.customerId,
      email: customer.email,
      addresses: [{ city: "Sion" }],
    });
    expect((await server.gql(NodeById, { id: customer.customerId }, { headers: { authorization: other.authorization } })).body).toEqual({ data: { node: null } });
    expect((await server.gql(NodeById, { id: customer.customerId }, { headers: customer.authorization })).body.data?.node).toMatchObject({ email: customer.email });
  });
});
