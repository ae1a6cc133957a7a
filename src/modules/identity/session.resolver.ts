import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { runMutation } from "../../shared/mutation.js";
import { THROTTLED_NOTE } from "../../shared/throttle.js";
import { changePassword, logout, logoutEverywhere } from "./session.service.js";
import { ChangePasswordInput, ChangePasswordResult, LogoutEverywhereResult, LogoutResult, type LoggedOut } from "./session.types.js";

@Resolver()
export class SessionResolver {
  @Mutation(() => LogoutResult, { description: "Ends the current session (customer or staff) and clears the session cookie." })
  logout(@Ctx() ctx: Context): Promise<LoggedOut> {
    return logout(ctx);
  }

  @Mutation(() => LogoutEverywhereResult, { description: "Ends every session of the signed-in account, on every device." })
  logoutEverywhere(@Ctx() ctx: Context): Promise<LoggedOut> {
    return logoutEverywhere(ctx);
  }

  @Mutation(() => ChangePasswordResult, {
    nullable: true,
    description: "Changes the signed-in account's password; every other session is revoked. Wrong current passwords count as failed logins." + THROTTLED_NOTE,
  })
  changePassword(@Arg("input", () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<typeof ChangePasswordResult> {
    return runMutation(() => changePassword(ctx, input));
  }
}
