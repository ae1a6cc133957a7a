import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { EmailTaken } from "../identity.errors.js";
import { THROTTLED_NOTE } from "../../../shared/throttle.js";
import { login, register } from "./auth.service.js";
import { LoginInput, LoginResult, RegisterInput, RegisterResult } from "./auth.types.js";

@Resolver()
export class CustomerAuthResolver {
  @Mutation(() => RegisterResult, {
    nullable: true,
    description: "Creates a customer account and mails a verification link. Does not sign in. Limited per client address." + THROTTLED_NOTE,
  })
  register(@Arg("input", () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context): Promise<typeof RegisterResult> {
    return runMutation(() => register(ctx, input), { customer_email_key: () => EmailTaken.at(["input", "email"]) });
  }

  @Mutation(() => LoginResult, {
    nullable: true,
    description: "Signs a customer in. Failed attempts are limited per account and client address, per client address, and per account (every executed `login` field counts)." + THROTTLED_NOTE,
  })
  login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<typeof LoginResult> {
    return runMutation(() => login(ctx, input));
  }
}
