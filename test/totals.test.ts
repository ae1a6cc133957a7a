import { describe, expect, it } from "vitest";
import { allocate, applyBasisPoints, divideHalfUp, includedTax } from "../src/modules/pricing/rounding.js";
import { computeTotals } from "../src/modules/pricing/totals.js";
import { MAX_LINES, MAX_QUANTITY } from "../src/modules/cart/cart.inputs.js";
import { MAX_MINOR } from "../src/shared/currency.js";

describe("rounding", () => {
  it("rounds half up, once", () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(4n, 2n)).toBe(2n);
    expect(divideHalfUp(7n, 3n)).toBe(2n);
    expect(divideHalfUp(8n, 3n)).toBe(3n);
    expect(applyBasisPoints(1005, 1000)).toBe(101); // 100.5 → 101
    expect(applyBasisPoints(1004, 1000)).toBe(100); // 100.4 → 100
    expect(() => divideHalfUp(-1n, 2n)).toThrow(RangeError);
  });

  it("stays exact beyond 2^53 intermediate products", () => {
    expect(applyBasisPoints(9_000_000_000_000, 9_999)).toBe(8_999_100_000_000);
  });

  it("allocates exactly, largest remainders first, earlier lines on ties", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [333, 333, 334])).toEqual([3, 3, 4]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    expect(allocate(7, [0, 0])).toEqual([0, 0]);
    const parts = allocate(999, [17, 29, 1, 1000, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(999);
  });

  it("extracts included tax", () => {
    expect(includedTax(1200, 2000)).toBe(200); // 12.00 at 20 % holds 2.00
    expect(includedTax(999, 2000)).toBe(166); // net 832.5 → 833, tax 166
    expect(includedTax(0, 2000)).toBe(0);
  });
});

describe("totals", () => {
  const shipping = { price: 495, freeAbove: 5000 };

  it("adds tax on top of tax-exclusive prices", () => {
    const t = computeTotals({ lines: [{ unitPrice: 1999, quantity: 2 }, { unitPrice: 350, quantity: 1 }], discounts: [], shipping, taxRateBps: 2000, pricesIncludeTax: false });
    expect(t).toMatchObject({ subtotal: 4348, discount: 0, shipping: 495, tax: 870 + 99, total: 4348 + 495 + 969 });
    expect(t.lineTaxes).toEqual([800, 70]); // 799.6 → 800, 70
  });

  it("reports tax contained in tax-inclusive prices without adding it", () => {
    const t = computeTotals({ lines: [{ unitPrice: 1200, quantity: 3 }], discounts: [], shipping: null, taxRateBps: 2000, pricesIncludeTax: true });
    expect(t).toMatchObject({ subtotal: 3600, tax: 600, total: 3600, shipping: 0 });
  });

  it("spreads a percentage discount over the lines before tax and caps fixed discounts at the subtotal", () => {
    const t = computeTotals({ lines: [{ unitPrice: 1000, quantity: 1 }, { unitPrice: 333, quantity: 1 }], discounts: [{ kind: "percentage", bps: 1500 }], shipping: null, taxRateBps: 1000, pricesIncludeTax: false });
    expect(t.discount).toBe(200); // 199.95 → 200
    expect(t.lineDiscounts).toEqual([150, 50]);
    expect(t.lineTaxes).toEqual([85, 28]); // 85, 28.3 → 28
    expect(t.total).toBe(1333 - 200 + 113);
    const capped = computeTotals({ lines: [{ unitPrice: 500, quantity: 1 }], discounts: [{ kind: "fixed", amount: 2000 }], shipping: { price: 495 }, taxRateBps: 0, pricesIncludeTax: false });
    expect(capped).toMatchObject({ discount: 500, total: 495 });
  });

  it("makes shipping free above the threshold, measured after discounts, or with a free-shipping coupon", () => {
    const above = computeTotals({ lines: [{ unitPrice: 5000, quantity: 1 }], discounts: [], shipping, taxRateBps: 0, pricesIncludeTax: false });
    expect(above.shipping).toBe(0);
    const belowAfterDiscount = computeTotals({ lines: [{ unitPrice: 5000, quantity: 1 }], discounts: [{ kind: "fixed", amount: 1 }], shipping, taxRateBps: 0, pricesIncludeTax: false });
    expect(belowAfterDiscount.shipping).toBe(495);
    const coupon = computeTotals({ lines: [{ unitPrice: 100, quantity: 1 }], discounts: [{ kind: "freeShipping" }], shipping, taxRateBps: 0, pricesIncludeTax: false });
    expect(coupon.shipping).toBe(0);
  });

  it("taxes shipping at the same rate", () => {
    const t = computeTotals({ lines: [{ unitPrice: 100, quantity: 1 }], discounts: [], shipping: { price: 495 }, taxRateBps: 2000, pricesIncludeTax: false });
    expect(t.shippingTax).toBe(99);
    expect(t.total).toBe(100 + 495 + 20 + 99);
  });

  it("stays exact at the largest cart: every line at the largest price and quantity, 100 % tax, the largest shipping", () => {
    const lines = Array.from({ length: MAX_LINES }, () => ({ unitPrice: MAX_MINOR, quantity: MAX_QUANTITY }));
    const t = computeTotals({ lines, discounts: [{ kind: "fixed", amount: 1 }], shipping: { price: MAX_MINOR }, taxRateBps: 10_000, pricesIncludeTax: false });
    const subtotal = BigInt(MAX_LINES) * BigInt(MAX_QUANTITY) * BigInt(MAX_MINOR);
    const tax = subtotal - 1n + BigInt(MAX_MINOR);
    expect(BigInt(t.subtotal)).toBe(subtotal);
    expect(BigInt(t.tax)).toBe(tax);
    expect(BigInt(t.total)).toBe(subtotal - 1n + BigInt(MAX_MINOR) + tax);
    expect(Number.isSafeInteger(t.total)).toBe(true);
  });

  it("throws rather than round a total beyond Number.MAX_SAFE_INTEGER", () => {
    expect(() => computeTotals({ lines: [{ unitPrice: Number.MAX_SAFE_INTEGER, quantity: 2 }], discounts: [], shipping: null, taxRateBps: 0, pricesIncludeTax: false })).toThrow(RangeError);
  });
});
