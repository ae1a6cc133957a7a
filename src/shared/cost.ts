/**
 * Cost declarations, written on the fields they describe (as GraphQL field extensions). The cost
 * model that reads them is src/graphql/operation-cost.ts; docs/api.md ("Cost") explains it.
 *
 * Only lists of objects need one: leaves cost 0, objects 1 plus their selection, and a field
 * taking `first`/`last` is a connection whose page size multiplies its `PerPageItem` fields.
 * A list of objects without a declaration stops the server at start.
 */
import { Extensions } from "type-graphql";

/** The extension key the declarations are stored under. */
export const COST_EXTENSION = "cost";

/** What a declaration says about its field. */
export type CostDeclaration =
  /** A list estimated at `size` items (the actual cost counts what came back). */
  | { listSize: number }
  /** A list with one item per entry of the list argument `argument`. */
  | { listSizeArgument: string }
  /** A field of a connection type that repeats for every item of the page (`nodes`, `edges`). */
  | { perPageItem: true };

const declare = (declaration: CostDeclaration) => Extensions({ [COST_EXTENSION]: declaration });

/** A list of objects estimated at `size` items: a typical answer, not a limit. */
export const ListCost = (size: number) => declare({ listSize: size });

/** A list of objects with one item per entry of the list argument `argument` (e.g. `nodes(ids:)`). */
export const ListCostOfArgument = (argument: string) => declare({ listSizeArgument: argument });

/** A field of a connection type repeated for every item of the page. */
export const PerPageItem = () => declare({ perPageItem: true });

/** `extensions.cost` of a response (named as Shopify's, which clients may already read). */
export interface CostExtension {
  /** The cost priced from the document before it ran; null when it could not be priced (invalid). */
  requestedQueryCost: number | null;
  /** What the bucket was charged: the cost of what was returned, 1 for a request that ran nothing, 0 when throttled. */
  actualQueryCost: number;
  /** Absent when buckets are off (COST_BUCKET_SIZE=0). */
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}
