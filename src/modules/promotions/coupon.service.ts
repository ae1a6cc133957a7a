/** Staff managing coupons. */
import type { Context } from "../../context.js";
import { amount, idOf, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { pageWindow, toConnection, toPage, type ConnectionArgs } from "../../shared/pagination.js";
import { keysetClauses, SqlParams } from "../../shared/sql.js";
import { uuidv7 } from "../../shared/uuid.js";
import { NotFound } from "../../shared/user-errors.js";
import { COUPON_COLUMNS, normalizeCouponCode, type CouponRow } from "./coupon-rules.js";
import { CouponConnection, CouponCreated, CouponUpdated, toCoupon, type CreateCouponInput, type UpdateCouponInput } from "./coupon.types.js";

const MAX_LIMIT = 1_000_000_000;

function percentBps(value: string): number {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  const bps = match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : NaN;
  if (!(bps >= 1 && bps <= 10_000)) reject(["input", "percentOff"], 'percentOff must be from 0.01 to 100 with at most two decimals, e.g. "12.5"');
  return bps;
}

function checkLimit(value: number | null | undefined, field: string): void {
  if (value != null && !(Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT)) reject(["input", field], `${field} must be from 1 to ${MAX_LIMIT}`);
}

function checkWindow(startsAt: Date | null, endsAt: Date | null): void {
  if (startsAt && endsAt && startsAt >= endsAt) reject(["input", "endsAt"], "endsAt must be after startsAt");
}

/** Creates a coupon; its kind and value are fixed from then on. A taken code is the index `coupon_code_key`. */
export async function createCoupon(ctx: Context, input: CreateCouponInput): Promise<CouponCreated> {
  const code = normalizeCouponCode(input.code);
  if (!/^[A-Z0-9_-]{1,64}$/.test(code)) reject(["input", "code"], "code must be 1 to 64 letters, digits, - or _");
  let percent: number | null = null;
  let amountOff: number | null = null;
  if (input.kind === "PERCENTAGE") {
    if (input.percentOff == null || input.amountOff != null) reject(["input", "percentOff"], "a PERCENTAGE coupon needs percentOff and no amountOff");
    percent = percentBps(input.percentOff);
  } else if (input.kind === "FIXED_AMOUNT") {
    if (input.amountOff == null || input.percentOff != null) reject(["input", "amountOff"], "a FIXED_AMOUNT coupon needs amountOff and no percentOff");
    amountOff = amount(input.amountOff, ["input", "amountOff"], ctx.services.currency);
    if (amountOff === 0) reject(["input", "amountOff"], "amountOff must be more than 0");
  } else if (input.percentOff != null || input.amountOff != null) {
    reject(["input", "kind"], "a FREE_SHIPPING coupon takes neither percentOff nor amountOff");
  }
  const minSubtotal = input.minimumSubtotal == null ? 0 : amount(input.minimumSubtotal, ["input", "minimumSubtotal"], ctx.services.currency);
  checkLimit(input.usageLimit, "usageLimit");
  checkLimit(input.usageLimitPerCustomer, "usageLimitPerCustomer");
  checkWindow(input.startsAt ?? null, input.endsAt ?? null);
  const [row] = await ctx.sql.query<CouponRow>(
    `INSERT INTO coupon AS cp (id, code, kind, percent_bps, amount, min_subtotal, starts_at, ends_at, usage_limit, usage_limit_per_customer, active, updated_at)
     VALUES ($1::uuid, $2, $3::"CouponKind", $4, $5, $6, $7, $8, $9, $10, $11, now()) RETURNING ${COUPON_COLUMNS}`,
    [uuidv7(), code, input.kind, percent, amountOff, minSubtotal, input.startsAt ?? null, input.endsAt ?? null, input.usageLimit ?? null, input.usageLimitPerCustomer ?? null, input.active ?? true],
  );
  return Object.assign(new CouponCreated(), { coupon: toCoupon(row!, ctx.services.currency) });
}

/** Changes a coupon's validity and limits; a usage limit below the uses already made is refused. */
export async function updateCoupon(ctx: Context, input: UpdateCouponInput): Promise<CouponUpdated> {
  const id = idOf(input.id, "Coupon", ["input", "id"]);
  const minSubtotal = input.minimumSubtotal == null ? undefined : amount(input.minimumSubtotal, ["input", "minimumSubtotal"], ctx.services.currency);
  checkLimit(input.usageLimit, "usageLimit");
  checkLimit(input.usageLimitPerCustomer, "usageLimitPerCustomer");
  return ctx.sql.transaction(async (tx) => {
    const [current] = await tx.query<CouponRow>(`SELECT ${COUPON_COLUMNS} FROM coupon cp WHERE cp.id = $1::uuid FOR UPDATE`, [id]);
    if (!current) throw new Rejection(NotFound.at(["input", "id"], "no such coupon"));
    const startsAt = input.startsAt === undefined ? current.starts_at : input.startsAt;
    const endsAt = input.endsAt === undefined ? current.ends_at : input.endsAt;
    checkWindow(startsAt, endsAt);
    if (input.usageLimit != null && input.usageLimit < current.times_used) reject(["input", "usageLimit"], `it has already been used ${current.times_used} times`);
    const [row] = await tx.query<CouponRow>(
      `UPDATE coupon cp SET active = $2, min_subtotal = $3, starts_at = $4, ends_at = $5, usage_limit = $6, usage_limit_per_customer = $7, updated_at = now()
        WHERE cp.id = $1::uuid RETURNING ${COUPON_COLUMNS}`,
      [
        id,
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

const ORDERING = "coupon-newest";

/** Coupons, newest first. */
export async function listCoupons(ctx: Context, args: ConnectionArgs): Promise<CouponConnection> {
  const window = pageWindow(args, ORDERING, ["timestamp", "uuid"]);
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
