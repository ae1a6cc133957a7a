/** Inputs and results of registering and signing in as a customer. */
import { Field, InputType, ObjectType, createUnionType } from "type-graphql";
import type { CustomerLoginHook } from "../../../context.js";
import { InvalidInput } from "../../../shared/user-errors.js";
import { EmailTaken, InvalidCredentials, WeakPassword } from "../identity.errors.js";
import { Customer } from "./customer.types.js";

@InputType({ description: "A new customer account." })
export class RegisterInput {
  @Field(() => String, { description: "Stored trimmed and lower-cased; unique whatever its case." })
  email: string;

  @Field(() => String, { description: "10 to 256 characters." })
  password: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag for mail, e.g. `fr-CH`." })
  locale?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Consent to marketing mail; false when omitted." })
  marketingOptIn?: boolean | null;
}

@ObjectType({ description: "The account was created and a verification mail sent. Sign in with `login`." })
export class CustomerRegistered {
  @Field({ description: "The address as stored (normalised)." })
  email: string;
}

export const RegisterResult = createUnionType({
  name: "RegisterResult",
  types: () => [CustomerRegistered, InvalidInput, EmailTaken, WeakPassword] as const,
});

@InputType({ description: "Credentials of a customer account." })
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@ObjectType({ description: "A new session. Browsers also get it as an httpOnly cookie; other clients send `Authorization: Bearer <token>`." })
export class LoggedIn {
  @Field({ description: "The session token; shown once, stored only as a hash." })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Customer)
  customer: Customer;

  /** What each customer login hook answered, for the fields other modules add to this payload. */
  afterLogin: ReadonlyMap<CustomerLoginHook, unknown>;
}

export const LoginResult = createUnionType({
  name: "LoginResult",
  types: () => [LoggedIn, InvalidCredentials] as const,
});
