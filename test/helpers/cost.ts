/** Documents the cost tests share. */

/** `count` selections made by `make`, separated by spaces. */
export const aliases = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(" ");

/** The issue's 1.5 kB query: 7 aliases × a fragment with 7 more, products → collections → products → variants. */
export const SEVEN_BY_SEVEN = `query SevenBySeven { ${aliases(7, (i) => `p${i}: products(first: 100) { ...P }`)} }
fragment P on ProductConnection { nodes { title ${aliases(7, (i) => `c${i}: collections { products(first: 100) { nodes { title variants(first: 100) { nodes { sku price { amount currencyCode } } } } } }`)} } }`;

/** `count` anonymous writes in one mutation, 11 points each. */
export const greets = (count: number) => `mutation Greets { ${aliases(count, (i) => `g${i}: greet(input: { name: "n${i}" }) { __typename }`)} }`;

/** `extensions.cost` of an answer. */
export type Cost = { requestedQueryCost: number | null; actualQueryCost: number; throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } };
