/** Staff operations on orders: transition, fulfil, cancel. */
import type { Context } from "../../context.js";
import type { UserError } from "../../shared/errors.js";
import { idOf, line, optionalLine, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { NotFound } from "../../shared/user-errors.js";
import { InsufficientStock } from "../inventory/inventory.errors.js";
import { readOrder } from "./order-read.js";
import { transitionOrder, type TransitionOutcome, type TransitionRequest } from "./order-transitions.service.js";
import { IllegalTransition, OrderUpdated, type CancelOrderInput, type FulfilOrderInput, type TransitionOrderInput } from "./order.inputs.js";

const MAX_NOTE = 500;

function staffId(ctx: Context): string {
  if (ctx.viewer.kind !== "staff") throw new Error("order operations must be guarded by an ORDERS_WRITE rule");
  return ctx.viewer.staffId;
}

/** An optional note, trimmed ("" when absent or blank). */
function note(value: string | null | undefined, field: string): string {
  return optionalLine(value, ["input", field], MAX_NOTE) ?? "";
}

/** The typed user error of an outcome other than "done". */
export function refusal(outcome: Exclude<TransitionOutcome, { kind: "done" }>): UserError {
  switch (outcome.kind) {
    case "notFound":
      return NotFound.at(["input", "orderId"], "no such order");
    case "illegal":
      return IllegalTransition.of(outcome.from, outcome.to, outcome.allowed);
    case "insufficientStock":
      return InsufficientStock.of(["input", "orderId"], outcome.shortages);
    case "refused":
      return outcome.error;
  }
}

async function run(ctx: Context, globalId: string, request: TransitionRequest): Promise<OrderUpdated> {
  const orderId = idOf(globalId, "Order", ["input", "orderId"]);
  // A refusal writes nothing (the transition decides before it changes anything), so the transaction commits either way.
  const outcome = await ctx.sql.transaction((tx) => transitionOrder(tx, orderId, { ...request, beforeMove: ctx.services.onOrderMove }));
  if (outcome.kind !== "done") throw new Rejection(refusal(outcome));
  return Object.assign(new OrderUpdated(), { order: await readOrder(ctx, outcome.orderId) });
}

/** Moves an order to a payment state or to DELIVERED (or CANCELLED, like cancelOrder). */
export async function transitionOrderAsStaff(ctx: Context, input: TransitionOrderInput): Promise<OrderUpdated> {
  if (input.to === "SHIPPED") reject(["input", "to"], "use fulfilOrder to ship: it needs a tracking code");
  if (input.to === "PARTIALLY_REFUNDED" || input.to === "REFUNDED") reject(["input", "to"], "use refundOrder: a refund moves money at the provider");
  return run(ctx, input.orderId, { to: input.to, staffId: staffId(ctx), note: note(input.note, "note") });
}

/** Ships a paid order: its allocated units leave stock (SALE) and the tracking code is kept. */
export async function fulfilOrder(ctx: Context, input: FulfilOrderInput): Promise<OrderUpdated> {
  const trackingCode = line(input.trackingCode, ["input", "trackingCode"], 100);
  return run(ctx, input.orderId, { to: "SHIPPED", staffId: staffId(ctx), note: note(input.note, "note"), trackingCode });
}

/** Cancels an order that has not shipped, releasing its stock and coupon uses. */
export async function cancelOrder(ctx: Context, input: CancelOrderInput): Promise<OrderUpdated> {
  return run(ctx, input.orderId, { to: "CANCELLED", staffId: staffId(ctx), note: note(input.reason, "reason"), releaseReason: "ORDER_CANCELLED" });
}
