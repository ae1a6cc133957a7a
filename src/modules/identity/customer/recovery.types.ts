/** Inputs and results of email verification and password reset. */
import { Field, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { InvalidInput } from "../../../shared/user-errors.js";
import { EmailAlreadyVerified, InvalidToken, WeakPassword } from "../identity.errors.js";

@InputType()
export class VerifyEmailInput {
  @Field(() => String, { description: "The token from the verification link." })
  token: string;
}

@ObjectType({ description: "The address is verified." })
export class EmailVerified {
  @Field()
  email: string;
}

export const VerifyEmailResult = createUnionType({ name: "VerifyEmailResult", types: () => [EmailVerified, InvalidToken] as const });

@ObjectType({ description: "A new verification link is on its way; earlier links keep working until they expire." })
export class VerificationEmailSent {
  @Field()
  email: string;
}

export const ResendVerificationEmailResult = createUnionType({
  name: "ResendVerificationEmailResult",
  types: () => [VerificationEmailSent, EmailAlreadyVerified] as const,
});

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  email: string;
}

@ObjectType({ description: "If an account uses this email, a reset link is on its way. The answer is the same when none does." })
export class PasswordResetRequested {
  @Field({ description: "The address as normalised." })
  email: string;
}

export const RequestPasswordResetResult = createUnionType({
  name: "RequestPasswordResetResult",
  types: () => [PasswordResetRequested, InvalidInput] as const,
});

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: "The token from the reset link." })
  token: string;

  @Field(() => String, { description: "10 to 256 characters." })
  newPassword: string;
}

@ObjectType({ description: "The password was replaced and every session of the account revoked; sign in with the new one." })
export class PasswordReset {
  @Field(() => Int)
  sessionsRevoked: number;
}

export const ResetPasswordResult = createUnionType({
  name: "ResetPasswordResult",
  types: () => [PasswordReset, InvalidToken, WeakPassword] as const,
});
