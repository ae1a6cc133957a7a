/** GraphQL types of customer accounts: the customer, their preferences and their address book. */
import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { PostalAddress } from "../../../shared/postal-address.js";

@ObjectType({ description: "What a customer chose about language and marketing." })
export class CustomerPreferences {
  @Field(() => String, { nullable: true, description: "BCP 47 language tag, e.g. `de-CH`; null means the shop's default." })
  locale: string | null;

  @Field({ description: "Whether the customer agreed to receive marketing mail." })
  marketingOptIn: boolean;

  @Field(() => Date, { nullable: true, description: "When `marketingOptIn` last changed (the consent record)." })
  marketingOptInChangedAt: Date | null;
}

@ObjectType({ implements: Node, description: "A shopper's account. Visible only to that customer and to staff with CUSTOMERS_READ." })
export class Customer extends Node {
  /** The row id; rules and services use it, clients see only the global `id`. */
  rowId: string;
  defaultShippingAddressId: string | null;
  defaultBillingAddressId: string | null;

  @Field({ description: "Normalised (trimmed, lower case)." })
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({ description: "Whether the customer proved they receive mail at `email`." })
  emailVerified: boolean;

  @Field(() => CustomerPreferences)
  preferences: CustomerPreferences;

  @Field()
  createdAt: Date;
}

/** The columns of `customer c` that make a Customer. */
export const CUSTOMER_COLUMNS =
  "c.id, c.email, c.first_name, c.last_name, c.email_verified_at, c.locale, c.marketing_opt_in, c.marketing_opt_in_changed_at, c.default_shipping_address_id, c.default_billing_address_id, c.created_at";

export interface CustomerRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  email_verified_at: Date | null;
  locale: string | null;
  marketing_opt_in: boolean;
  marketing_opt_in_changed_at: Date | null;
  default_shipping_address_id: string | null;
  default_billing_address_id: string | null;
  created_at: Date;
}

/** A Customer from its row. */
export function toCustomer(row: CustomerRow): Customer {
  return Object.assign(new Customer(), {
    id: toGlobalId("Customer", row.id),
    rowId: row.id,
    defaultShippingAddressId: row.default_shipping_address_id,
    defaultBillingAddressId: row.default_billing_address_id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    emailVerified: row.email_verified_at !== null,
    preferences: Object.assign(new CustomerPreferences(), {
      locale: row.locale,
      marketingOptIn: row.marketing_opt_in,
      marketingOptInChangedAt: row.marketing_opt_in_changed_at,
    }),
    createdAt: row.created_at,
  });
}

@ObjectType({ implements: Node, description: "A postal address in a customer's address book." })
export class Address extends PostalAddress implements Node {
  @Field(() => ID)
  id: string;

  rowId: string;
  /** Owner's row id: the rules compare it with the viewer. */
  customerRowId: string;
}

/** The columns of `address a` that make an Address. */
export const ADDRESS_COLUMNS =
  "a.id, a.customer_id, a.first_name, a.last_name, a.company, a.line1, a.line2, a.city, a.region, a.postal_code, a.country_code, a.phone";

export interface AddressRow {
  id: string;
  customer_id: string;
  first_name: string;
  last_name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string | null;
  country_code: string;
  phone: string | null;
}

/** An Address from its row. */
export function toAddress(row: AddressRow): Address {
  return Object.assign(new Address(), {
    id: toGlobalId("Address", row.id),
    rowId: row.id,
    customerRowId: row.customer_id,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    countryCode: row.country_code,
    phone: row.phone,
  });
}
