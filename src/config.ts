/** Environment → typed, validated configuration, read once at start. */
import { checkEmail } from "./modules/identity/email.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./modules/identity/password-policy.js";
import { currencyOf, type Currency } from "./shared/currency.js";
import type { LeaseOptions } from "./shared/bucket-leases.js";
import type { BucketLimits } from "./shared/leaky-bucket.js";
import { parseRetrySchedule, type WebhookConfig } from "./modules/webhooks/webhook-config.js";
import type { StripeSettings } from "./modules/payments/stripe/stripe-provider.js";
import { parsePaymentMethods, parseShippingMethods, parseTaxRates, type CommerceConfig, type Parsed } from "./modules/pricing/commerce-config.js";
import { DEFAULT_PREPARED_PER_CONNECTION } from "./db/prepared-statements.js";

export type NodeEnv = "development" | "production" | "test";

export interface Config {
  nodeEnv: NodeEnv;
  production: boolean;
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded server is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  /** Statements each database connection keeps prepared (src/db/prepared-statements.ts); 0 prepares none. */
  preparedStatements: number;
  logLevel: string;
  introspection: boolean;
  playground: boolean;
  bodyLimitBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Runs of an operation on graphql-js before it may run compiled (see src/graphql/execution-router.ts). */
  compileAfter: number;
  /** Anonymous catalog answers kept in memory (src/graphql/response-cache.ts); 0 MB turns it off. */
  responseCache: { maxBytes: number; ttlMs: number };
  /** How long browsers and CDNs may keep an anonymous catalog read sent by GET (0: never). */
  catalogCacheSeconds: number;
  corsOrigins: string[] | "*";
  shutdownTimeoutMs: number;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` entries are believed (0: none). */
  trustProxy: number;
  /** The super-admin created on first start when no staff exists. */
  admin: { email: string; password: string } | undefined;
  mail: MailConfig;
  /** Links mailed to customers; `{token}` is replaced by the single-use token. */
  emailVerificationUrl: string;
  passwordResetUrl: string;
  /** The storefront's order-status page, mailed with each order confirmation; `{token}` is replaced by an order-status token. */
  orderStatusUrl: string;
  /** The server's address as clients reach it, without a trailing slash; makes image URLs absolute. */
  publicUrl: string | undefined;
  /** Whether cookies (session, guest cart) get `Secure`: on in production, where the site is served over HTTPS. */
  secureCookies: boolean;
  /** The one currency the shop sells in. */
  shopCurrency: Currency;
  /** Tax, shipping, payment methods and unpaid-order expiry. */
  commerce: CommerceConfig;
  /** Stripe's keys and API host; set exactly when PAYMENT_METHODS lists stripe. */
  stripe: StripeSettings | undefined;
  cost: CostConfig;
  jobs: JobsConfig;
  /** Outgoing webhooks (src/modules/webhooks/). */
  webhooks: WebhookConfig;
  /** How committed events reach the subscriptions of every instance (src/modules/events/event-bus.ts). */
  events: EventsConfig;
}

/** The event bus: PostgreSQL LISTEN/NOTIFY, or Redis pub/sub on `redisUrl` (REDIS_URL). */
export type EventsConfig = { bus: "postgres" } | { bus: "redis"; redisUrl: string };

/** Outgoing mail (src/mail/). */
export interface MailConfig {
  transport: "database" | "smtp" | "none";
  /** `smtp://` or `smtps://` with credentials; set exactly when `transport` is smtp. */
  smtpUrl: string | undefined;
  /** The `From` of every message. */
  from: string;
  /** A folder whose template files replace the shipped ones of the same name (src/mail/templates.ts). */
  templatesDir: string | undefined;
  /** The shop's name, as mail shows it. */
  shopName: string;
  /** The language tag amounts and dates in mail are formatted for, e.g. de-DE. */
  locale: string;
}

/** The job runner (src/worker/): in the server process unless turned off for a separate `npm run worker`. */
export interface JobsConfig {
  inServer: boolean;
  /** Jobs one runner works on at once. */
  concurrency: number;
  /** A runner silent this long is presumed dead and its jobs are handed to others. */
  leaseSeconds: number;
  /** Days an event (and a consumer's record of it) is kept after it happened. */
  eventRetentionDays: number;
}

/** Query cost (src/graphql/cost-budget.ts): `maxQueryCost` 0 turns it off, `buckets` absent turns off the buckets. */
export interface CostConfig {
  maxQueryCost: number;
  buckets: { visitor: BucketLimits; staff: BucketLimits } | undefined;
  /** How long the difference between an operation's requested and actual cost may wait to be settled with others. */
  settleAfterMs: number;
  /** The share of a bucket an instance takes at once and spends without a statement, and how long an unused one is kept. */
  leases: LeaseOptions;
  /** Buckets in Redis instead of PostgreSQL. */
  redisUrl: string | undefined;
}

/** Thrown for a bad environment variable; its message is the one line printed before exit 1. */
export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`Invalid environment variable ${variable}: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const lower = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(lower)) return true;
  if (["0", "false", "no", "off"].includes(lower)) return false;
  throw new ConfigError(name, "true or false", raw);
}

function readEnum<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, `one of ${allowed.join(", ")}`, raw);
  return raw as T;
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL", "a postgresql:// URL", "<unparseable URL>");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError("DATABASE_URL", "a postgresql:// URL", `${url.protocol}//…`);
  }
  return raw;
}

function readOrigins(env: Env, production: boolean): string[] | "*" {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return production ? [] : "*";
  if (raw === "*") return "*";
  const origins = raw.split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) throw new ConfigError("CORS_ORIGINS", "comma-separated origins like https://shop.example", raw);
  }
  return origins;
}

function readLinkTemplate(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let url: URL | undefined;
  try {
    url = new URL(raw.replace("{token}", "token"));
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || raw.split("{token}").length !== 2) {
    throw new ConfigError(name, "an http(s) URL containing {token} once", raw);
  }
  return raw;
}

function readPublicUrl(env: Env): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new ConfigError("PUBLIC_URL", "an http(s) URL without query or fragment, like https://api.shop.example", raw);
  }
  return url.href.replace(/\/+$/, "");
}

/** Both or neither; the password is never echoed in an error. */
function readAdmin(env: Env): Config["admin"] {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email && !password) return undefined;
  if (!email) throw new ConfigError("ADMIN_EMAIL", "an email address when ADMIN_PASSWORD is set", "");
  if (!password) throw new ConfigError("ADMIN_PASSWORD", "a password when ADMIN_EMAIL is set", "");
  const checked = checkEmail(email);
  if ("problem" in checked) throw new ConfigError("ADMIN_EMAIL", "an email address", email);
  if (passwordProblem(password)) throw new ConfigError("ADMIN_PASSWORD", `a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`, "<hidden>");
  return { email: checked.value, password };
}

function readCurrency(env: Env): Currency {
  const raw = env.SHOP_CURRENCY?.trim();
  if (!raw) return currencyOf("EUR")!;
  const currency = currencyOf(raw.toUpperCase());
  if (!currency) throw new ConfigError("SHOP_CURRENCY", "an ISO 4217 currency code such as EUR", raw);
  return currency;
}

function parsed<T>(name: string, raw: string | undefined, result: Parsed<T>): T {
  if ("expected" in result) throw new ConfigError(name, result.expected, raw ?? "");
  return result.value;
}

function readCommerce(env: Env, production: boolean, currency: Currency): CommerceConfig {
  return {
    pricesIncludeTax: readBool(env, "PRICES_INCLUDE_TAX", true),
    taxRates: parsed("TAX_RATES", env.TAX_RATES, parseTaxRates(env.TAX_RATES)),
    shippingMethods: parsed("SHIPPING_METHODS", env.SHIPPING_METHODS, parseShippingMethods(env.SHIPPING_METHODS, currency)),
    paymentMethods: parsed("PAYMENT_METHODS", env.PAYMENT_METHODS, parsePaymentMethods(env.PAYMENT_METHODS, production)),
    captureOn: readEnum(env, "CAPTURE_ON", "placement", ["placement", "shipment"]),
    unpaidOrderTtlMinutes: readInt(env, "UNPAID_ORDER_TTL_MINUTES", 60, 1, 30 * 24 * 60),
    unpaidOrdersPerBuyer: readInt(env, "UNPAID_ORDERS_PER_BUYER", 2, 1, 100),
    unpaidOrdersPerAddress: readInt(env, "UNPAID_ORDERS_PER_ADDRESS", 4, 1, 1000),
    unpaidLineStockPercent: readInt(env, "UNPAID_ORDER_STOCK_PERCENT", 25, 1, 100),
    orderExpiryIntervalMinutes: readInt(env, "ORDER_EXPIRY_INTERVAL_MINUTES", 1, 1, 60),
    lowStockThreshold: readInt(env, "LOW_STOCK_THRESHOLD", 5, 0, 1_000_000),
  };
}

/** The keys are never echoed in an error. */
function readStripe(env: Env, commerce: CommerceConfig): StripeSettings | undefined {
  const secretKey = env.STRIPE_SECRET_KEY?.trim();
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim();
  const rawBase = env.STRIPE_API_BASE?.trim();
  const timeoutMs = readInt(env, "STRIPE_TIMEOUT_MS", 10_000, 100, 60_000);
  if (!commerce.paymentMethods.includes("stripe")) return undefined;
  if (!secretKey || !/^(sk|rk)_[A-Za-z0-9_]+$/.test(secretKey)) throw new ConfigError("STRIPE_SECRET_KEY", "a Stripe secret key (sk_…) when PAYMENT_METHODS lists stripe", secretKey ? "<hidden>" : "");
  if (!webhookSecret || !/^whsec_[A-Za-z0-9_]+$/.test(webhookSecret)) throw new ConfigError("STRIPE_WEBHOOK_SECRET", "the webhook signing secret (whsec_…) when PAYMENT_METHODS lists stripe", webhookSecret ? "<hidden>" : "");
  let apiBase: URL | undefined;
  if (rawBase) {
    try {
      apiBase = new URL(rawBase);
    } catch {
      apiBase = undefined;
    }
    if (!apiBase || !["http:", "https:"].includes(apiBase.protocol) || apiBase.pathname !== "/") throw new ConfigError("STRIPE_API_BASE", "an http(s) URL of a host and port, like http://127.0.0.1:12111", rawBase);
  }
  return { secretKey, webhookSecret, apiBase, timeoutMs };
}

function readRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  if (!/^rediss?:\/\/[^\s]+$/.test(raw)) throw new ConfigError("REDIS_URL", "a redis:// or rediss:// URL", "<not a redis URL>");
  return raw;
}

function readEvents(env: Env): EventsConfig {
  const bus = readEnum(env, "EVENT_BUS", "postgres", ["postgres", "redis"] as const);
  if (bus === "postgres") return { bus };
  const redisUrl = readRedisUrl(env);
  if (!redisUrl) throw new ConfigError("EVENT_BUS", "postgres unless REDIS_URL is set", bus);
  return { bus, redisUrl };
}

function readCost(env: Env): CostConfig {
  const maxQueryCost = readInt(env, "MAX_QUERY_COST", 2000, 0, 1_000_000);
  const size = readInt(env, "COST_BUCKET_SIZE", 2000, 0, 1_000_000_000);
  const staffSize = readInt(env, "STAFF_COST_BUCKET_SIZE", 10_000, 0, 1_000_000_000);
  // A bucket smaller than the largest operation would refuse that operation for ever.
  if (size > 0 && size < maxQueryCost) throw new ConfigError("COST_BUCKET_SIZE", `0 or at least MAX_QUERY_COST (${maxQueryCost})`, String(size));
  if (size > 0 && staffSize < size) throw new ConfigError("STAFF_COST_BUCKET_SIZE", `at least COST_BUCKET_SIZE (${size})`, String(staffSize));
  const visitor = { size, restorePerSecond: readInt(env, "COST_RESTORE_RATE", 100, 1, 1_000_000_000) };
  const staff = { size: staffSize, restorePerSecond: readInt(env, "STAFF_COST_RESTORE_RATE", 500, 1, 1_000_000_000) };
  const settleAfterMs = readInt(env, "COST_SETTLE_MS", 50, 1, 10_000);
  // More than half a bucket leased by one instance would leave too little for the others.
  const leases = { percent: readInt(env, "COST_LEASE_PERCENT", 5, 0, 50), idleMs: readInt(env, "COST_LEASE_MS", 1000, 10, 60_000) };
  return { maxQueryCost, buckets: size > 0 && maxQueryCost > 0 ? { visitor, staff } : undefined, settleAfterMs, leases, redisUrl: readRedisUrl(env) };
}

/** The SMTP URL is never echoed in an error: it carries the password. */
function readSmtpUrl(env: Env, transport: MailConfig["transport"]): string | undefined {
  const raw = env.SMTP_URL?.trim();
  if (transport !== "smtp") return undefined;
  let url: URL | undefined;
  try {
    url = raw ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !["smtp:", "smtps:"].includes(url.protocol) || !url.hostname) throw new ConfigError("SMTP_URL", "an smtp:// or smtps:// URL when MAIL_TRANSPORT is smtp", raw ? "<hidden>" : "");
  return raw;
}

function readMail(env: Env, production: boolean): MailConfig {
  const transport = readEnum<MailConfig["transport"]>(env, "MAIL_TRANSPORT", production ? "none" : "database", ["database", "smtp", "none"]);
  const shopName = env.SHOP_NAME?.trim() || "Larder";
  if (shopName.length > 100 || /[\p{Cc}]/u.test(shopName)) throw new ConfigError("SHOP_NAME", "one line of at most 100 characters", shopName);
  const locale = env.SHOP_LOCALE?.trim() || "en";
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) || Intl.NumberFormat.supportedLocalesOf(locale).length === 0) throw new ConfigError("SHOP_LOCALE", "a language tag such as en or de-DE", locale);
  const from = env.MAIL_FROM?.trim() || `"${shopName.replace(/["\\]/g, "")}" <no-reply@localhost>`;
  if (/[\r\n]/.test(from)) throw new ConfigError("MAIL_FROM", "one line, e.g. Shop <shop@example.com>", from);
  return { transport, smtpUrl: readSmtpUrl(env, transport), from, templatesDir: env.MAIL_TEMPLATES_DIR?.trim() || undefined, shopName, locale };
}

function readWebhooks(env: Env): WebhookConfig {
  return {
    allowPrivateNetworks: readBool(env, "WEBHOOK_ALLOW_PRIVATE_NETWORKS", false),
    retrySchedule: parsed("WEBHOOK_RETRY_SCHEDULE", env.WEBHOOK_RETRY_SCHEDULE, parseRetrySchedule(env.WEBHOOK_RETRY_SCHEDULE)),
    connectTimeoutMs: readInt(env, "WEBHOOK_CONNECT_TIMEOUT_MS", 5000, 100, 60_000),
    timeoutMs: readInt(env, "WEBHOOK_TIMEOUT_MS", 10_000, 100, 60_000),
    maxResponseBytes: readInt(env, "WEBHOOK_MAX_RESPONSE_KB", 64, 1, 10_240) * 1024,
    disableAfterDays: readInt(env, "WEBHOOK_DISABLE_AFTER_DAYS", 5, 0, 365),
    disableMinFailures: readInt(env, "WEBHOOK_DISABLE_MIN_FAILURES", 5, 1, 1_000_000),
  };
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Reads and validates the whole configuration; throws ConfigError on the first bad variable. */
/** The process's configuration; a bad variable ends the process with exit code 1 and its one line on stderr. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** Variables that were replaced: a deployment still setting one would otherwise silently lose its setting. */
const REPLACED: Record<string, string> = { ORDER_EXPIRY_INTERVAL_SECONDS: "ORDER_EXPIRY_INTERVAL_MINUTES" };

export function loadConfig(env: Env = process.env): Config {
  for (const [old, replacement] of Object.entries(REPLACED)) {
    if (env[old] !== undefined && env[old] !== "") throw new ConfigError(old, `nothing (replaced by ${replacement})`, env[old]);
  }
  const nodeEnv = readEnum<NodeEnv>(env, "NODE_ENV", "development", ["development", "production", "test"]);
  const production = nodeEnv === "production";
  const shopCurrency = readCurrency(env);
  const commerce = readCommerce(env, production, shopCurrency);
  return {
    nodeEnv,
    production,
    host: env.HOST?.trim() || "127.0.0.1",
    port: readInt(env, "PORT", 4000, 0, 65535),
    databaseUrl: readDatabaseUrl(env),
    dataDir: env.DATA_DIR?.trim() || ".data",
    embeddedPgPort: readInt(env, "EMBEDDED_PG_PORT", 54329, 1024, 65535),
    preparedStatements: readInt(env, "DATABASE_PREPARED_STATEMENTS", DEFAULT_PREPARED_PER_CONNECTION, 0, 10000),
    logLevel: readEnum(env, "LOG_LEVEL", nodeEnv === "test" ? "silent" : "info", LOG_LEVELS),
    introspection: readBool(env, "INTROSPECTION", !production),
    playground: readBool(env, "PLAYGROUND", !production),
    bodyLimitBytes: readInt(env, "BODY_LIMIT_BYTES", 100 * 1024, 1024, 50 * 1024 * 1024),
    maxDepth: readInt(env, "MAX_QUERY_DEPTH", 12, 1, 100),
    maxAliases: readInt(env, "MAX_QUERY_ALIASES", 30, 0, 1000),
    maxTokens: readInt(env, "MAX_QUERY_TOKENS", 5000, 10, 100000),
    compileAfter: readInt(env, "GRAPHQL_COMPILE_AFTER", 1, 0, 1000000),
    responseCache: { maxBytes: readInt(env, "RESPONSE_CACHE_MB", 64, 0, 65536) * 1024 * 1024, ttlMs: readInt(env, "RESPONSE_CACHE_TTL_SECONDS", 60, 1, 86400) * 1000 },
    catalogCacheSeconds: readInt(env, "CATALOG_CACHE_SECONDS", 60, 0, 86400),
    corsOrigins: readOrigins(env, production),
    shutdownTimeoutMs: readInt(env, "SHUTDOWN_TIMEOUT_MS", 10000, 0, 600000),
    trustProxy: readInt(env, "TRUST_PROXY", 0, 0, 10),
    admin: readAdmin(env),
    mail: readMail(env, production),
    emailVerificationUrl: readLinkTemplate(env, "EMAIL_VERIFICATION_URL", "http://localhost:3000/account/verify-email?token={token}"),
    passwordResetUrl: readLinkTemplate(env, "PASSWORD_RESET_URL", "http://localhost:3000/account/reset-password?token={token}"),
    orderStatusUrl: readLinkTemplate(env, "ORDER_STATUS_URL", "http://localhost:3000/orders/status?token={token}"),
    publicUrl: readPublicUrl(env),
    secureCookies: production,
    shopCurrency,
    commerce,
    stripe: readStripe(env, commerce),
    cost: readCost(env),
    jobs: {
      inServer: readBool(env, "JOBS_IN_SERVER", true),
      concurrency: readInt(env, "JOB_CONCURRENCY", 4, 1, 100),
      leaseSeconds: readInt(env, "JOB_RUNNER_LEASE_SECONDS", 30, 3, 3600),
      eventRetentionDays: readInt(env, "EVENT_RETENTION_DAYS", 30, 1, 3650),
    },
    webhooks: readWebhooks(env),
    events: readEvents(env),
  };
}
