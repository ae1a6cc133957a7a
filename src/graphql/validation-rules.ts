/** The validation and parse limits shared by the HTTP and WebSocket transports. */
import { NoSchemaIntrospectionCustomRule, specifiedRules, type ParseOptions, type ValidationRule } from "graphql";
import type { Config } from "../config.js";
import { aliasLimit, depthLimit } from "./limits.js";
import { subscriptionNeedsWebSocket } from "./subscription-rule.js";

function limitRules(config: Config): ValidationRule[] {
  return [depthLimit(config.maxDepth), aliasLimit(config.maxAliases)];
}

/** Rules Apollo adds to graphql-js's standard ones over HTTP, where subscriptions are refused. */
export function extraValidationRules(config: Config): ValidationRule[] {
  return [...limitRules(config), subscriptionNeedsWebSocket];
}

/** Every rule the WebSocket transport runs, introspection switch included. */
export function allValidationRules(config: Config): ValidationRule[] {
  return [...specifiedRules, ...limitRules(config), ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}

/** Parser limits: `maxTokens` stops a huge document before it becomes a huge AST. */
export function parseOptions(config: Config): ParseOptions {
  return { maxTokens: config.maxTokens };
}
