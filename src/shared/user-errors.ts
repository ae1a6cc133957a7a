/** Typed user errors shared by every module. */
import { ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "./errors.js";

/** An input value failed validation; `path` names the field. */
@ObjectType({ implements: UserError, description: "An input value failed validation; `path` names the field." })
export class InvalidInput extends UserError {
  static at(path: string[], message: string): InvalidInput {
    return Object.assign(new InvalidInput(), { code: ErrorCode.INVALID_INPUT, message, path });
  }
}
