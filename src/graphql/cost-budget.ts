/**
 * The cost budget of every request: an operation is priced before it runs (requested-cost.ts),
 * refused above MAX_QUERY_COST, and taken from the caller's leaky bucket (one per session, or per
 * client address for anonymous callers; staff have a bigger one), refused with THROTTLED when the
 * bucket holds less than it. After it ran, the difference to its actual cost (actual-cost.ts) is
 * given back or charged. Each instance leases points from the shared buckets and spends them in
 * memory (bucket-leases.ts, which says what that guarantees), so a steady client costs a bucket
 * statement once per lease, not per request; give-backs without a lease are written a moment
 * later with those of other requests (bucket-settlements.ts).
 * Every response reports it all in `extensions.cost`. HTTP, WebSocket and the response cache
 * share this budget; a subscription pays when it starts and for each event it delivers
 * (subscription-execution.ts).
 */
import { execute, getOperationAST, type GraphQLError, type GraphQLFormattedError, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { CostConfig } from "../config.js";
import type { Context, Viewer } from "../context.js";
import type { CostExtension } from "../shared/cost.js";
import { codedError } from "../shared/errors.js";
import { BucketLeases } from "../shared/bucket-leases.js";
import { BucketSettlements } from "../shared/bucket-settlements.js";
import { secondsUntil, type BucketLimits, type BucketStore } from "../shared/leaky-bucket.js";
import { actualCost } from "./actual-cost.js";
import { isLimitError } from "./limits.js";
import { CostModel, MINIMUM_COST } from "./cost-model.js";
import { requestedCost } from "./requested-cost.js";

/** An operation allowed to run, and what it was charged. */
export interface Charge {
  key: string;
  limits: BucketLimits;
  requested: number;
  /** The bucket after the charge (undefined without buckets). */
  level: number | undefined;
}

/** Why an operation was refused before it ran; the transport turns it into its error. */
export interface Refusal {
  code: "MAX_COST_EXCEEDED" | "THROTTLED";
  message: string;
  extensions: Record<string, unknown>;
  /** The HTTP status of the answer. */
  status: number;
  retryAfterSeconds?: number;
}

/** How a refusal reads among an answer's errors. */
export function formattedRefusal(refusal: Refusal): GraphQLFormattedError {
  return { message: refusal.message, extensions: { ...refusal.extensions, code: refusal.code } };
}

/** A valid document refused before it ran, which can therefore be priced. */
export interface Priceable {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
}

/** `document` as `Priceable` when the limits alone refused it and its operation is known. */
export function priceableAfter(errors: readonly GraphQLError[], document: DocumentNode | undefined, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): Priceable | undefined {
  if (!document || errors.length === 0 || !errors.every(isLimitError)) return undefined;
  const operation = getOperationAST(document, operationName);
  return operation ? { document, operation, variables } : undefined;
}

/** Prices, charges and settles operations for one server; `store` undefined when buckets are off. */
export class CostBudget {
  private readonly model: CostModel;
  private readonly buckets: BucketLeases | undefined;

  /** `onError` hears of settlements that could not be written. */
  constructor(
    schema: GraphQLSchema,
    private readonly config: CostConfig,
    store: BucketStore | undefined,
    onError: (error: unknown) => void,
  ) {
    this.model = new CostModel(schema);
    this.buckets = store && new BucketLeases(store, new BucketSettlements(store, config.settleAfterMs, onError), config.leases);
  }

  /** Returns the leases and writes the settlements still waiting; the server calls it once no request runs, before the database closes. */
  close(): Promise<void> {
    return this.buckets?.close() ?? Promise.resolve();
  }

  private bucketOf(viewer: Viewer, address: string): { key: string; limits: BucketLimits } {
    const buckets = this.config.buckets;
    const limits = viewer.kind === "staff" ? buckets!.staff : buckets!.visitor;
    return { key: viewer.kind === "anonymous" ? `address:${address}` : `session:${viewer.sessionId}`, limits };
  }

  private report(requested: number | null, actual: number, limits: BucketLimits, level: number | undefined): CostExtension {
    const cost: CostExtension = { requestedQueryCost: requested, actualQueryCost: actual };
    if (level !== undefined) cost.throttleStatus = { maximumAvailable: limits.size, currentlyAvailable: Math.floor(level), restoreRate: limits.restorePerSecond };
    return cost;
  }

  private async take(viewer: Viewer, address: string, need: number, amount: number): Promise<{ granted: boolean; level: number | undefined; key: string; limits: BucketLimits }> {
    if (!this.buckets) return { granted: true, level: undefined, key: "", limits: { size: 0, restorePerSecond: 0 } };
    const bucket = this.bucketOf(viewer, address);
    return { ...bucket, ...(await this.buckets.take(bucket.key, need, amount, bucket.limits)) };
  }

  private throttled(requested: number, level: number, limits: BucketLimits): Refusal {
    const retryAfterSeconds = secondsUntil(requested, level, limits);
    return {
      code: "THROTTLED",
      message: `Throttled: this operation costs ${requested}, ${Math.floor(level)} of ${limits.size} points are available and ${limits.restorePerSecond} come back per second.`,
      extensions: { retryAfterSeconds },
      status: 429,
      retryAfterSeconds,
    };
  }

  private overMaximum(requested: number): Refusal {
    const max = this.config.maxQueryCost;
    return { code: "MAX_COST_EXCEEDED", message: `Query cost ${requested} exceeds the maximum of ${max}.`, extensions: { cost: requested, maximumCost: max }, status: 400 };
  }

  /**
   * Prices `operation` and takes it from the caller's bucket. Sets `ctx.meta.cost` when it is
   * refused; otherwise `settle` completes it after execution.
   */
  async open(ctx: Context, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Promise<Charge | Refusal> {
    const requested = requestedCost(this.model, document, operation, variables) ?? MINIMUM_COST;
    if (requested > this.config.maxQueryCost) {
      const { level, limits } = await this.take(ctx.viewer, ctx.client.address, 0, MINIMUM_COST);
      ctx.meta.cost = this.report(requested, MINIMUM_COST, limits, level);
      return this.overMaximum(requested);
    }
    const { granted, level, key, limits } = await this.take(ctx.viewer, ctx.client.address, requested, requested);
    if (granted) return { key, limits, requested, level };
    ctx.meta.cost = this.report(requested, 0, limits, level);
    return this.throttled(requested, level!, limits);
  }

  /**
   * The cost of what the operation returned; the difference to the charge goes to the lease, or
   * is settled a moment later. The level reported is the bucket's once it is.
   */
  settle(ctx: Context, charge: Charge, document: DocumentNode, operation: OperationDefinitionNode, data: Record<string, unknown> | null | undefined): CostExtension {
    const actual = actualCost(this.model, document, operation, data);
    const difference = actual - charge.requested;
    this.buckets?.settle(charge.key, difference, charge.limits);
    const level = charge.level === undefined ? undefined : Math.min(charge.limits.size, Math.max(0, charge.level - difference));
    return (ctx.meta.cost = this.report(charge.requested, actual, charge.limits, level));
  }

  /**
   * One event of a subscription, charged its actual cost after it ran. It is never refused: the
   * subscription paid to start, and an event it misses cannot be asked for again. What it takes
   * shows in the bucket, which the caller's next operations find the emptier.
   */
  async chargeEvent(ctx: Context, charge: Charge, document: DocumentNode, operation: OperationDefinitionNode, data: Record<string, unknown> | null | undefined): Promise<CostExtension> {
    const actual = actualCost(this.model, document, operation, data);
    const { level } = this.buckets ? await this.buckets.take(charge.key, 0, actual, charge.limits) : { level: undefined };
    return (ctx.meta.cost = this.report(charge.requested, actual, charge.limits, level));
  }

  /**
   * A request refused before it ran (its body, syntax, validation) is charged the minimum. One with
   * a valid document (refused by the depth or alias limits alone, or for a string no field takes)
   * is priced all the same, in time linear in the document as the limits are measured: its cost is
   * reported, and when it is above the maximum too, `overMaximum` says so, so that an expensive
   * document is refused naming its cost.
   */
  async chargeRefused(ctx: Context, priceable?: Priceable): Promise<{ cost: CostExtension; overMaximum?: Refusal }> {
    const requested = priceable ? (requestedCost(this.model, priceable.document, priceable.operation, priceable.variables) ?? null) : null;
    const { level, limits } = await this.take(ctx.viewer, ctx.client.address, 0, MINIMUM_COST);
    const cost = (ctx.meta.cost = this.report(requested, MINIMUM_COST, limits, level));
    return requested !== null && requested > this.config.maxQueryCost ? { cost, overMaximum: this.overMaximum(requested) } : { cost };
  }

  /**
   * An answer from the response cache costs the anonymous caller at `address` what it cost when it
   * ran: the caller needs the requested cost in the bucket and is charged the actual one.
   */
  async chargeCached(address: string, cost: CostExtension): Promise<{ cost: CostExtension; refusal?: Refusal }> {
    const requested = cost.requestedQueryCost ?? MINIMUM_COST;
    const { granted, level, limits } = await this.take({ kind: "anonymous" }, address, requested, cost.actualQueryCost);
    if (granted) return { cost: this.report(requested, cost.actualQueryCost, limits, level) };
    return { cost: this.report(requested, 0, limits, level), refusal: this.throttled(requested, level!, limits) };
  }

  /** graphql-js's execute with the budget, for transports without Apollo (WebSocket). */
  async execute(args: ExecutionArgs): Promise<ExecutionResult> {
    const ctx = args.contextValue as Context;
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return execute(args);
    const opened = await this.open(ctx, args.document, operation, args.variableValues ?? undefined);
    if ("code" in opened) {
      return { errors: [codedError(opened.code, opened.message, opened.extensions)], extensions: { cost: ctx.meta.cost } };
    }
    const result = await execute(args);
    return { ...result, extensions: { ...result.extensions, cost: this.settle(ctx, opened, args.document, operation, result.data) } };
  }
}
