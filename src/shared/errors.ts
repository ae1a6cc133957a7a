/** Error codes and helpers: expected outcomes are typed values, exceptional ones coded GraphQL errors. */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Field, InterfaceType, registerEnumType } from "type-graphql";

/** Codes of typed user errors returned inside mutation result unions. */
export enum ErrorCode {
  INVALID_INPUT = "INVALID_INPUT",
  /** The object named by an id does not exist or is not visible to the caller (the two are indistinguishable). */
  NOT_FOUND = "NOT_FOUND",
  EMAIL_TAKEN = "EMAIL_TAKEN",
  WEAK_PASSWORD = "WEAK_PASSWORD",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  INVALID_TOKEN = "INVALID_TOKEN",
  EMAIL_ALREADY_VERIFIED = "EMAIL_ALREADY_VERIFIED",
  ADDRESS_LIMIT_REACHED = "ADDRESS_LIMIT_REACHED",
  ROLE_NAME_TAKEN = "ROLE_NAME_TAKEN",
  PERMISSION_NOT_HELD = "PERMISSION_NOT_HELD",
  CANNOT_MODIFY_SELF = "CANNOT_MODIFY_SELF",
  SLUG_TAKEN = "SLUG_TAKEN",
  SKU_TAKEN = "SKU_TAKEN",
  VERSION_CONFLICT = "VERSION_CONFLICT",
  INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK",
  EMPTY_CART = "EMPTY_CART",
  CHECKOUT_INCOMPLETE = "CHECKOUT_INCOMPLETE",
  COUPON_UNAVAILABLE = "COUPON_UNAVAILABLE",
  COUPON_CODE_TAKEN = "COUPON_CODE_TAKEN",
  PAYMENT_DECLINED = "PAYMENT_DECLINED",
  PAYMENT_PROVIDER_UNAVAILABLE = "PAYMENT_PROVIDER_UNAVAILABLE",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
  ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION",
  TOO_MANY_UNPAID_ORDERS = "TOO_MANY_UNPAID_ORDERS",
  QUANTITY_LIMIT_EXCEEDED = "QUANTITY_LIMIT_EXCEEDED",
  WEBHOOK_URL_NOT_ALLOWED = "WEBHOOK_URL_NOT_ALLOWED",
}
registerEnumType(ErrorCode, { name: "ErrorCode", description: "Machine-readable reason of a user error." });

/** An expected failure the client should show to its user. */
@InterfaceType({ description: "An expected failure of a mutation, returned as data rather than as a GraphQL error." })
export abstract class UserError {
  @Field(() => ErrorCode)
  code: ErrorCode;

  @Field()
  message: string;

  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [\"input\", \"name\"]." })
  path?: string[];
}

/** Codes of GraphQL errors that are safe to show to clients as they are. */
export const PUBLIC_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "THROTTLED",
  "MAX_COST_EXCEEDED",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** A coded GraphQL error, e.g. `codedError("FORBIDDEN", "Not allowed")`. */
export function codedError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The client-facing form of an error that is not one of the public codes. */
export const MASKED_ERROR: GraphQLFormattedError = {
  message: "Internal server error",
  extensions: { code: "INTERNAL_SERVER_ERROR" },
};

/** graphql-js's hints ("Did you mean "name"?"), which name schema members the caller did not ask about. */
const SUGGESTION = / ?Did you mean .+\?$/s;

/**
 * Keeps public coded errors, replaces everything else by MASKED_ERROR (no stack, SQL or driver
 * text). With `hideSuggestions` (production) public messages lose graphql-js's suggestions, from
 * validation and variable coercion alike.
 */
export function maskError(formatted: GraphQLFormattedError, options: { hideSuggestions?: boolean } = {}): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: options.hideSuggestions ? formatted.message.replace(SUGGESTION, "") : formatted.message, extensions };
  }
  return { ...MASKED_ERROR, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
}

/** Whether a client-facing error was masked, i.e. hides a bug or an outage that must be logged. */
export function isMasked(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === "INTERNAL_SERVER_ERROR";
}
