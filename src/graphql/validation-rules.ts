/** The validation and parse limits shared by the HTTP and WebSocket transports. */
import { NoSchemaIntrospectionCustomRule, specifiedRules, type ParseOptions, type ValidationRule } from "graphql";
import type { Config } from "../config.js";
import { aliasLimit, depthLimit } from "./limits.js";
import { subscriptionNeedsSchema } from "./subscription-rule.js";

/** Rules added to graphql-js's standard ones (Apollo adds the standard ones itself). */
export function extraValidationRules(config: Config): ValidationRule[] {
  return [depthLimit(config.maxDepth), aliasLimit(config.maxAliases), subscriptionNeedsSchema];
}

/** Every rule a transport without Apollo must run, introspection switch included. */
export function allValidationRules(config: Config): ValidationRule[] {
  return [...specifiedRules, ...extraValidationRules(config), ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}

/** Parser limits: `maxTokens` stops a huge document before it becomes a huge AST. */
export function parseOptions(config: Config): ParseOptions {
  return { maxTokens: config.maxTokens };
}
