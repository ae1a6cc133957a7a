/** Staff operations on orders: transition, fulfil, cancel. */
import type { Context } from "../../context.js";
import { transaction } from "../../db/tx.js";
import { parseGlobalId } from "../../shared/global-id.js";
import { checkSingleLine } from "../../shared/text.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { InsufficientStock } from "../inventory/inventory.errors.js";
import { readOrder } from "./order-read.js";
import { transitionOrder, type TransitionRequest } from "./order-transitions.service.js";
import {
  IllegalTransition,
  OrderUpdated,
  type CancelOrderInput,
  type CancelOrderResult,
  type FulfilOrderInput,
  type FulfilOrderResult,
  type TransitionOrderInput,
  type TransitionOrderResult,
} from "./order.inputs.js";

const MAX_NOTE = 500;

function staffId(ctx: Context): string {
  if (ctx.viewer.kind !== "staff") throw new Error("order operations must be guarded by an ORDERS_WRITE rule");
  return ctx.viewer.staffId;
}

/** An optional one-line text, trimmed ("" when absent), or InvalidInput. */
function optionalText(value: string | null | undefined, field: string, max: number): string | InvalidInput {
  if (value == null || value.trim() === "") return "";
  const checked = checkSingleLine(value, field, max);
  return "problem" in checked ? InvalidInput.at(["input", field], checked.problem) : checked.value;
}

async function run(ctx: Context, globalId: string, request: TransitionRequest): Promise<OrderUpdated | InvalidInput | NotFound | IllegalTransition | InsufficientStock> {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== "Order") return InvalidInput.at(["input", "orderId"], "not a valid Order id");
  const outcome = await transaction(ctx.db, (tx) => transitionOrder(tx, parsed.id, request));
  switch (outcome.kind) {
    case "notFound":
      return NotFound.at(["input", "orderId"], "no such order");
    case "illegal":
      return IllegalTransition.of(outcome.from, outcome.to, outcome.allowed);
    case "insufficientStock":
      return InsufficientStock.of(["input", "orderId"], outcome.shortages);
    case "done":
      return Object.assign(new OrderUpdated(), { order: await readOrder(ctx, outcome.orderId) });
  }
}

/** Moves an order to a payment state or to DELIVERED (or CANCELLED, like cancelOrder). */
export async function transitionOrderAsStaff(ctx: Context, input: TransitionOrderInput): Promise<typeof TransitionOrderResult> {
  if (input.to === "SHIPPED") return InvalidInput.at(["input", "to"], "use fulfilOrder to ship: it needs a tracking code");
  const note = optionalText(input.note, "note", MAX_NOTE);
  if (note instanceof InvalidInput) return note;
  return run(ctx, input.orderId, { to: input.to, staffId: staffId(ctx), note });
}

/** Ships a paid order: its allocated units leave stock (SALE) and the tracking code is kept. */
export async function fulfilOrder(ctx: Context, input: FulfilOrderInput): Promise<typeof FulfilOrderResult> {
  const tracking = checkSingleLine(input.trackingCode, "trackingCode", 100);
  if ("problem" in tracking) return InvalidInput.at(["input", "trackingCode"], tracking.problem);
  const note = optionalText(input.note, "note", MAX_NOTE);
  if (note instanceof InvalidInput) return note;
  return run(ctx, input.orderId, { to: "SHIPPED", staffId: staffId(ctx), note, trackingCode: tracking.value });
}

/** Cancels an order that has not shipped, releasing its stock and coupon uses. */
export async function cancelOrder(ctx: Context, input: CancelOrderInput): Promise<typeof CancelOrderResult> {
  const note = optionalText(input.reason, "reason", MAX_NOTE);
  if (note instanceof InvalidInput) return note;
  return run(ctx, input.orderId, { to: "CANCELLED", staffId: staffId(ctx), note, releaseReason: "ORDER_CANCELLED" });
}
