/** Results of ending sessions and changing one's password (customers and staff alike). */
import { Field, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { InvalidCredentials, WeakPassword } from "./identity.errors.js";

@ObjectType({ description: "Sessions were ended; the session cookie, if any, is cleared." })
export class LoggedOut {
  @Field(() => Int, { description: "How many live sessions were revoked." })
  sessionsRevoked: number;
}

export const LogoutResult = createUnionType({ name: "LogoutResult", types: () => [LoggedOut] as const });
export const LogoutEverywhereResult = createUnionType({ name: "LogoutEverywhereResult", types: () => [LoggedOut] as const });

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String, { description: "10 to 256 characters." })
  newPassword: string;
}

@ObjectType({ description: "The password was changed and every other session of the account revoked." })
export class PasswordChanged {
  @Field(() => Int)
  sessionsRevoked: number;
}

export const ChangePasswordResult = createUnionType({
  name: "ChangePasswordResult",
  types: () => [PasswordChanged, InvalidCredentials, WeakPassword] as const,
});
