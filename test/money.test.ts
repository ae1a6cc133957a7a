import { describe, expect, it } from "vitest";
import { currencyOf, formatMinor, MAX_MINOR } from "../src/shared/currency.js";
import { ShopCurrency } from "../src/shared/money.js";

describe("money", () => {
  it("knows each currency's minor digits", () => {
    expect(currencyOf("EUR")).toEqual({ code: "EUR", digits: 2 });
    expect(currencyOf("JPY")).toEqual({ code: "JPY", digits: 0 });
    expect(currencyOf("KWD")).toEqual({ code: "KWD", digits: 3 });
    for (const bad of ["eur", "EURO", "XYZ", "", "E1R"]) expect(currencyOf(bad)).toBeNull();
  });

  it("formats minor units as a decimal string, never through a float", () => {
    expect(formatMinor(1999, 2)).toBe("19.99");
    expect(formatMinor(5, 2)).toBe("0.05");
    expect(formatMinor(0, 2)).toBe("0.00");
    expect(formatMinor(-250, 2)).toBe("-2.50");
    expect(formatMinor(1999, 0)).toBe("1999");
    expect(formatMinor(1, 3)).toBe("0.001");
    expect(formatMinor(2_147_483_647, 2)).toBe("21474836.47");
    expect(formatMinor(Number.MAX_SAFE_INTEGER, 2)).toBe("90071992547409.91");
  });

  it("makes each amount's Money once, shared and frozen, and stays right past the amounts it keeps", () => {
    const euro = new ShopCurrency(currencyOf("EUR")!);
    const price = euro.money(1999);
    expect(price).toEqual({ amount: "19.99", currencyCode: "EUR" });
    expect(euro.money(1999)).toBe(price);
    expect(() => Object.assign(price, { amount: "0.01" })).toThrow(TypeError);
    expect(euro.money(-0)).toEqual({ amount: "0.00", currencyCode: "EUR" });
    expect(euro.money(-250)).toEqual({ amount: "-2.50", currencyCode: "EUR" });
    // More distinct amounts than it keeps: each one is still its own amount.
    for (let minor = 0; minor < 25_000; minor += 1) expect(euro.money(minor).amount).toBe(formatMinor(minor, 2));
    expect(euro.money(1999)).toEqual({ amount: "19.99", currencyCode: "EUR" });
    const yen = new ShopCurrency(currencyOf("JPY")!);
    expect(yen.money(1999)).toEqual({ amount: "1999", currencyCode: "JPY" });
  });

  it("parses decimal amounts in the shop currency", () => {
    const euro = new ShopCurrency(currencyOf("EUR")!);
    expect(euro.parseAmount("19.99")).toEqual({ minor: 1999 });
    expect(euro.parseAmount(" 7 ")).toEqual({ minor: 700 });
    expect(euro.parseAmount("0.1")).toEqual({ minor: 10 });
    expect(euro.parseAmount("1.005")).toEqual({ problem: "must have at most 2 decimal places for EUR" });
    for (const bad of ["-1", "1e3", "1,50", "", ".5", "0x10", "NaN", "Infinity"]) expect(euro.parseAmount(bad)).toHaveProperty("problem");
    expect(euro.parseAmount("100000000.00")).toEqual({ minor: MAX_MINOR });
    expect(euro.parseAmount("100000000.01")).toEqual({ problem: "must be at most 100000000.00" });
    expect(euro.parseAmount("999999999999.99")).toEqual({ problem: "must be at most 100000000.00" });
    expect(euro.parseAmount(`${"9".repeat(400)}.00`)).toEqual({ problem: "must be at most 100000000.00" });
    expect(euro.parseAmount("0000000000000000001.00")).toEqual({ minor: 100 });
    const yen = new ShopCurrency(currencyOf("JPY")!);
    expect(yen.parseAmount("1500")).toEqual({ minor: 1500 });
    expect(yen.parseAmount("1500.5")).toEqual({ problem: "must have at most 0 decimal places for JPY" });
    expect(yen.money(1500)).toEqual({ amount: "1500", currencyCode: "JPY" });
    expect(yen.parseAmount("10000000000")).toEqual({ minor: MAX_MINOR });
    expect(yen.parseAmount("10000000001")).toEqual({ problem: "must be at most 10000000000" });
  });
});
