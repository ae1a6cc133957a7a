/** The signed-in customer's address book: at most 20 addresses, one default each for shipping and billing. */
import type { Context } from "../../../context.js";
import { isCountryCode } from "../../../shared/country.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { InputCheck } from "../../../shared/input-check.js";
import { NotFound } from "../../../shared/user-errors.js";
import { AddressLimitReached } from "../identity.errors.js";
import { viewerCustomerId } from "./account.service.js";
import {
  AddressCreated,
  AddressDeleted,
  AddressUpdated,
  type CreateAddressInput,
  type CreateAddressResult,
  type DeleteAddressInput,
  type DeleteAddressResult,
  type UpdateAddressInput,
  type UpdateAddressResult,
} from "./address.types.js";
import { MAX_NAME_LENGTH } from "./customer.inputs.js";
import { Address, Customer } from "./customer.types.js";

/** Most addresses one customer may keep. */
export const MAX_ADDRESSES = 20;
const PHONE = /^\+?[0-9 ()./-]{3,32}$/;

type Fields = Partial<Record<"firstName" | "lastName" | "line1" | "city" | "countryCode", string>> &
  Partial<Record<"company" | "line2" | "region" | "postalCode" | "phone", string | null>>;

/** Checks the address fields; with `partial`, omitted fields are left out (unchanged). */
function checkFields(check: InputCheck, input: Omit<UpdateAddressInput, "id">, partial: boolean): Fields {
  const required = (field: "firstName" | "lastName" | "line1" | "city", max: number) =>
    partial ? check.changedText(field, input[field], max) : check.text(field, input[field], max);
  const fields: Fields = {
    firstName: required("firstName", MAX_NAME_LENGTH),
    lastName: required("lastName", MAX_NAME_LENGTH),
    company: check.optionalText("company", input.company, 100),
    line1: required("line1", 200),
    line2: check.optionalText("line2", input.line2, 200),
    city: required("city", 100),
    region: check.optionalText("region", input.region, 100),
    postalCode: check.optionalText("postalCode", input.postalCode, 20),
  };
  if (!partial || input.countryCode !== undefined) {
    const code = check.text("countryCode", input.countryCode, 2).toUpperCase();
    if (!check.error && !isCountryCode(code)) check.fail("countryCode", "countryCode must be an ISO 3166-1 alpha-2 code such as CH or US");
    fields.countryCode = code;
  }
  const phone = check.optionalText("phone", input.phone, 32);
  if (phone && !PHONE.test(phone)) check.fail("phone", "phone may hold only digits, spaces, + ( ) . / and -");
  fields.phone = phone;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Fields;
}

/** How a customer's default pointers change: set to this address, cleared, or left (undefined). */
function defaultChange(wanted: boolean | null | undefined, isDefault: boolean, addressId: string): string | null | undefined {
  if (wanted === true) return addressId;
  if (wanted === false && isDefault) return null;
  return undefined;
}

/** The customer as now stored; the request's cached copies of them and their addresses are replaced. */
async function reloadCustomer(ctx: Context, customerId: string): Promise<Customer> {
  const customer = Customer.fromRow(await ctx.db.customer.findUniqueOrThrow({ where: { id: customerId } }));
  ctx.loaders.customerById.clear(customerId).prime(customerId, customer);
  ctx.loaders.addressesByCustomer.clear(customerId);
  return customer;
}

async function saved<P extends AddressCreated | AddressUpdated>(Payload: new () => P, ctx: Context, customerId: string, address: Address): Promise<P> {
  return Object.assign(new Payload(), { address, customer: await reloadCustomer(ctx, customerId) });
}

export async function createAddress(ctx: Context, input: CreateAddressInput): Promise<typeof CreateAddressResult> {
  const customerId = viewerCustomerId(ctx);
  const check = new InputCheck();
  const fields = checkFields(check, input, false);
  if (check.error) return check.error;
  const created = await ctx.db.$transaction(async (tx) => {
    // The customer row is the lock that keeps concurrent creates from passing the limit together.
    const [owner] = await tx.$queryRaw<{ default_shipping_address_id: string | null; default_billing_address_id: string | null }[]>`
      SELECT default_shipping_address_id, default_billing_address_id FROM customer WHERE id = ${customerId}::uuid FOR UPDATE`;
    if ((await tx.address.count({ where: { customerId } })) >= MAX_ADDRESSES) return null;
    const row = await tx.address.create({ data: { ...(fields as Required<Fields>), customerId } });
    const shipping = input.defaultShipping ?? owner!.default_shipping_address_id === null;
    const billing = input.defaultBilling ?? owner!.default_billing_address_id === null;
    if (shipping || billing) {
      await tx.customer.update({
        where: { id: customerId },
        data: { ...(shipping ? { defaultShippingAddressId: row.id } : {}), ...(billing ? { defaultBillingAddressId: row.id } : {}) },
      });
    }
    return row;
  });
  if (!created) return AddressLimitReached.create(MAX_ADDRESSES);
  return saved(AddressCreated, ctx, customerId, Address.fromRow(created));
}

/** Another customer's address id is answered exactly like an id that does not exist. */
export async function updateAddress(ctx: Context, input: UpdateAddressInput): Promise<typeof UpdateAddressResult> {
  const customerId = viewerCustomerId(ctx);
  const addressId = expectGlobalId(input.id, "Address", "input.id");
  const check = new InputCheck();
  const fields = checkFields(check, input, true);
  if (check.error) return check.error;
  const updated = await ctx.db.$transaction(async (tx) => {
    const owner = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { defaultShippingAddressId: true, defaultBillingAddressId: true } });
    const { count } = await tx.address.updateMany({ where: { id: addressId, customerId }, data: fields });
    if (count === 0) return null;
    const shipping = defaultChange(input.defaultShipping, owner.defaultShippingAddressId === addressId, addressId);
    const billing = defaultChange(input.defaultBilling, owner.defaultBillingAddressId === addressId, addressId);
    if (shipping !== undefined || billing !== undefined) {
      await tx.customer.update({ where: { id: customerId }, data: { defaultShippingAddressId: shipping, defaultBillingAddressId: billing } });
    }
    return tx.address.findUniqueOrThrow({ where: { id: addressId } });
  });
  if (!updated) return NotFound.at(["input", "id"], "No address with this id");
  return saved(AddressUpdated, ctx, customerId, Address.fromRow(updated));
}

export async function deleteAddress(ctx: Context, input: DeleteAddressInput): Promise<typeof DeleteAddressResult> {
  const customerId = viewerCustomerId(ctx);
  const addressId = expectGlobalId(input.id, "Address", "input.id");
  // Deleting a default address clears the default (foreign key ON DELETE SET NULL).
  const { count } = await ctx.db.address.deleteMany({ where: { id: addressId, customerId } });
  if (count === 0) return NotFound.at(["input", "id"], "No address with this id");
  return Object.assign(new AddressDeleted(), { deletedAddressId: input.id, customer: await reloadCustomer(ctx, customerId) });
}
