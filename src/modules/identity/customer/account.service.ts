/** A customer reading and editing their own account. */
import type { Context } from "../../../context.js";
import { changedLine, reject } from "../../../shared/input-check.js";
import { assignments, SqlParams } from "../../../shared/sql.js";
import { languageTag, MAX_NAME_LENGTH } from "../input-checks.js";
import { CustomerUpdated, type UpdatePreferencesInput, type UpdateProfileInput } from "./account.types.js";
import { CUSTOMER_COLUMNS, toCustomer, type Customer, type CustomerRow } from "./customer.types.js";

/** The signed-in customer's id; the fields calling this are guarded by `isCustomer`. */
export function viewerCustomerId(ctx: Context): string {
  if (ctx.viewer.kind !== "customer") throw new Error("rule isCustomer must guard this field");
  return ctx.viewer.customerId;
}

/** The viewer's own account, or null for anyone who is not a signed-in customer. */
export function me(ctx: Context): Promise<Customer | null> {
  return ctx.viewer.kind === "customer" ? ctx.loaders.customerById.load(ctx.viewer.customerId) : Promise.resolve(null);
}

/** Applies `set` (built on `params`) to the customer and answers with the saved account, also for the rest of the request. */
async function saved(ctx: Context, customerId: string, params: SqlParams, set: string[]): Promise<CustomerUpdated> {
  const [row] = await ctx.sql.query<CustomerRow>(
    `UPDATE customer c SET ${[...set, "updated_at = now()"].join(", ")} WHERE c.id = ${params.add(customerId, "uuid")} RETURNING ${CUSTOMER_COLUMNS}`,
    params.values,
  );
  const customer = toCustomer(row!);
  ctx.loaders.customerById.clear(customerId).prime(customerId, customer);
  return Object.assign(new CustomerUpdated(), { customer });
}

export async function updateProfile(ctx: Context, input: UpdateProfileInput): Promise<CustomerUpdated> {
  const customerId = viewerCustomerId(ctx);
  const firstName = changedLine(input.firstName, ["input", "firstName"], MAX_NAME_LENGTH);
  const lastName = changedLine(input.lastName, ["input", "lastName"], MAX_NAME_LENGTH);
  const params = new SqlParams();
  return saved(ctx, customerId, params, assignments(params, { first_name: firstName, last_name: lastName }));
}

/** Records when the marketing consent actually changed, not when it was re-sent unchanged. */
export async function updatePreferences(ctx: Context, input: UpdatePreferencesInput): Promise<CustomerUpdated> {
  const customerId = viewerCustomerId(ctx);
  const locale = languageTag(input.locale, ["input", "locale"]);
  if (input.marketingOptIn === null) reject(["input", "marketingOptIn"], "marketingOptIn must be true or false");
  const params = new SqlParams();
  const set = assignments(params, { locale });
  if (input.marketingOptIn !== undefined) {
    const optIn = params.add(input.marketingOptIn, "boolean");
    // Both right-hand sides see the row as it was before this update.
    set.push(`marketing_opt_in = ${optIn}`, `marketing_opt_in_changed_at = CASE WHEN c.marketing_opt_in <> ${optIn} THEN now() ELSE c.marketing_opt_in_changed_at END`);
  }
  return saved(ctx, customerId, params, set);
}
