/** Staff mutations on variants (prices included). */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SkuTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { Variant } from "./variant.types.js";
import { VariantArchiveInput, VariantCreateInput, VariantUpdateInput } from "./variant.inputs.js";
import { archiveVariant, createVariant, updateVariant } from "./variant.service.js";

@ObjectType({ description: "The variant as it is after the change." })
export class VariantPayload {
  @Field(() => Variant)
  variant: Variant;
}

/** Wraps a variant in its payload. */
export const variantPayload = (variant: Variant) => Object.assign(new VariantPayload(), { variant });

export const VariantCreateResult = createUnionType({ name: "VariantCreateResult", types: () => [VariantPayload, InvalidInput, SkuTaken] as const });
export const VariantUpdateResult = createUnionType({ name: "VariantUpdateResult", types: () => [VariantPayload, InvalidInput, SkuTaken, VersionConflict] as const });
export const VariantChangeResult = createUnionType({ name: "VariantChangeResult", types: () => [VariantPayload, InvalidInput, VersionConflict] as const });

const skuTaken = (sku: string | null | undefined) => ({ variant_sku_key: () => SkuTaken.of(["input", "sku"], sku?.trim() ?? "") });

@Resolver()
export class VariantMutations {
  @Mutation(() => VariantCreateResult, { description: "Adds a variant to a product. Needs CATALOG_WRITE." })
  variantCreate(@Arg("input", () => VariantCreateInput) input: VariantCreateInput, @Ctx() ctx: Context): Promise<typeof VariantCreateResult> {
    return runMutation(async () => variantPayload(await createVariant(ctx, input)), skuTaken(input.sku));
  }

  @Mutation(() => VariantUpdateResult, { description: "Changes SKU, price, compare-at price, weight or stock policy. Needs CATALOG_WRITE." })
  variantUpdate(@Arg("input", () => VariantUpdateInput) input: VariantUpdateInput, @Ctx() ctx: Context): Promise<typeof VariantUpdateResult> {
    return runMutation(async () => variantPayload(await updateVariant(ctx, input)), skuTaken(input.sku));
  }

  @Mutation(() => VariantChangeResult, { description: "Stops selling a variant; it stays for order history. Needs CATALOG_WRITE." })
  variantArchive(@Arg("input", () => VariantArchiveInput) input: VariantArchiveInput, @Ctx() ctx: Context): Promise<typeof VariantChangeResult> {
    return runMutation(async () => variantPayload(await archiveVariant(ctx, input)));
  }
}
