/** A validation rule of the HTTP transport: subscriptions run over WebSocket only (ws.ts). */
import { GraphQLError, OperationTypeNode, type ValidationRule } from "graphql";

/**
 * Refuses a subscription operation over HTTP before it runs: graphql-js would execute it like a
 * query, once, without an event, and a response of one result cannot carry a stream anyway.
 */
export const subscriptionNeedsWebSocket: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(new GraphQLError("Subscriptions run over WebSocket (graphql-ws on /graphql), not over HTTP.", { nodes: node }));
    }
  },
});
