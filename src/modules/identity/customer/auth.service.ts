/** Registering and signing in customers. */
import type { Context, CustomerLoginHook } from "../../../context.js";
import { line } from "../../../shared/input-check.js";
import { Rejection } from "../../../shared/mutation.js";
import { countAttempt, throttledError, type ThrottlePolicy } from "../../../shared/throttle.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { recordEvent } from "../../events/outbox.js";
import { InvalidCredentials } from "../identity.errors.js";
import { emailAddress, languageTag, MAX_NAME_LENGTH, newPassword } from "../input-checks.js";
import { checkPassword, startSession } from "../login.js";
import { hashPassword } from "../passwords.js";
import { CustomerRegistered, LoggedIn, type LoginInput, type RegisterInput } from "./auth.types.js";
import { queueVerificationMail } from "./customer.mails.js";

/** Registrations per client address: registering answers whether an email is taken, so it is rationed. */
const REGISTER_ADDRESS_POLICY: ThrottlePolicy = { name: "register-address", limit: 30, windowSeconds: 60 * 60 };

/** Creates the account (password hashed, `customer.registered` recorded) with the job that mails a verification link; a taken email is the index `customer_email_key`. */
export async function register(ctx: Context, input: RegisterInput): Promise<CustomerRegistered> {
  const email = emailAddress(input.email, ["input", "email"]);
  newPassword(input.password, ["input", "password"]);
  const firstName = line(input.firstName, ["input", "firstName"], MAX_NAME_LENGTH);
  const lastName = line(input.lastName, ["input", "lastName"], MAX_NAME_LENGTH);
  const locale = languageTag(input.locale, ["input", "locale"]) ?? null;

  const throttled = await countAttempt(ctx.sql, [{ policy: REGISTER_ADDRESS_POLICY, subject: ctx.client.address }]);
  if (throttled) throw throttledError(ctx, "Too many accounts registered from your address; try again later", throttled.retryAfterSeconds);
  const passwordHash = await hashPassword(input.password);
  const marketingOptIn = input.marketingOptIn ?? false;
  const created = { id: uuidv7(), email };
  await ctx.sql.transaction(async (tx) => {
    await tx.execute`
      INSERT INTO customer (id, email, password_hash, first_name, last_name, locale, marketing_opt_in, marketing_opt_in_changed_at, updated_at)
      VALUES (${created.id}::uuid, ${email}, ${passwordHash}, ${firstName}, ${lastName}, ${locale}, ${marketingOptIn}, ${marketingOptIn ? new Date() : null}, now())`;
    await recordEvent(tx, { type: "customer.registered", aggregateId: created.id, payload: { customerId: created.id, email, marketingOptIn } });
    await queueVerificationMail(tx, created.id);
  });
  return Object.assign(new CustomerRegistered(), { email });
}

/** Signs a customer in: a session (token + cookie), or InvalidCredentials whatever was wrong. */
export async function login(ctx: Context, input: LoginInput): Promise<LoggedIn> {
  const customerId = await checkPassword(ctx, "customer", input.email, input.password);
  if (!customerId) throw new Rejection(InvalidCredentials.create());
  const session = await startSession(ctx, { customerId });
  // Other modules' sign-in work, e.g. a cart filled before signing in follows the shopper into their account.
  const afterLogin = new Map<CustomerLoginHook, unknown>();
  for (const hook of ctx.services.onCustomerLogin) afterLogin.set(hook, await hook(ctx, customerId));
  const customer = await ctx.loaders.customerById.load(customerId);
  return Object.assign(new LoggedIn(), { ...session, customer: customer!, afterLogin });
}
