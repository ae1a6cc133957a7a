import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { createAddress, deleteAddress, MAX_ADDRESSES, updateAddress } from "./address.service.js";
import { CreateAddressInput, CreateAddressResult, DeleteAddressInput, DeleteAddressResult, UpdateAddressInput, UpdateAddressResult } from "./address.types.js";

@Resolver()
export class AddressBookResolver {
  @Mutation(() => CreateAddressResult, { description: `Adds an address to the signed-in customer's address book (at most ${MAX_ADDRESSES}).` })
  createAddress(@Arg("input", () => CreateAddressInput) input: CreateAddressInput, @Ctx() ctx: Context): Promise<typeof CreateAddressResult> {
    return runMutation(() => createAddress(ctx, input));
  }

  @Mutation(() => UpdateAddressResult, { description: "Changes one of the signed-in customer's addresses, or which address is a default." })
  updateAddress(@Arg("input", () => UpdateAddressInput) input: UpdateAddressInput, @Ctx() ctx: Context): Promise<typeof UpdateAddressResult> {
    return runMutation(() => updateAddress(ctx, input));
  }

  @Mutation(() => DeleteAddressResult, { description: "Removes one of the signed-in customer's addresses." })
  deleteAddress(@Arg("input", () => DeleteAddressInput) input: DeleteAddressInput, @Ctx() ctx: Context): Promise<typeof DeleteAddressResult> {
    return runMutation(() => deleteAddress(ctx, input));
  }
}
