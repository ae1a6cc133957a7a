/** The signed-in customer's address book: at most 20 addresses, one default each for shipping and billing. */
import type { Context } from "../../../context.js";
import { isCountryCode } from "../../../shared/country.js";
import { PostalAddress } from "../../../shared/postal-address.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { changedLine, line, optionalLine, reject } from "../../../shared/input-check.js";
import { Rejection } from "../../../shared/mutation.js";
import { assignments, SqlParams } from "../../../shared/sql.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { NotFound } from "../../../shared/user-errors.js";
import { AddressLimitReached } from "../identity.errors.js";
import { MAX_NAME_LENGTH } from "../input-checks.js";
import { viewerCustomerId } from "./account.service.js";
import { AddressCreated, AddressDeleted, AddressUpdated, type CreateAddressInput, type DeleteAddressInput, type UpdateAddressInput } from "./address.types.js";
import { ADDRESS_COLUMNS, CUSTOMER_COLUMNS, toAddress, toCustomer, type Address, type AddressRow, type Customer, type CustomerRow } from "./customer.types.js";

/** Most addresses one customer may keep. */
export const MAX_ADDRESSES = 20;
const PHONE = /^\+?[0-9 ()./-]{3,32}$/;

/** Address columns and their checked values; undefined (only with `partial`) leaves a column unchanged. */
type Fields = Record<"first_name" | "last_name" | "company" | "line1" | "line2" | "city" | "region" | "postal_code" | "country_code" | "phone", string | null | undefined>;

/** Checks the address fields; with `partial`, omitted fields stay undefined (unchanged). */
function checkFields(input: Omit<UpdateAddressInput, "id">, partial: boolean): Fields {
  const required = (field: "firstName" | "lastName" | "line1" | "city", max: number) =>
    partial ? changedLine(input[field], ["input", field], max) : line(input[field], ["input", field], max);
  const fields: Fields = {
    first_name: required("firstName", MAX_NAME_LENGTH),
    last_name: required("lastName", MAX_NAME_LENGTH),
    company: optionalLine(input.company, ["input", "company"], 100),
    line1: required("line1", 200),
    line2: optionalLine(input.line2, ["input", "line2"], 200),
    city: required("city", 100),
    region: optionalLine(input.region, ["input", "region"], 100),
    postal_code: optionalLine(input.postalCode, ["input", "postalCode"], 20),
    country_code: undefined,
    phone: undefined,
  };
  if (!partial || input.countryCode !== undefined) {
    const code = line(input.countryCode, ["input", "countryCode"], 2).toUpperCase();
    if (!isCountryCode(code)) reject(["input", "countryCode"], "countryCode must be an ISO 3166-1 alpha-2 code such as CH or US");
    fields.country_code = code;
  }
  const phone = optionalLine(input.phone, ["input", "phone"], 32);
  if (phone && !PHONE.test(phone)) reject(["input", "phone"], "phone may hold only digits, spaces, + ( ) . / and -");
  fields.phone = phone;
  return fields;
}

/** How a customer's default pointers change: set to this address, cleared, or left (undefined). */
function defaultChange(wanted: boolean | null | undefined, isDefault: boolean, addressId: string): string | null | undefined {
  if (wanted === true) return addressId;
  if (wanted === false && isDefault) return null;
  return undefined;
}

/** The customer as now stored; the request's cached copies of them and their addresses are replaced. */
async function reloadCustomer(ctx: Context, customerId: string): Promise<Customer> {
  const [row] = await ctx.sql.query<CustomerRow>(`SELECT ${CUSTOMER_COLUMNS} FROM customer c WHERE c.id = $1::uuid`, [customerId]);
  const customer = toCustomer(row!);
  ctx.loaders.customerById.clear(customerId).prime(customerId, customer);
  ctx.loaders.addressesByCustomer.clear(customerId);
  return customer;
}

async function saved<P extends AddressCreated | AddressUpdated>(Payload: new () => P, ctx: Context, customerId: string, address: Address): Promise<P> {
  return Object.assign(new Payload(), { address, customer: await reloadCustomer(ctx, customerId) });
}

export async function createAddress(ctx: Context, input: CreateAddressInput): Promise<AddressCreated> {
  const customerId = viewerCustomerId(ctx);
  const fields = checkFields(input, false);
  const created = await ctx.sql.transaction(async (tx) => {
    // The customer row is the lock that keeps concurrent creates from passing the limit together.
    const [owner] = await tx.query<{ default_shipping_address_id: string | null; default_billing_address_id: string | null }>`
      SELECT default_shipping_address_id, default_billing_address_id FROM customer WHERE id = ${customerId}::uuid FOR UPDATE`;
    // Counted after the lock, in a statement of its own: it sees what the previous lock holder added.
    const [{ addresses }] = await tx.query<{ addresses: number }>`SELECT count(*)::int AS addresses FROM address WHERE customer_id = ${customerId}::uuid`;
    if (addresses >= MAX_ADDRESSES) throw new Rejection(AddressLimitReached.create(MAX_ADDRESSES));
    const columns = Object.keys(fields);
    const [row] = await tx.query<AddressRow>(
      `INSERT INTO address AS a (id, customer_id, ${columns.join(", ")}, updated_at) VALUES ($1::uuid, $2::uuid, ${columns.map((_, i) => `$${i + 3}`).join(", ")}, now())
       RETURNING ${ADDRESS_COLUMNS}`,
      [uuidv7(), customerId, ...Object.values(fields).map((value) => value ?? null)],
    );
    const shipping = input.defaultShipping ?? owner!.default_shipping_address_id === null;
    const billing = input.defaultBilling ?? owner!.default_billing_address_id === null;
    if (shipping || billing) {
      await tx.execute`
        UPDATE customer SET default_shipping_address_id = CASE WHEN ${shipping} THEN ${row!.id}::uuid ELSE default_shipping_address_id END,
                            default_billing_address_id = CASE WHEN ${billing} THEN ${row!.id}::uuid ELSE default_billing_address_id END, updated_at = now()
         WHERE id = ${customerId}::uuid`;
    }
    return row!;
  });
  return saved(AddressCreated, ctx, customerId, toAddress(created));
}

/** Another customer's address id is answered exactly like an id that does not exist. */
export async function updateAddress(ctx: Context, input: UpdateAddressInput): Promise<AddressUpdated> {
  const customerId = viewerCustomerId(ctx);
  const addressId = expectGlobalId(input.id, "Address", "input.id");
  const fields = checkFields(input, true);
  const updated = await ctx.sql.transaction(async (tx) => {
    const [owner] = await tx.query<{ default_shipping_address_id: string | null; default_billing_address_id: string | null }>`
      SELECT default_shipping_address_id, default_billing_address_id FROM customer WHERE id = ${customerId}::uuid`;
    const params = new SqlParams();
    const [row] = await tx.query<AddressRow>(
      `UPDATE address a SET ${[...assignments(params, fields), "updated_at = now()"].join(", ")}
        WHERE a.id = ${params.add(addressId, "uuid")} AND a.customer_id = ${params.add(customerId, "uuid")} RETURNING ${ADDRESS_COLUMNS}`,
      params.values,
    );
    if (!row) throw new Rejection(NotFound.at(["input", "id"], "No address with this id"));
    const defaults = new SqlParams();
    const set = assignments(defaults, {
      default_shipping_address_id: defaultChange(input.defaultShipping, owner!.default_shipping_address_id === addressId, addressId),
      default_billing_address_id: defaultChange(input.defaultBilling, owner!.default_billing_address_id === addressId, addressId),
    });
    if (set.length > 0) await tx.execute(`UPDATE customer SET ${[...set, "updated_at = now()"].join(", ")} WHERE id = ${defaults.add(customerId, "uuid")}`, defaults.values);
    return row;
  });
  return saved(AddressUpdated, ctx, customerId, toAddress(updated));
}

export async function deleteAddress(ctx: Context, input: DeleteAddressInput): Promise<AddressDeleted> {
  const customerId = viewerCustomerId(ctx);
  const addressId = expectGlobalId(input.id, "Address", "input.id");
  // Deleting a default address clears the default (foreign key ON DELETE SET NULL).
  const deleted = await ctx.sql.execute`DELETE FROM address WHERE id = ${addressId}::uuid AND customer_id = ${customerId}::uuid`;
  if (deleted === 0) throw new Rejection(NotFound.at(["input", "id"], "No address with this id"));
  return Object.assign(new AddressDeleted(), { deletedAddressId: input.id, customer: await reloadCustomer(ctx, customerId) });
}

/**
 * One address of the signed-in customer's own book as a plain postal address (checkout copies it),
 * or null: for a guest or staff, another customer's address and a missing one alike.
 */
export async function ownAddress(ctx: Context, addressId: string): Promise<PostalAddress | null> {
  if (ctx.viewer.kind !== "customer") return null;
  const address = await ctx.loaders.addressById.load(addressId);
  if (!address || address.customerRowId !== ctx.viewer.customerId) return null;
  const { firstName, lastName, company, line1, line2, city, region, postalCode, countryCode, phone } = address;
  return Object.assign(new PostalAddress(), { firstName, lastName, company, line1, line2, city, region, postalCode, countryCode, phone });
}
