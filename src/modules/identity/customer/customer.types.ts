/** GraphQL type of customer accounts. */
import { Field, ObjectType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import type { Customer as CustomerRow } from "../../../generated/prisma/client.js";

@ObjectType({ implements: Node, description: "A shopper's account. Visible only to that customer and to staff with CUSTOMERS_READ." })
export class Customer extends Node {
  /** The row id; rules and services use it, clients see only the global `id`. */
  rowId: string;

  @Field({ description: "Normalised (trimmed, lower case)." })
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field()
  createdAt: Date;

  static fromRow(row: CustomerRow): Customer {
    return Object.assign(new Customer(), {
      id: toGlobalId("Customer", row.id),
      rowId: row.id,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      createdAt: row.createdAt,
    });
  }
}
