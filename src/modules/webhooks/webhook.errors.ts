/** The user error of an endpoint URL that outgoing requests may not go to. */
import { ObjectType } from "type-graphql";
import { ErrorCode, UserError } from "../../shared/errors.js";

@ObjectType({ implements: UserError, description: "The URL's host is, or resolves to, an address webhooks may not be sent to (loopback, private, link-local, …). Nothing was changed." })
export class WebhookUrlNotAllowed extends UserError {
  static at(path: string[], message: string): WebhookUrlNotAllowed {
    return Object.assign(new WebhookUrlNotAllowed(), { code: ErrorCode.WEBHOOK_URL_NOT_ALLOWED, message, path });
  }
}
