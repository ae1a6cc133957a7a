/** Typed user errors of the identity module. */
import { Field, ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";
import { Permission } from "./permission.js";

function make<T extends UserError>(error: T, code: ErrorCode, message: string, path?: string[]): T {
  return Object.assign(error, { code, message, path });
}

@ObjectType({ implements: UserError, description: "An account with this email already exists." })
export class EmailTaken extends UserError {
  static at(path: string[]): EmailTaken {
    return make(new EmailTaken(), ErrorCode.EMAIL_TAKEN, "An account with this email already exists", path);
  }
}

@ObjectType({ implements: UserError, description: "The new password does not meet the password rules (10 to 256 characters)." })
export class WeakPassword extends UserError {
  static at(path: string[], message: string): WeakPassword {
    return make(new WeakPassword(), ErrorCode.WEAK_PASSWORD, message, path);
  }
}

@ObjectType({ implements: UserError, description: "The email or password is wrong. Which one is never said." })
export class InvalidCredentials extends UserError {
  static create(message = "The email or password is wrong", path?: string[]): InvalidCredentials {
    return make(new InvalidCredentials(), ErrorCode.INVALID_CREDENTIALS, message, path);
  }
}

@ObjectType({ implements: UserError, description: "The token is unknown, expired or already used." })
export class InvalidToken extends UserError {
  static at(path: string[]): InvalidToken {
    return make(new InvalidToken(), ErrorCode.INVALID_TOKEN, "This link is invalid or has expired; ask for a new one", path);
  }
}

@ObjectType({ implements: UserError, description: "The email address is already verified." })
export class EmailAlreadyVerified extends UserError {
  static create(): EmailAlreadyVerified {
    return make(new EmailAlreadyVerified(), ErrorCode.EMAIL_ALREADY_VERIFIED, "Your email address is already verified");
  }
}

@ObjectType({ implements: UserError, description: "The address book is full." })
export class AddressLimitReached extends UserError {
  static create(limit: number): AddressLimitReached {
    return make(new AddressLimitReached(), ErrorCode.ADDRESS_LIMIT_REACHED, `An address book holds at most ${limit} addresses`);
  }
}

@ObjectType({ implements: UserError, description: "Another role already has this name." })
export class RoleNameTaken extends UserError {
  static at(path: string[]): RoleNameTaken {
    return make(new RoleNameTaken(), ErrorCode.ROLE_NAME_TAKEN, "Another role already has this name", path);
  }
}

@ObjectType({ implements: UserError, description: "Staff cannot grant, or manage holders of, permissions they do not hold themselves." })
export class PermissionNotHeld extends UserError {
  @Field(() => [Permission], { description: "The permissions involved that you do not hold." })
  permissions: Permission[];

  static at(path: string[], permissions: Permission[], message: string): PermissionNotHeld {
    return Object.assign(make(new PermissionNotHeld(), ErrorCode.PERMISSION_NOT_HELD, message, path), { permissions });
  }
}

@ObjectType({ implements: UserError, description: "Staff cannot do this to their own account (it would lock them out)." })
export class CannotModifySelf extends UserError {
  static at(path: string[], message: string): CannotModifySelf {
    return make(new CannotModifySelf(), ErrorCode.CANNOT_MODIFY_SELF, message, path);
  }
}
