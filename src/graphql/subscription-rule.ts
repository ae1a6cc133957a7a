/** A validation rule for schemas without a Subscription type, shared by the HTTP and WebSocket transports. */
import { GraphQLError, OperationTypeNode, type ValidationRule } from "graphql";

/**
 * Refuses a subscription operation while the schema has no subscriptions: graphql-js's standard
 * rules let it through and only its execution fails, as an internal error.
 */
export const subscriptionNeedsSchema: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError("The schema has no subscriptions.", { nodes: node }));
    }
  },
});
