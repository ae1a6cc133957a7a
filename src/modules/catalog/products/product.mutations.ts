/** Staff mutations on products: one `input`, a union of the payload and typed user errors. */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SlugTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { Product } from "./product.types.js";
import { ArchiveProductInput, CreateProductInput, SetProductOptionsInput, UpdateProductInput } from "./product.inputs.js";
import { archiveProduct, createProduct, requestedSlug, setProductOptions, updateProduct } from "./product.service.js";

@ObjectType({ description: "The new product." })
export class ProductCreated {
  @Field(() => Product)
  product: Product;
}

@ObjectType({ description: "The product as it is after the change." })
export class ProductUpdated {
  @Field(() => Product)
  product: Product;
}

@ObjectType({ description: "The product, now archived." })
export class ProductArchived {
  @Field(() => Product)
  product: Product;
}

export const CreateProductResult = createUnionType({ name: "CreateProductResult", types: () => [ProductCreated, InvalidInput, SlugTaken] as const });
export const UpdateProductResult = createUnionType({ name: "UpdateProductResult", types: () => [ProductUpdated, InvalidInput, SlugTaken, VersionConflict] as const });
export const ArchiveProductResult = createUnionType({ name: "ArchiveProductResult", types: () => [ProductArchived, InvalidInput, VersionConflict] as const });
export const SetProductOptionsResult = createUnionType({ name: "SetProductOptionsResult", types: () => [ProductUpdated, InvalidInput, VersionConflict] as const });
export const SetProductImagesResult = createUnionType({ name: "SetProductImagesResult", types: () => [ProductUpdated, InvalidInput, VersionConflict] as const });

@Resolver()
export class ProductMutations {
  @Mutation(() => CreateProductResult, { description: "Creates a product with its options. Needs CATALOG_WRITE." })
  createProduct(@Arg("input", () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: Context): Promise<typeof CreateProductResult> {
    return runMutation(async () => Object.assign(new ProductCreated(), { product: await createProduct(ctx, input) }), {
      product_slug_key: () => SlugTaken.of(["input", "slug"], requestedSlug(input)),
    });
  }

  @Mutation(() => UpdateProductResult, { description: "Changes title, slug, description or status. Needs CATALOG_WRITE." })
  updateProduct(@Arg("input", () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: Context): Promise<typeof UpdateProductResult> {
    return runMutation(async () => Object.assign(new ProductUpdated(), { product: await updateProduct(ctx, input) }), {
      product_slug_key: () => SlugTaken.of(["input", "slug"], input.slug?.trim() ?? ""),
    });
  }

  @Mutation(() => ArchiveProductResult, { description: "Archives a product: hidden from customers, kept for order history. Needs CATALOG_WRITE." })
  archiveProduct(@Arg("input", () => ArchiveProductInput) input: ArchiveProductInput, @Ctx() ctx: Context): Promise<typeof ArchiveProductResult> {
    return runMutation(async () => Object.assign(new ProductArchived(), { product: await archiveProduct(ctx, input) }));
  }

  @Mutation(() => SetProductOptionsResult, { description: "Sets a product's options and values (matched by name). Needs CATALOG_WRITE." })
  setProductOptions(@Arg("input", () => SetProductOptionsInput) input: SetProductOptionsInput, @Ctx() ctx: Context): Promise<typeof SetProductOptionsResult> {
    return runMutation(async () => Object.assign(new ProductUpdated(), { product: await setProductOptions(ctx, input) }));
  }
}
