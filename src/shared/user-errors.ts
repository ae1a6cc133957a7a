/** Typed user errors shared by every module. */
import { Field, Int, ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "./errors.js";

/** An input value failed validation; `path` names the field. */
@ObjectType({ implements: UserError, description: "An input value failed validation; `path` names the field." })
export class InvalidInput extends UserError {
  static at(path: string[], message: string): InvalidInput {
    return Object.assign(new InvalidInput(), { code: ErrorCode.INVALID_INPUT, message, path });
  }
}

/** The object an input names does not exist or is not the caller's; both read the same, so ids leak nothing. */
@ObjectType({ implements: UserError, description: "The object an input names does not exist or is not visible to you; `path` names the field." })
export class NotFound extends UserError {
  static at(path: string[], message: string): NotFound {
    return Object.assign(new NotFound(), { code: ErrorCode.NOT_FOUND, message, path });
  }
}

/** The object changed since the client read it: `version` was stale. Nothing was written. */
@ObjectType({ implements: UserError, description: "The object changed since you read it (stale `version`); nothing was written. Reload and retry." })
export class VersionConflict extends UserError {
  @Field(() => Int, { description: "The version the object has now." })
  currentVersion: number;

  static of(path: string[], currentVersion: number): VersionConflict {
    return Object.assign(new VersionConflict(), {
      code: ErrorCode.VERSION_CONFLICT,
      message: `it was changed by someone else (now at version ${currentVersion}); reload and retry`,
      path,
      currentVersion,
    });
  }
}

/** An idempotency key came back with different input: it names another request, so nothing was done. */
@ObjectType({ implements: UserError, description: "This idempotency key was already used with different input; nothing was done. Use a new key for a new request." })
export class IdempotencyKeyReused extends UserError {
  static at(path: string[]): IdempotencyKeyReused {
    return Object.assign(new IdempotencyKeyReused(), {
      code: ErrorCode.IDEMPOTENCY_KEY_REUSED,
      message: "this idempotency key was used with different input",
      path,
    });
  }
}

/** The payment provider could not be reached: nothing happened, and the same request may be sent again. */
@ObjectType({
  implements: UserError,
  description:
    "The payment provider could not be reached. Nothing happened: no order, charge, refund or change of state, and the idempotency key is unused, so the same request (same key) may be sent again later; what the provider did meanwhile is reconciled then, never done twice.",
})
export class PaymentProviderUnavailable extends UserError {
  @Field({ description: "Always true: the same request may succeed later." })
  retryable: boolean;

  static of(reason: string): PaymentProviderUnavailable {
    return Object.assign(new PaymentProviderUnavailable(), { code: ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, message: reason, retryable: true });
  }
}
