import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { login, register } from "./auth.service.js";
import { LoginInput, LoginResult, RegisterInput, RegisterResult } from "./auth.types.js";

@Resolver()
export class CustomerAuthResolver {
  @Mutation(() => RegisterResult, { description: "Creates a customer account and mails a verification link. Does not sign in." })
  register(@Arg("input", () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context): Promise<typeof RegisterResult> {
    return register(ctx, input);
  }

  @Mutation(() => LoginResult, {
    description:
      "Signs a customer in. Failed attempts are limited per account and per client address; over the limit the field fails with THROTTLED and `extensions.retryAfterSeconds`.",
  })
  login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<typeof LoginResult> {
    return login(ctx, input);
  }
}
