/** A customer reading and editing their own account. */
import type { Context } from "../../../context.js";
import { InputCheck } from "../../../shared/input-check.js";
import { CustomerUpdated, type UpdatePreferencesInput, type UpdatePreferencesResult, type UpdateProfileInput, type UpdateProfileResult } from "./account.types.js";
import { checkLocale, MAX_NAME_LENGTH } from "./customer.inputs.js";
import { Customer } from "./customer.types.js";

/** The signed-in customer's id; the fields calling this are guarded by `isCustomer`. */
export function viewerCustomerId(ctx: Context): string {
  if (ctx.viewer.kind !== "customer") throw new Error("rule isCustomer must guard this field");
  return ctx.viewer.customerId;
}

/** The viewer's own account, or null for anyone who is not a signed-in customer. */
export function me(ctx: Context): Promise<Customer | null> {
  return ctx.viewer.kind === "customer" ? ctx.loaders.customerById.load(ctx.viewer.customerId) : Promise.resolve(null);
}

async function saved(ctx: Context, customerId: string, data: Parameters<Context["db"]["customer"]["update"]>[0]["data"]): Promise<CustomerUpdated> {
  const row = await ctx.db.customer.update({ where: { id: customerId }, data });
  const customer = Customer.fromRow(row);
  ctx.loaders.customerById.clear(customerId).prime(customerId, customer);
  return Object.assign(new CustomerUpdated(), { customer });
}

export async function updateProfile(ctx: Context, input: UpdateProfileInput): Promise<typeof UpdateProfileResult> {
  const customerId = viewerCustomerId(ctx);
  const check = new InputCheck();
  const firstName = check.changedText("firstName", input.firstName, MAX_NAME_LENGTH);
  const lastName = check.changedText("lastName", input.lastName, MAX_NAME_LENGTH);
  if (check.error) return check.error;
  return saved(ctx, customerId, { firstName, lastName });
}

/** Records when the marketing consent actually changed, not when it was re-sent unchanged. */
export async function updatePreferences(ctx: Context, input: UpdatePreferencesInput): Promise<typeof UpdatePreferencesResult> {
  const customerId = viewerCustomerId(ctx);
  const check = new InputCheck();
  const locale = checkLocale(check, "locale", input.locale);
  if (input.marketingOptIn === null) check.fail("marketingOptIn", "marketingOptIn must be true or false");
  if (check.error) return check.error;
  const optIn = input.marketingOptIn ?? undefined;
  const current = optIn === undefined ? undefined : await ctx.db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { marketingOptIn: true } });
  const consentChanged = current !== undefined && current.marketingOptIn !== optIn;
  return saved(ctx, customerId, { locale, marketingOptIn: optIn, ...(consentChanged ? { marketingOptInChangedAt: new Date() } : {}) });
}
