/** Staff mutations on variants (prices included). */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SkuTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { Variant } from "./variant.types.js";
import { ArchiveVariantInput, CreateVariantInput, UpdateVariantInput } from "./variant.inputs.js";
import { archiveVariant, createVariant, updateVariant } from "./variant.service.js";

@ObjectType({ description: "The new variant." })
export class VariantCreated {
  @Field(() => Variant)
  variant: Variant;
}

@ObjectType({ description: "The variant as it is after the change." })
export class VariantUpdated {
  @Field(() => Variant)
  variant: Variant;
}

@ObjectType({ description: "The variant, now archived." })
export class VariantArchived {
  @Field(() => Variant)
  variant: Variant;
}

export const CreateVariantResult = createUnionType({ name: "CreateVariantResult", types: () => [VariantCreated, InvalidInput, SkuTaken] as const });
export const UpdateVariantResult = createUnionType({ name: "UpdateVariantResult", types: () => [VariantUpdated, InvalidInput, SkuTaken, VersionConflict] as const });
export const ArchiveVariantResult = createUnionType({ name: "ArchiveVariantResult", types: () => [VariantArchived, InvalidInput, VersionConflict] as const });
export const SetVariantImagesResult = createUnionType({ name: "SetVariantImagesResult", types: () => [VariantUpdated, InvalidInput, VersionConflict] as const });

const skuTaken = (sku: string | null | undefined) => ({ variant_sku_key: () => SkuTaken.of(["input", "sku"], sku?.trim() ?? "") });

@Resolver()
export class VariantMutations {
  @Mutation(() => CreateVariantResult, { description: "Adds a variant to a product. Needs CATALOG_WRITE." })
  createVariant(@Arg("input", () => CreateVariantInput) input: CreateVariantInput, @Ctx() ctx: Context): Promise<typeof CreateVariantResult> {
    return runMutation(async () => Object.assign(new VariantCreated(), { variant: await createVariant(ctx, input) }), skuTaken(input.sku));
  }

  @Mutation(() => UpdateVariantResult, { description: "Changes SKU, price, compare-at price, weight or stock policy. Needs CATALOG_WRITE." })
  updateVariant(@Arg("input", () => UpdateVariantInput) input: UpdateVariantInput, @Ctx() ctx: Context): Promise<typeof UpdateVariantResult> {
    return runMutation(async () => Object.assign(new VariantUpdated(), { variant: await updateVariant(ctx, input) }), skuTaken(input.sku));
  }

  @Mutation(() => ArchiveVariantResult, { description: "Stops selling a variant; it stays for order history. Needs CATALOG_WRITE." })
  archiveVariant(@Arg("input", () => ArchiveVariantInput) input: ArchiveVariantInput, @Ctx() ctx: Context): Promise<typeof ArchiveVariantResult> {
    return runMutation(async () => Object.assign(new VariantArchived(), { variant: await archiveVariant(ctx, input) }));
  }
}
