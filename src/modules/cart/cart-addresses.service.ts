/**
 * Where the cart's order ships to and is billed to: an address typed in, or one from the signed-in
 * customer's address book, copied into the cart as it is at that moment (editing the book later
 * leaves the cart alone). Without a billing address the order bills the shipping address.
 */
import type { Context } from "../../context.js";
import { idOf, reject } from "../../shared/input-check.js";
import { Rejection } from "../../shared/mutation.js";
import type { PostalAddress, PostalAddressInput } from "../../shared/postal-address.js";
import { NotFound } from "../../shared/user-errors.js";
import { ownAddress } from "../identity/customer/address.service.js";
import { addressToJson, checkAddress } from "../pricing/shipping-address.js";
import { changeCart } from "./cart-mutation.js";
import type { SetCartBillingAddressInput, SetCartShippingAddressInput } from "./cart.inputs.js";
import type { CartUpdated } from "./cart.types.js";

const gone = () => NotFound.at(["input"], "the cart was just ordered; start a new one");

/**
 * The address the input names, checked before any lock is taken. Another customer's address id
 * answers exactly like one that does not exist, and so does any id from a guest.
 */
async function chosenAddress(ctx: Context, input: { address?: PostalAddressInput | null; addressId?: string | null }): Promise<PostalAddress> {
  if (input.address != null && input.addressId != null) reject(["input", "addressId"], "give address or addressId, not both");
  if (input.address != null) return checkAddress(input.address, ["input", "address"]);
  if (input.addressId == null) reject(["input", "address"], "address or addressId is required");
  const address = await ownAddress(ctx, idOf(input.addressId, "Address", ["input", "addressId"]));
  if (!address) throw new Rejection(NotFound.at(["input", "addressId"], "no address with this id in your address book"));
  return address;
}

export async function setCartShippingAddress(ctx: Context, input: SetCartShippingAddressInput): Promise<CartUpdated> {
  const address = await chosenAddress(ctx, input);
  return changeCart(ctx, { create: true, missing: gone }, async (tx, cart) => {
    await tx.execute`UPDATE cart SET shipping_address = ${JSON.stringify(addressToJson(address))}::jsonb WHERE id = ${cart.id}::uuid`;
  });
}

export async function setCartBillingAddress(ctx: Context, input: SetCartBillingAddressInput): Promise<CartUpdated> {
  const sameAsShipping = input.sameAsShipping === true;
  if (input.sameAsShipping === false) reject(["input", "sameAsShipping"], "sameAsShipping is either true or left out");
  if (sameAsShipping && (input.address != null || input.addressId != null)) reject(["input", "sameAsShipping"], "give an address or sameAsShipping, not both");
  const address = sameAsShipping ? null : await chosenAddress(ctx, input);
  const json = address && JSON.stringify(addressToJson(address));
  return changeCart(ctx, { create: true, missing: gone }, async (tx, cart) => {
    await tx.execute`UPDATE cart SET billing_address = ${json}::jsonb WHERE id = ${cart.id}::uuid`;
  });
}
