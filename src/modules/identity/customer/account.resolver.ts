import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { me, updatePreferences, updateProfile } from "./account.service.js";
import { UpdatePreferencesInput, UpdatePreferencesResult, UpdateProfileInput, UpdateProfileResult } from "./account.types.js";
import { Address, Customer } from "./customer.types.js";
import { ListCost } from "../../../shared/cost.js";

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { nullable: true, description: "The signed-in customer; null for anonymous callers and staff." })
  me(@Ctx() ctx: Context): Promise<Customer | null> {
    return me(ctx);
  }

  @Mutation(() => UpdateProfileResult, { description: "Changes the signed-in customer's name." })
  updateProfile(@Arg("input", () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<typeof UpdateProfileResult> {
    return runMutation(() => updateProfile(ctx, input));
  }

  @Mutation(() => UpdatePreferencesResult, { description: "Changes the signed-in customer's language and marketing consent." })
  updatePreferences(@Arg("input", () => UpdatePreferencesInput) input: UpdatePreferencesInput, @Ctx() ctx: Context): Promise<typeof UpdatePreferencesResult> {
    return runMutation(() => updatePreferences(ctx, input));
  }

  @ListCost(20)
  @FieldResolver(() => [Address], { description: "The address book, oldest first (at most 20)." })
  addresses(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Address[]> {
    return ctx.loaders.addressesByCustomer.load(customer.rowId);
  }

  @FieldResolver(() => Address, { nullable: true })
  async defaultShippingAddress(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Address | null> {
    return findAddress(ctx, customer, customer.defaultShippingAddressId);
  }

  @FieldResolver(() => Address, { nullable: true })
  async defaultBillingAddress(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Address | null> {
    return findAddress(ctx, customer, customer.defaultBillingAddressId);
  }
}

/** Through the address-book loader, so `addresses` and the defaults together cost one statement. */
async function findAddress(ctx: Context, customer: Customer, addressId: string | null): Promise<Address | null> {
  if (!addressId) return null;
  const addresses = await ctx.loaders.addressesByCustomer.load(customer.rowId);
  return addresses.find((a) => a.rowId === addressId) ?? null;
}

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => Boolean)
  async isDefaultShipping(@Root() address: Address, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.customerById.load(address.customerRowId))?.defaultShippingAddressId === address.rowId;
  }

  @FieldResolver(() => Boolean)
  async isDefaultBilling(@Root() address: Address, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.customerById.load(address.customerRowId))?.defaultBillingAddressId === address.rowId;
  }
}
