/** Inputs and results of managing the address book. */
import { Field, ID, InputType, ObjectType, createUnionType } from "type-graphql";
import { InvalidInput, NotFound } from "../../../shared/user-errors.js";
import { AddressLimitReached } from "../identity.errors.js";
import { Address, Customer } from "./customer.types.js";
import { PostalAddressInput } from "../../../shared/postal-address.js";

@InputType({ description: "A new address. Optional texts may be omitted, null or empty." })
export class CreateAddressInput extends PostalAddressInput {
  @Field(() => Boolean, { nullable: true, description: "Make it the default shipping address. When omitted, it becomes the default only if there is none." })
  defaultShipping?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Make it the default billing address. When omitted, it becomes the default only if there is none." })
  defaultBilling?: boolean | null;
}

@InputType({ description: "Changes to one of your addresses; omitted fields stay as they are, null or empty clears an optional one." })
export class UpdateAddressInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true makes it the default shipping address; false stops it being the default." })
  defaultShipping?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true makes it the default billing address; false stops it being the default." })
  defaultBilling?: boolean | null;
}

@InputType()
export class DeleteAddressInput {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: "The new address, and its owner (whose defaults may have changed)." })
export class AddressCreated {
  @Field(() => Address)
  address: Address;

  @Field(() => Customer)
  customer: Customer;
}

@ObjectType({ description: "The address as changed, and its owner (whose defaults may have changed)." })
export class AddressUpdated {
  @Field(() => Address)
  address: Address;

  @Field(() => Customer)
  customer: Customer;
}

@ObjectType({ description: "The address is gone; if it was a default, there is no default any more." })
export class AddressDeleted {
  @Field(() => ID)
  deletedAddressId: string;

  @Field(() => Customer)
  customer: Customer;
}

export const CreateAddressResult = createUnionType({ name: "CreateAddressResult", types: () => [AddressCreated, InvalidInput, AddressLimitReached] as const });
export const UpdateAddressResult = createUnionType({ name: "UpdateAddressResult", types: () => [AddressUpdated, InvalidInput, NotFound] as const });
export const DeleteAddressResult = createUnionType({ name: "DeleteAddressResult", types: () => [AddressDeleted, NotFound] as const });
