import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { THROTTLED_NOTE } from "../../../shared/throttle.js";
import { requestPasswordReset, resendVerificationEmail, resetPassword, verifyEmail } from "./recovery.service.js";
import {
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  ResendVerificationEmailResult,
  ResetPasswordInput,
  ResetPasswordResult,
  VerifyEmailInput,
  VerifyEmailResult,
} from "./recovery.types.js";

@Resolver()
export class RecoveryResolver {
  @Mutation(() => VerifyEmailResult, { description: "Verifies a customer's email with the token from the mailed link (single use, 24 hours)." })
  verifyEmail(@Arg("input", () => VerifyEmailInput) input: VerifyEmailInput, @Ctx() ctx: Context): Promise<typeof VerifyEmailResult> {
    return runMutation(() => verifyEmail(ctx, input));
  }

  @Mutation(() => ResendVerificationEmailResult, { nullable: true, description: "Mails the signed-in customer a new verification link (a few per hour)." + THROTTLED_NOTE })
  resendVerificationEmail(@Ctx() ctx: Context): Promise<typeof ResendVerificationEmailResult> {
    return runMutation(() => resendVerificationEmail(ctx));
  }

  @Mutation(() => RequestPasswordResetResult, {
    nullable: true,
    description: "Mails a password reset link (single use, 1 hour) if a customer uses this email. The answer never says whether one does." + THROTTLED_NOTE,
  })
  requestPasswordReset(@Arg("input", () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<typeof RequestPasswordResetResult> {
    return runMutation(() => requestPasswordReset(ctx, input));
  }

  @Mutation(() => ResetPasswordResult, { description: "Sets a new password with the token from a reset link; signs the account out everywhere." })
  resetPassword(@Arg("input", () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<typeof ResetPasswordResult> {
    return runMutation(() => resetPassword(ctx, input));
  }
}
