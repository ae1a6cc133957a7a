/** Payment fixtures over the real API: payment sessions, card orders, refunds, and reading an order's payment side. */
import { randomUUID } from "node:crypto";
import { graphql } from "../gql/index.js";
import { query } from "./database.js";
import type { TestServer } from "./server.js";

export const CreateSession = graphql(`
  mutation CreateSession($input: CreatePaymentSessionInput!) {
    createPaymentSession(input: $input) {
      __typename
      ... on PaymentSessionCreated {
        clientSecret
        amount {
          amount
          currencyCode
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export const PlaceCardOrder = graphql(`
  mutation PlaceCardOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderPlaced {
        order {
          id
          code
          state
          payment {
            state
            amountCaptured {
              amount
            }
          }
        }
      }
      ... on PaymentActionRequired {
        clientSecret
        order {
          id
          code
          state
          payment {
            state
          }
        }
      }
      ... on PaymentProviderUnavailable {
        retryable
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export const RefundOrder = graphql(`
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      __typename
      ... on OrderRefunded {
        order {
          state
          payment {
            state
            amountCaptured {
              amount
            }
            amountRefunded {
              amount
            }
          }
        }
        refund {
          amount {
            amount
          }
          shipping {
            amount
          }
          restocked
          lines {
            orderLineId
            quantity
            amount {
              amount
            }
          }
        }
      }
      ... on RefundExceedsCaptured {
        refundable {
          amount
        }
      }
      ... on UserError {
        code
        message
        path
      }
    }
  }
`);

export const OrderPayment = graphql(`
  query OrderPayment($code: String!) {
    order(code: $code) {
      state
      lines {
        id
        quantity
      }
      payment {
        provider
        state
        reference
        amount {
          amount
        }
        amountCaptured {
          amount
        }
        amountRefunded {
          amount
        }
        attempts {
          kind
          outcome
        }
      }
      refunds {
        amount {
          amount
        }
        reason
      }
    }
  }
`);

/** Asks for a Stripe payment session for the caller's cart. */
export function createSession(server: TestServer, headers: Record<string, string>) {
  return server.gql(CreateSession, { input: { paymentMethod: "stripe" } }, { headers });
}

/** Places the caller's cart paying with `method` and `token`. */
export function placeWith(server: TestServer, headers: Record<string, string>, method: string, token: string | null, idempotencyKey = randomUUID()) {
  return server.gql(PlaceCardOrder, { input: { idempotencyKey, paymentMethod: method, paymentToken: token } }, { headers });
}

/** Rows of the payment tables, to show a refused request changed nothing. */
export async function paymentCounts(server: TestServer): Promise<Record<string, number>> {
  const [row] = await query<Record<string, number>>(
    server.databaseUrl,
    `SELECT (SELECT count(*)::int FROM payment) AS payments, (SELECT count(*)::int FROM payment_attempt) AS attempts, (SELECT count(*)::int FROM refund) AS refunds,
            (SELECT coalesce(sum(amount_refunded), 0)::int FROM payment) AS refunded, (SELECT count(*)::int FROM provider_notification) AS notifications,
            (SELECT count(*)::int FROM event WHERE type = 'order.refunded') AS refund_events, (SELECT coalesce(sum(refunded_quantity), 0)::int FROM order_line) AS refunded_units`,
  );
  return row!;
}
