/** Staff managing coupons. */
import type { Context } from "../../context.js";
import { transaction } from "../../db/tx.js";
import { parseGlobalId } from "../../shared/global-id.js";
import type { ShopCurrency } from "../../shared/money.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { violatedUniqueIndex } from "../catalog/catalog.errors.js";
import { CouponCodeTaken } from "./coupon.errors.js";
import { COUPON_COLUMNS, normalizeCouponCode, type CouponRow } from "./coupon-rules.js";
import { CouponConnection, CouponCreated, CouponUpdated, toCoupon, type CreateCouponInput, type CreateCouponResult, type UpdateCouponInput, type UpdateCouponResult } from "./coupon.types.js";

const MAX_LIMIT = 1_000_000_000;

function amountAt(currency: ShopCurrency, value: string, field: string): number | InvalidInput {
  const parsed = currency.parseAmount(value);
  return "problem" in parsed ? InvalidInput.at(["input", field], `${field} ${parsed.problem}`) : parsed.minor;
}

function percentBps(value: string): number | InvalidInput {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  const bps = match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : NaN;
  return bps >= 1 && bps <= 10_000 ? bps : InvalidInput.at(["input", "percentOff"], 'percentOff must be from 0.01 to 100 with at most two decimals, e.g. "12.5"');
}

function limitProblem(value: number | null | undefined, field: string): InvalidInput | null {
  return value == null || (Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT) ? null : InvalidInput.at(["input", field], `${field} must be from 1 to ${MAX_LIMIT}`);
}

function windowProblem(startsAt: Date | null, endsAt: Date | null): InvalidInput | null {
  return startsAt && endsAt && startsAt >= endsAt ? InvalidInput.at(["input", "endsAt"], "endsAt must be after startsAt") : null;
}

/** Creates a coupon; its kind and value are fixed from then on. */
export async function createCoupon(ctx: Context, input: CreateCouponInput): Promise<typeof CreateCouponResult> {
  const code = normalizeCouponCode(input.code);
  if (!/^[A-Z0-9_-]{1,64}$/.test(code)) return InvalidInput.at(["input", "code"], "code must be 1 to 64 letters, digits, - or _");
  let percent: number | null = null;
  let amount: number | null = null;
  if (input.kind === "PERCENTAGE") {
    if (input.percentOff == null || input.amountOff != null) return InvalidInput.at(["input", "percentOff"], "a PERCENTAGE coupon needs percentOff and no amountOff");
    const bps = percentBps(input.percentOff);
    if (bps instanceof InvalidInput) return bps;
    percent = bps;
  } else if (input.kind === "FIXED_AMOUNT") {
    if (input.amountOff == null || input.percentOff != null) return InvalidInput.at(["input", "amountOff"], "a FIXED_AMOUNT coupon needs amountOff and no percentOff");
    const minor = amountAt(ctx.services.currency, input.amountOff, "amountOff");
    if (minor instanceof InvalidInput) return minor;
    if (minor === 0) return InvalidInput.at(["input", "amountOff"], "amountOff must be more than 0");
    amount = minor;
  } else if (input.percentOff != null || input.amountOff != null) {
    return InvalidInput.at(["input", "kind"], "a FREE_SHIPPING coupon takes neither percentOff nor amountOff");
  }
  const minSubtotal = input.minimumSubtotal == null ? 0 : amountAt(ctx.services.currency, input.minimumSubtotal, "minimumSubtotal");
  if (minSubtotal instanceof InvalidInput) return minSubtotal;
  const problem =
    limitProblem(input.usageLimit, "usageLimit") ?? limitProblem(input.usageLimitPerCustomer, "usageLimitPerCustomer") ?? windowProblem(input.startsAt ?? null, input.endsAt ?? null);
  if (problem) return problem;
  try {
    const row = await ctx.db.coupon.create({
      data: {
        code,
        kind: input.kind,
        percentBps: percent,
        amount,
        minSubtotal,
        startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null,
        usageLimit: input.usageLimit ?? null,
        usageLimitPerCustomer: input.usageLimitPerCustomer ?? null,
        active: input.active ?? true,
      },
      select: { id: true },
    });
    return Object.assign(new CouponCreated(), { coupon: await readCoupon(ctx, row.id) });
  } catch (error) {
    if (violatedUniqueIndex(error) === "coupon_code_key") return CouponCodeTaken.at(["input", "code"], code);
    throw error;
  }
}

/** Changes a coupon's validity and limits; a usage limit below the uses already made is refused. */
export async function updateCoupon(ctx: Context, input: UpdateCouponInput): Promise<typeof UpdateCouponResult> {
  const parsed = parseGlobalId(input.id);
  if (!parsed || parsed.type !== "Coupon") return InvalidInput.at(["input", "id"], "not a valid Coupon id");
  const minSubtotal = input.minimumSubtotal == null ? undefined : amountAt(ctx.services.currency, input.minimumSubtotal, "minimumSubtotal");
  if (minSubtotal instanceof InvalidInput) return minSubtotal;
  const problem = limitProblem(input.usageLimit, "usageLimit") ?? limitProblem(input.usageLimitPerCustomer, "usageLimitPerCustomer");
  if (problem) return problem;
  return transaction(ctx.db, async (tx) => {
    const [current] = await tx.queryText<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid FOR UPDATE`, [parsed.id]);
    if (!current) return NotFound.at(["input", "id"], "no such coupon");
    const startsAt = input.startsAt === undefined ? current.starts_at : input.startsAt;
    const endsAt = input.endsAt === undefined ? current.ends_at : input.endsAt;
    const window = windowProblem(startsAt, endsAt);
    if (window) return window;
    if (input.usageLimit != null && input.usageLimit < current.times_used) {
      return InvalidInput.at(["input", "usageLimit"], `it has already been used ${current.times_used} times`);
    }
    const [row] = await tx.queryText<CouponRow>(
      `UPDATE coupon cp SET active = $2, min_subtotal = $3, starts_at = $4, ends_at = $5, usage_limit = $6, usage_limit_per_customer = $7, updated_at = now()
        WHERE cp.id = $1::uuid RETURNING ${COUPON_COLUMNS}`,
      [
        parsed.id,
        input.active ?? current.active,
        minSubtotal ?? current.min_subtotal,
        startsAt,
        endsAt,
        input.usageLimit === undefined ? current.usage_limit : input.usageLimit,
        input.usageLimitPerCustomer === undefined ? current.usage_limit_per_customer : input.usageLimitPerCustomer,
      ],
    );
    return Object.assign(new CouponUpdated(), { coupon: toCoupon(row!, ctx.services.currency) });
  });
}

async function readCoupon(ctx: Context, id: string) {
  const rows = await ctx.sql.query<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid`, [id]);
  return toCoupon(rows[0]!, ctx.services.currency);
}

const ORDERING = "coupon-newest";

/** Coupons, newest first. */
export async function listCoupons(ctx: Context, args: ConnectionArgs): Promise<CouponConnection> {
  const window = pageWindow(args, ORDERING, ["string", "string"]);
  const params = new SqlParams();
  const keyset = keysetClauses(params, window, [{ sql: "cp.created_at", cast: "timestamp" }, { sql: "cp.id", cast: "uuid" }], true);
  const rows = await ctx.sql.query<CouponRow & { created_at: Date }>(
    `SELECT ${COUPON_COLUMNS}, cp.created_at FROM coupon cp ${keyset.where ? `WHERE ${keyset.where}` : ""} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit}`,
    params.values,
  );
  const page = toPage(rows, window, ORDERING, (row) => [row.created_at.toISOString(), row.id]);
  return toConnection(CouponConnection, { ...page, nodes: page.nodes.map((row) => toCoupon(row, ctx.services.currency)) }, async () => {
    const [count] = await ctx.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM coupon");
    return count!.n;
  });
}
