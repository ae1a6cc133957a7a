/**
 * The status grants of order-visibility.ts: an order-status token, or an order's code with its
 * email. Code-and-email look-ups are limited like login (identity/login.ts), because the email is
 * the secret there: every look-up is counted against the code and client address pair, the
 * address and the code before anything is read, and a wrong email reads exactly like an unknown
 * code (the same statement, the same answer).
 */
import type { Context } from "../../context.js";
import { line } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import { SqlParams } from "../../shared/sql.js";
import { countAttempt, forgetAttempt, throttledError, type ThrottleKey, type ThrottlePolicy } from "../../shared/throttle.js";
import { NotFound } from "../../shared/user-errors.js";
import { normalizeEmail } from "../identity/email.js";
import { normalizeOrderCode } from "./order-code.js";
import { statusTokenHash } from "./order-status-token.js";
import { OrderFound, toOrderStatus, type LookUpOrderInput, type OrderStatus } from "./order-status.types.js";
import { statusGrantSql, type StatusGrantProof } from "./order-visibility.js";
import { ORDER_COLUMNS, toOrder, type OrderRow } from "./order.types.js";

const FIFTEEN_MINUTES = 15 * 60;
/** Look-ups of one code from one client address: guessing one order's email from one host. */
const LOOKUP_PAIR_POLICY: ThrottlePolicy = { name: "order-lookup-code-address", limit: 10, windowSeconds: FIFTEEN_MINUTES };
/** Look-ups from one client address, whatever the code: walking through codes from one host. */
const LOOKUP_ADDRESS_POLICY: ThrottlePolicy = { name: "order-lookup-address", limit: 30, windowSeconds: FIFTEEN_MINUTES };
/** Look-ups of one code from all addresses together; only attempts the two limits above let through count. */
const LOOKUP_CODE_POLICY: ThrottlePolicy = { name: "order-lookup-code", limit: 100, windowSeconds: FIFTEEN_MINUTES };

const MAX_CODE = 32;
const MAX_EMAIL = 254;

/** The order a proof opens, as its status view; null when it opens none. */
async function grantedOrder(ctx: Context, proof: StatusGrantProof): Promise<OrderStatus | null> {
  const params = new SqlParams();
  const rows = await ctx.sql.query<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM shop_order o WHERE ${statusGrantSql(proof, params)}`, params.values);
  return rows[0] ? toOrderStatus(toOrder(rows[0], ctx.services.currency)) : null;
}

/** The order a status token opens; null for a malformed, unknown or forged token alike. */
export function orderStatusByToken(ctx: Context, token: string): Promise<OrderStatus | null> {
  const tokenHash = statusTokenHash(token);
  return tokenHash ? grantedOrder(ctx, { tokenHash }) : Promise.resolve(null);
}

/**
 * The order with this code and email. Throws THROTTLED over a limit; a wrong email and an unknown
 * code are both NotFound. A look-up that finds its order takes its attempt back, as a login does.
 */
export async function lookUpOrder(ctx: Context, input: LookUpOrderInput): Promise<OrderFound> {
  const code = line(input.code, ["input", "code"], MAX_CODE);
  const email = normalizeEmail(line(input.email, ["input", "email"], MAX_EMAIL));
  const canonical = normalizeOrderCode(code);
  const subject = canonical ?? code.toUpperCase();
  const local: ThrottleKey[] = [
    { policy: LOOKUP_PAIR_POLICY, subject: `${subject}:${ctx.client.address}` },
    { policy: LOOKUP_ADDRESS_POLICY, subject: ctx.client.address },
  ];
  const everywhere: ThrottleKey = { policy: LOOKUP_CODE_POLICY, subject };
  // The code-wide count goes up only for attempts this address may still make.
  const throttled = (await countAttempt(ctx.sql, local)) ?? (await countAttempt(ctx.sql, [everywhere]));
  if (throttled) throw throttledError(ctx, "Too many order look-ups; try again later", throttled.retryAfterSeconds);
  const order = canonical ? await grantedOrder(ctx, { code: canonical, email }) : null;
  if (!order) throw new Rejection(NotFound.at(["input"], "no order with this code and email"));
  await forgetAttempt(ctx.sql, [...local, everywhere]);
  return Object.assign(new OrderFound(), { order });
}
