import { describe, expect, it } from "vitest";
import { canTransition, holdsAllocation, nextStates, ORDER_STATES, type OrderState } from "../src/modules/orders/order-state.js";

describe("order state machine", () => {
  it("follows the happy path", () => {
    const path: OrderState[] = ["PLACED", "PAYMENT_AUTHORIZED", "PAYMENT_SETTLED", "SHIPPED", "DELIVERED", "PARTIALLY_REFUNDED", "REFUNDED"];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i]), `${path[i - 1]} → ${path[i]}`).toBe(true);
  });

  it("allows cancelling exactly the states before shipment", () => {
    const cancellable = ORDER_STATES.filter((s) => canTransition(s, "CANCELLED"));
    expect(cancellable).toEqual(["PLACED", "PAYMENT_AUTHORIZED", "PAYMENT_SETTLED"]);
    expect(cancellable.every(holdsAllocation)).toBe(true);
  });

  it("refuses going backwards, skipping shipment, and leaving final states", () => {
    expect(canTransition("PAYMENT_SETTLED", "PLACED")).toBe(false);
    expect(canTransition("PAYMENT_SETTLED", "DELIVERED")).toBe(false);
    expect(canTransition("SHIPPED", "CANCELLED")).toBe(false);
    expect(nextStates("DELIVERED")).toEqual(["PARTIALLY_REFUNDED", "REFUNDED"]);
    expect(nextStates("CANCELLED")).toEqual([]);
    for (const s of ORDER_STATES) expect(canTransition(s, s)).toBe(false);
  });
});

describe("refunds in the state machine", () => {
  it("refunds only what was paid, and nothing after a full refund", () => {
    const refundable = ORDER_STATES.filter((s) => canTransition(s, "REFUNDED"));
    expect(refundable).toEqual(["PAYMENT_SETTLED", "SHIPPED", "DELIVERED", "PARTIALLY_REFUNDED"]);
    expect(nextStates("REFUNDED")).toEqual([]);
    expect(canTransition("PLACED", "PARTIALLY_REFUNDED")).toBe(false);
    expect(canTransition("PAYMENT_AUTHORIZED", "REFUNDED")).toBe(false);
  });
});
