import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("config", () => {
  it("has development defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: "development", port: 4000, databaseUrl: undefined, introspection: true, playground: true, corsOrigins: "*" });
  });

  it("locks production down unless told otherwise", () => {
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ introspection: false, playground: false, corsOrigins: [] });
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true", PLAYGROUND: "1" })).toMatchObject({ introspection: true, playground: true });
  });

  it.each([
    ["PORT", "abc", 'Invalid environment variable PORT: expected an integer from 0 to 65535, got "abc"'],
    ["PORT", "70000", 'Invalid environment variable PORT: expected an integer from 0 to 65535, got "70000"'],
    ["NODE_ENV", "prod", 'Invalid environment variable NODE_ENV: expected one of development, production, test, got "prod"'],
    ["INTROSPECTION", "maybe", 'Invalid environment variable INTROSPECTION: expected true or false, got "maybe"'],
    ["DATABASE_URL", "mysql://x", 'Invalid environment variable DATABASE_URL: expected a postgresql:// URL, got "mysql://…"'],
    ["CORS_ORIGINS", "https://a.example/path", 'Invalid environment variable CORS_ORIGINS: expected comma-separated origins like https://shop.example, got "https://a.example/path"'],
    ["SHOP_CURRENCY", "EURO", 'Invalid environment variable SHOP_CURRENCY: expected an ISO 4217 currency code such as EUR, got "EURO"'],
    ["LOG_LEVEL", "loud", 'Invalid environment variable LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    ["TRUST_PROXY", "true", 'Invalid environment variable TRUST_PROXY: expected an integer from 0 to 10, got "true"'],
    ["GRAPHQL_COMPILE_AFTER", "-1", 'Invalid environment variable GRAPHQL_COMPILE_AFTER: expected an integer from 0 to 1000000, got "-1"'],
    ["RESPONSE_CACHE_MB", "lots", 'Invalid environment variable RESPONSE_CACHE_MB: expected an integer from 0 to 65536, got "lots"'],
    ["RESPONSE_CACHE_TTL_SECONDS", "0", 'Invalid environment variable RESPONSE_CACHE_TTL_SECONDS: expected an integer from 1 to 86400, got "0"'],
    ["MAIL_TRANSPORT", "sendmail", 'Invalid environment variable MAIL_TRANSPORT: expected one of database, smtp, none, got "sendmail"'],
    ["MAIL_TRANSPORT", "smtp", 'Invalid environment variable SMTP_URL: expected an smtp:// or smtps:// URL when MAIL_TRANSPORT is smtp, got ""'],
    ["SHOP_LOCALE", "not a locale", 'Invalid environment variable SHOP_LOCALE: expected a language tag such as en or de-DE, got "not a locale"'],
    ["DATABASE_PREPARED_STATEMENTS", "-1", 'Invalid environment variable DATABASE_PREPARED_STATEMENTS: expected an integer from 0 to 10000, got "-1"'],
    ["JOB_CONCURRENCY", "0", 'Invalid environment variable JOB_CONCURRENCY: expected an integer from 1 to 100, got "0"'],
    ["PASSWORD_RESET_URL", "https://shop.example/reset", 'Invalid environment variable PASSWORD_RESET_URL: expected an http(s) URL containing {token} once, got "https://shop.example/reset"'],
    ["EMAIL_VERIFICATION_URL", "javascript:{token}", 'Invalid environment variable EMAIL_VERIFICATION_URL: expected an http(s) URL containing {token} once, got "javascript:{token}"'],
    ["PUBLIC_URL", "api.shop.example", 'Invalid environment variable PUBLIC_URL: expected an http(s) URL without query or fragment, like https://api.shop.example, got "api.shop.example"'],
    ["PUBLIC_URL", "https://api.shop.example/?v=1", 'Invalid environment variable PUBLIC_URL: expected an http(s) URL without query or fragment, like https://api.shop.example, got "https://api.shop.example/?v=1"'],
    ["ADMIN_EMAIL", "root@example.test", 'Invalid environment variable ADMIN_PASSWORD: expected a password when ADMIN_EMAIL is set, got ""'],
    ["ADMIN_PASSWORD", "long enough password", 'Invalid environment variable ADMIN_EMAIL: expected an email address when ADMIN_PASSWORD is set, got ""'],
  ])("rejects %s=%s with a one-line message naming it", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("reads the identity settings", () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: 0, admin: undefined, mail: { transport: "database" } });
    expect(loadConfig({ NODE_ENV: "production" }).mail.transport).toBe("none");
    expect(loadConfig({ TRUST_PROXY: "2", ADMIN_EMAIL: " Root@Example.test ", ADMIN_PASSWORD: "long enough password" })).toMatchObject({
      trustProxy: 2,
      admin: { email: "root@example.test", password: "long enough password" },
    });
  });

  it("checks the super-admin's email and password, and never echoes the password", () => {
    expect(() => loadConfig({ ADMIN_EMAIL: "root", ADMIN_PASSWORD: "long enough password" })).toThrow('Invalid environment variable ADMIN_EMAIL: expected an email address, got "root"');
    expect(() => loadConfig({ ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: "secret" })).toThrow(
      'Invalid environment variable ADMIN_PASSWORD: expected a password of 10 to 256 characters, got "<hidden>"',
    );
  });

  it("sells in EUR unless SHOP_CURRENCY names another ISO 4217 currency", () => {
    expect(loadConfig({}).shopCurrency).toEqual({ code: "EUR", digits: 2 });
    expect(loadConfig({ SHOP_CURRENCY: "jpy" }).shopCurrency).toEqual({ code: "JPY", digits: 0 });
  });

  it("reads the cost limits: buckets at least as big as the largest operation, 0 turning them off", () => {
    const visitor = { size: 2000, restorePerSecond: 100 };
    expect(loadConfig({}).cost).toEqual({ maxQueryCost: 2000, buckets: { visitor, staff: { size: 10_000, restorePerSecond: 500 } }, settleAfterMs: 50, leases: { percent: 5, idleMs: 1000 }, redisUrl: undefined });
    expect(loadConfig({ COST_BUCKET_SIZE: "0" }).cost.buckets).toBeUndefined();
    expect(loadConfig({ MAX_QUERY_COST: "0" }).cost).toMatchObject({ maxQueryCost: 0, buckets: undefined });
    expect(() => loadConfig({ COST_BUCKET_SIZE: "1999" })).toThrow('Invalid environment variable COST_BUCKET_SIZE: expected 0 or at least MAX_QUERY_COST (2000), got "1999"');
    expect(() => loadConfig({ STAFF_COST_BUCKET_SIZE: "1999" })).toThrow('Invalid environment variable STAFF_COST_BUCKET_SIZE: expected at least COST_BUCKET_SIZE (2000), got "1999"');
    expect(loadConfig({ MAX_QUERY_COST: "1000", COST_BUCKET_SIZE: "1000", STAFF_COST_BUCKET_SIZE: "1000" }).cost.buckets?.visitor.size).toBe(1000);
    expect(loadConfig({ COST_BUCKET_SIZE: "1000000000", COST_RESTORE_RATE: "1000000000", STAFF_COST_BUCKET_SIZE: "1000000000" }).cost.buckets?.visitor).toEqual({ size: 1e9, restorePerSecond: 1e9 });
    expect(() => loadConfig({ COST_RESTORE_RATE: "1000000001" })).toThrow('Invalid environment variable COST_RESTORE_RATE: expected an integer from 1 to 1000000000, got "1000000001"');
    expect(loadConfig({ COST_LEASE_PERCENT: "0", COST_LEASE_MS: "250" }).cost.leases).toEqual({ percent: 0, idleMs: 250 });
    expect(() => loadConfig({ COST_LEASE_PERCENT: "51" })).toThrow('Invalid environment variable COST_LEASE_PERCENT: expected an integer from 0 to 50, got "51"');
    expect(() => loadConfig({ COST_LEASE_PERCENT: "2.5" })).toThrow('Invalid environment variable COST_LEASE_PERCENT: expected an integer from 0 to 50, got "2.5"');
    expect(() => loadConfig({ COST_LEASE_MS: "0" })).toThrow('Invalid environment variable COST_LEASE_MS: expected an integer from 10 to 60000, got "0"');
    expect(loadConfig({ REDIS_URL: "redis://:secret@cache:6379/0" }).cost.redisUrl).toBe("redis://:secret@cache:6379/0");
    expect(() => loadConfig({ REDIS_URL: "http://:secret@cache" })).toThrow('Invalid environment variable REDIS_URL: expected a redis:// or rediss:// URL, got "<not a redis URL>"');
  });

  it("reads PUBLIC_URL without its trailing slash, and has none by default", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: "https://shop.example/api/" }).publicUrl).toBe("https://shop.example/api");
  });

  it("never echoes a database URL, which may hold a password", () => {
    expect(() => loadConfig({ DATABASE_URL: "not a url with secret" })).toThrow('got "<unparseable URL>"');
  });

  it("reads the SMTP URL only for MAIL_TRANSPORT=smtp and never echoes it", () => {
    expect(loadConfig({ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://shop:secret@mail.example:587" }).mail).toMatchObject({ transport: "smtp", smtpUrl: "smtp://shop:secret@mail.example:587" });
    expect(() => loadConfig({ MAIL_TRANSPORT: "smtp", SMTP_URL: "http://shop:secret@mail.example" })).toThrow('SMTP_URL: expected an smtp:// or smtps:// URL when MAIL_TRANSPORT is smtp, got "<hidden>"');
    expect(loadConfig({ SMTP_URL: "smtp://ignored" }).mail.smtpUrl).toBeUndefined();
  });

  it("needs Stripe's keys when PAYMENT_METHODS lists stripe, never echoes them, and allows stripe in production", () => {
    expect(() => loadConfig({ PAYMENT_METHODS: "stripe" })).toThrow("STRIPE_SECRET_KEY");
    expect(() => loadConfig({ PAYMENT_METHODS: "stripe", STRIPE_SECRET_KEY: "sk_live_x1", STRIPE_WEBHOOK_SECRET: "nope" })).toThrow('STRIPE_WEBHOOK_SECRET: expected the webhook signing secret (whsec_…) when PAYMENT_METHODS lists stripe, got "<hidden>"');
    expect(() => loadConfig({ PAYMENT_METHODS: "stripe", STRIPE_SECRET_KEY: "sk_live_x1", STRIPE_WEBHOOK_SECRET: "whsec_x", STRIPE_API_BASE: "ftp://x" })).toThrow("STRIPE_API_BASE");
    const config = loadConfig({ NODE_ENV: "production", PAYMENT_METHODS: "stripe,manual", STRIPE_SECRET_KEY: "sk_live_x1", STRIPE_WEBHOOK_SECRET: "whsec_x", CAPTURE_ON: "shipment" });
    expect(config.commerce.paymentMethods).toEqual(["stripe", "manual"]);
    expect(config.commerce.captureOn).toBe("shipment");
    expect(config.stripe).toMatchObject({ secretKey: "sk_live_x1", apiBase: undefined, timeoutMs: 10_000 });
    expect(loadConfig({}).stripe).toBeUndefined();
    expect(() => loadConfig({ CAPTURE_ON: "never" })).toThrow("CAPTURE_ON");
  });

  it("is documented: docs/configuration.md has one table naming every variable it reads", () => {
    const read = new Set<string>();
    loadConfig(new Proxy({}, { get: (_target, name) => (typeof name === "string" && read.add(name), undefined) }));
    const lines = readFileSync("docs/configuration.md", "utf8").split("\n");
    const start = lines.findIndex((line) => line.startsWith("| variable |"));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith("|"));
    const documented = lines.slice(start + 2, end).flatMap((row) => [...row.split("|")[1]!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!));
    expect(documented.sort()).toEqual([...read].sort());
  });

  it("accepts the production example of docs/configuration.md", () => {
    const command = /```sh\n([\s\S]*?) npm start\n```/.exec(readFileSync("docs/configuration.md", "utf8"))![1]!.replace(/\\\n\s*/g, "");
    const env = Object.fromEntries([...command.matchAll(/([A-Z_]+)=('[^']*'|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^'|'$/g, "")]));
    expect(Object.keys(env)).toHaveLength(6);
    expect(loadConfig(env)).toMatchObject({ production: true, host: "0.0.0.0", corsOrigins: ["https://shop.example"], trustProxy: 1 });
  });
});
