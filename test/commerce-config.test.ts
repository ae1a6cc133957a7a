import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { newOrderCode, normalizeOrderCode } from "../src/modules/orders/order-code.js";
import { uuidv7 } from "../src/shared/uuid.js";

describe("selling configuration", () => {
  it("has defaults that work out of the box: tax included, no tax rates, two shipping methods, test and manual payment", () => {
    expect(loadConfig({}).commerce).toEqual({
      pricesIncludeTax: true,
      taxRates: new Map(),
      shippingMethods: [
        { code: "standard", name: "Standard shipping", price: 490, freeAbove: 5000 },
        { code: "express", name: "Express shipping", price: 990, freeAbove: null },
      ],
      paymentMethods: ["test", "manual"],
      unpaidOrderTtlMinutes: 60,
      unpaidOrdersPerBuyer: 2,
      unpaidOrdersPerAddress: 4,
      unpaidLineStockPercent: 25,
      orderExpiryIntervalMinutes: 1,
      lowStockThreshold: 5,
    });
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ secureCookies: true, commerce: { paymentMethods: ["manual"] } });
  });

  it("reads tax rates per country with a default, shipping methods in the shop currency, and payment methods", () => {
    const config = loadConfig({
      TAX_RATES: "de:19, CH:8.1,*:0",
      SHIPPING_METHODS: "standard:Standard:5:60; pickup:Pick up in store:0",
      PAYMENT_METHODS: "manual",
      SHOP_CURRENCY: "CHF",
      PRICES_INCLUDE_TAX: "false",
      UNPAID_ORDER_TTL_MINUTES: "1440",
    }).commerce;
    expect(config.taxRates).toEqual(new Map([["DE", 1900], ["CH", 810], ["*", 0]]));
    expect(config.shippingMethods).toEqual([
      { code: "standard", name: "Standard", price: 500, freeAbove: 6000 },
      { code: "pickup", name: "Pick up in store", price: 0, freeAbove: null },
    ]);
    expect(config).toMatchObject({ paymentMethods: ["manual"], pricesIncludeTax: false, unpaidOrderTtlMinutes: 1440 });
    expect(loadConfig({ SHOP_CURRENCY: "JPY", SHIPPING_METHODS: "std:Standard:500" }).commerce.shippingMethods[0]!.price).toBe(500);
  });

  it.each([
    ["TAX_RATES", "DE=19"],
    ["TAX_RATES", "XX:19"],
    ["TAX_RATES", "DE:101"],
    ["TAX_RATES", "DE:19,DE:7"],
    ["TAX_RATES", "DE:19.999"],
    ["SHIPPING_METHODS", "standard:Standard"],
    ["SHIPPING_METHODS", "Standard:Standard:4.90"],
    ["SHIPPING_METHODS", "a:A:1;a:B:2"],
    ["SHIPPING_METHODS", "a:A:4.999"],
    ["SHIPPING_METHODS", "a:A:-1"],
    ["PAYMENT_METHODS", "cash"],
    ["UNPAID_ORDER_TTL_MINUTES", "0"],
    ["ORDER_EXPIRY_INTERVAL_MINUTES", "soon"],
    ["PRICES_INCLUDE_TAX", "maybe"],
  ])("rejects %s=%s naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(`Invalid environment variable ${name}`);
  });

  it("refuses a variable that was replaced, naming its replacement", () => {
    expect(() => loadConfig({ ORDER_EXPIRY_INTERVAL_SECONDS: "30" })).toThrow(
      'Invalid environment variable ORDER_EXPIRY_INTERVAL_SECONDS: expected nothing (replaced by ORDER_EXPIRY_INTERVAL_MINUTES), got "30"',
    );
  });

  it("refuses the test payment method in production, where it would hand out goods for free", () => {
    expect(() => loadConfig({ NODE_ENV: "production", PAYMENT_METHODS: "manual,test" })).toThrow("test is not allowed in production");
  });
});

describe("order codes", () => {
  it("are two groups of four unambiguous symbols, read back whatever the case and look-alikes", () => {
    const codes = new Set(Array.from({ length: 1000 }, newOrderCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeOrderCode(code.toLowerCase().replace("-", " "))).toBe(code);
    }
    expect(normalizeOrderCode("k7m2 9qxd")).toBe("K7M2-9QXD");
    expect(normalizeOrderCode("O1IL-0000")).toBe("0111-0000");
    expect(normalizeOrderCode("K7M2-9QXU")).toBeNull();
    expect(normalizeOrderCode("K7M2")).toBeNull();
  });
});

describe("uuidv7", () => {
  it("makes version 7 ids that sort by creation time", () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13)).toBe("018bcfe5-6800");
  });

  it("sorts ids made one after the other in their order, also within one millisecond", () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
