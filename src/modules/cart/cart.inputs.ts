/** Inputs and result unions of the cart mutations. */
import { Field, ID, InputType, Int, createUnionType } from "type-graphql";
import { InvalidInput, NotFound } from "../../shared/user-errors.js";
import { InsufficientStock } from "../inventory/inventory.errors.js";
import { CouponUnavailable } from "../promotions/coupon.errors.js";
import { PostalAddressInput } from "../../shared/postal-address.js";
import { CartUpdated } from "./cart.types.js";

export const MAX_LINES = 250;
export const MAX_QUANTITY = 999;
/** Lines one call may add; a cart may hold MAX_LINES. */
export const MAX_LINES_PER_CALL = 100;
export const MAX_COUPONS = 5;

@InputType()
export class CartLineInput {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int, { description: `1 to ${MAX_QUANTITY}; added to what the cart already holds of this variant.` })
  quantity: number;
}

@InputType({ description: `Up to ${MAX_LINES_PER_CALL} lines; a cart holds at most ${MAX_LINES} lines of at most ${MAX_QUANTITY} units each.` })
export class AddCartLinesInput {
  @Field(() => [CartLineInput])
  lines: CartLineInput[];
}

@InputType()
export class UpdateCartLineInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { description: `The new quantity, 1 to ${MAX_QUANTITY} (use removeCartLine to remove).` })
  quantity: number;
}

@InputType()
export class RemoveCartLineInput {
  @Field(() => ID)
  lineId: string;
}

@InputType()
export class SetCartEmailInput {
  @Field()
  email: string;
}

@InputType({ description: "Exactly one of `address` and `addressId`." })
export class SetCartShippingAddressInput {
  @Field(() => PostalAddressInput, { nullable: true })
  address?: PostalAddressInput | null;

  @Field(() => ID, { nullable: true, description: "One of the signed-in customer's addresses (`me { addresses }`), copied into the cart as it is now." })
  addressId?: string | null;
}

@InputType({ description: "Exactly one of `address`, `addressId` and `sameAsShipping: true`." })
export class SetCartBillingAddressInput {
  @Field(() => PostalAddressInput, { nullable: true })
  address?: PostalAddressInput | null;

  @Field(() => ID, { nullable: true, description: "One of the signed-in customer's addresses (`me { addresses }`), copied into the cart as it is now." })
  addressId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: bill to the shipping address (the default), dropping a billing address set before." })
  sameAsShipping?: boolean | null;
}

@InputType()
export class SetCartShippingMethodInput {
  @Field({ description: "Code of one of `shippingMethods`." })
  code: string;
}

@InputType()
export class ApplyCouponInput {
  @Field({ description: "Matched case-insensitively." })
  code: string;
}

@InputType()
export class RemoveCouponInput {
  @Field({ description: "Matched case-insensitively." })
  code: string;
}

export const AddCartLinesResult = createUnionType({ name: "AddCartLinesResult", types: () => [CartUpdated, InvalidInput, NotFound, InsufficientStock] as const });
export const UpdateCartLineResult = createUnionType({ name: "UpdateCartLineResult", types: () => [CartUpdated, InvalidInput, NotFound, InsufficientStock] as const });
export const RemoveCartLineResult = createUnionType({ name: "RemoveCartLineResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
export const SetCartEmailResult = createUnionType({ name: "SetCartEmailResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
export const SetCartShippingAddressResult = createUnionType({ name: "SetCartShippingAddressResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
export const SetCartBillingAddressResult = createUnionType({ name: "SetCartBillingAddressResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
export const SetCartShippingMethodResult = createUnionType({ name: "SetCartShippingMethodResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
export const ApplyCouponResult = createUnionType({ name: "ApplyCouponResult", types: () => [CartUpdated, InvalidInput, NotFound, CouponUnavailable] as const });
export const RemoveCouponResult = createUnionType({ name: "RemoveCouponResult", types: () => [CartUpdated, InvalidInput, NotFound] as const });
