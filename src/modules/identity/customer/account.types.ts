/** Inputs and results of a customer editing their own account. */
import { Field, InputType, ObjectType, createUnionType } from "type-graphql";
import { InvalidInput } from "../../../shared/user-errors.js";
import { Customer } from "./customer.types.js";

@InputType({ description: "Omitted fields stay as they are." })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;
}

@InputType({ description: "Omitted fields stay as they are." })
export class UpdatePreferencesInput {
  @Field(() => String, { nullable: true, description: "BCP 47 language tag; null or empty clears it." })
  locale?: string | null;

  @Field(() => Boolean, { nullable: true })
  marketingOptIn?: boolean | null;
}

@ObjectType({ description: "The customer as saved." })
export class CustomerUpdated {
  @Field(() => Customer)
  customer: Customer;
}

export const UpdateProfileResult = createUnionType({ name: "UpdateProfileResult", types: () => [CustomerUpdated, InvalidInput] as const });
export const UpdatePreferencesResult = createUnionType({ name: "UpdatePreferencesResult", types: () => [CustomerUpdated, InvalidInput] as const });
