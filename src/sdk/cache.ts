/**
 * Apollo Client's InMemoryCache set up for the Larder API, from what codegen read in its schema
 * (generated/cache-shape.ts, generated/possible-types.ts), so no client writes a type policy:
 * - `possibleTypes`, so fragments on interfaces and unions (`... on UserError`) match;
 * - every connection field pages (both `edges` and `nodes`), one list per set of other arguments;
 * - every list of objects is replaced by the server's answer (never merged item by item);
 * - every object without an `id` (Money, Totals, PageInfo, …) merges into the one it replaces.
 */
import { InMemoryCache, type TypePolicies } from "@apollo/client";
import { connectionFields, objectListFields, valueTypes } from "./generated/cache-shape.js";
import { possibleTypes } from "./possible-types.js";
import { connectionPolicy } from "./pagination.js";

/** The type policies this API needs (see above); `createLarderCache` uses them. */
export function larderTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  const fieldsOf = (type: string) => ((policies[type] ??= {}).fields ??= {});
  for (const type of valueTypes) (policies[type] ??= {}).merge = true;
  for (const [type, fields] of Object.entries(objectListFields)) {
    for (const field of fields) fieldsOf(type)[field] = { merge: false };
  }
  for (const [type, fields] of Object.entries(connectionFields)) {
    for (const [field, keyArgs] of Object.entries(fields)) fieldsOf(type)[field] = connectionPolicy(keyArgs);
  }
  return policies;
}

/** A new cache for an ApolloClient talking to Larder. */
export function createLarderCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies: larderTypePolicies() });
}
