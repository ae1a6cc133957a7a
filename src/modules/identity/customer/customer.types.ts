/** GraphQL types of customer accounts: the customer, their preferences and their address book. */
import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { PostalAddress } from "../../../shared/postal-address.js";
import type { Address as AddressRow, Customer as CustomerRow } from "../../../generated/prisma/client.js";

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

  static fromRow(row: CustomerRow): Customer {
    return Object.assign(new Customer(), {
      id: toGlobalId("Customer", row.id),
      rowId: row.id,
      defaultShippingAddressId: row.defaultShippingAddressId,
      defaultBillingAddressId: row.defaultBillingAddressId,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      emailVerified: row.emailVerifiedAt !== null,
      preferences: Object.assign(new CustomerPreferences(), {
        locale: row.locale,
        marketingOptIn: row.marketingOptIn,
        marketingOptInChangedAt: row.marketingOptInChangedAt,
      }),
      createdAt: row.createdAt,
    });
  }
}

@ObjectType({ implements: Node, description: "A postal address in a customer's address book." })
export class Address extends PostalAddress implements Node {
  @Field(() => ID)
  id: string;

  rowId: string;
  /** Owner's row id: the rules compare it with the viewer. */
  customerRowId: string;

  static fromRow(row: AddressRow): Address {
    return Object.assign(new Address(), {
      id: toGlobalId("Address", row.id),
      rowId: row.id,
      customerRowId: row.customerId,
      firstName: row.firstName,
      lastName: row.lastName,
      company: row.company,
      line1: row.line1,
      line2: row.line2,
      city: row.city,
      region: row.region,
      postalCode: row.postalCode,
      countryCode: row.countryCode,
      phone: row.phone,
    });
  }
}
