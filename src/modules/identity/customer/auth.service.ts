/** Registering and signing in customers. */
import type { Context } from "../../../context.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { InputCheck } from "../../../shared/input-check.js";
import { countAttempt, throttledError, type ThrottlePolicy } from "../../../shared/throttle.js";
import { InvalidInput } from "../../../shared/user-errors.js";
import { checkEmail } from "../email.js";
import { EmailTaken, InvalidCredentials, WeakPassword } from "../identity.errors.js";
import { checkPassword, startSession } from "../login.js";
import { passwordProblem } from "../password-policy.js";
import { hashPassword } from "../passwords.js";
import { CustomerRegistered, LoggedIn, type LoginInput, type LoginResult, type RegisterInput, type RegisterResult } from "./auth.types.js";
import { checkLocale, MAX_NAME_LENGTH } from "./customer.inputs.js";
import { sendVerificationMail } from "./customer.mails.js";

/** Registrations per client address: registering answers whether an email is taken, so it is rationed. */
const REGISTER_ADDRESS_POLICY: ThrottlePolicy = { name: "register-address", limit: 30, windowSeconds: 60 * 60 };

/** Creates the account (password hashed) and mails a verification link after the response. */
export async function register(ctx: Context, input: RegisterInput): Promise<typeof RegisterResult> {
  const email = checkEmail(input.email);
  if ("problem" in email) return InvalidInput.at(["input", "email"], email.problem);
  const weak = passwordProblem(input.password);
  if (weak) return WeakPassword.at(["input", "password"], weak);
  const check = new InputCheck();
  const firstName = check.text("firstName", input.firstName, MAX_NAME_LENGTH);
  const lastName = check.text("lastName", input.lastName, MAX_NAME_LENGTH);
  const locale = checkLocale(check, "locale", input.locale);
  if (check.error) return check.error;

  const throttled = await countAttempt(ctx.db, [{ policy: REGISTER_ADDRESS_POLICY, subject: ctx.client.address }]);
  if (throttled) throw throttledError(ctx, "Too many accounts registered from your address; try again later", throttled.retryAfterSeconds);
  const passwordHash = await hashPassword(input.password);
  const marketingOptIn = input.marketingOptIn ?? false;
  let row;
  try {
    row = await ctx.db.customer.create({
      data: { email: email.value, passwordHash, firstName, lastName, locale, marketingOptIn, marketingOptInChangedAt: marketingOptIn ? new Date() : null },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return EmailTaken.at(["input", "email"]);
    throw error;
  }
  const created = { id: row.id, email: row.email, firstName: row.firstName };
  ctx.afterResponse("email-verification", (services) => sendVerificationMail(services, created));
  return Object.assign(new CustomerRegistered(), { email: row.email });
}

/** Signs a customer in: a session (token + cookie), or InvalidCredentials whatever was wrong. */
export async function login(ctx: Context, input: LoginInput): Promise<typeof LoginResult> {
  const customerId = await checkPassword(ctx, "customer", input.email, input.password);
  if (!customerId) return InvalidCredentials.create();
  const session = await startSession(ctx, { customerId });
  // Other modules' sign-in work, e.g. a cart filled before signing in follows the shopper into their account.
  for (const hook of ctx.services.onCustomerLogin) await hook(ctx, customerId);
  const customer = await ctx.loaders.customerById.load(customerId);
  return Object.assign(new LoggedIn(), { ...session, customer: customer! });
}
