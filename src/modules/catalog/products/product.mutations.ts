/** Staff mutations on products: one `input`, a union of the payload and typed user errors. */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SlugTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { Product } from "./product.types.js";
import { ProductArchiveInput, ProductCreateInput, ProductOptionsSetInput, ProductUpdateInput } from "./product.inputs.js";
import { archiveProduct, createProduct, requestedSlug, setProductOptions, updateProduct } from "./product.service.js";

@ObjectType({ description: "The product as it is after the change." })
export class ProductPayload {
  @Field(() => Product)
  product: Product;
}

const payload = (product: Product) => Object.assign(new ProductPayload(), { product });

export const ProductCreateResult = createUnionType({ name: "ProductCreateResult", types: () => [ProductPayload, InvalidInput, SlugTaken] as const });
export const ProductUpdateResult = createUnionType({ name: "ProductUpdateResult", types: () => [ProductPayload, InvalidInput, SlugTaken, VersionConflict] as const });
export const ProductChangeResult = createUnionType({ name: "ProductChangeResult", types: () => [ProductPayload, InvalidInput, VersionConflict] as const });

@Resolver()
export class ProductMutations {
  @Mutation(() => ProductCreateResult, { description: "Creates a product with its options. Needs CATALOG_WRITE." })
  productCreate(@Arg("input", () => ProductCreateInput) input: ProductCreateInput, @Ctx() ctx: Context): Promise<typeof ProductCreateResult> {
    return runMutation(async () => payload(await createProduct(ctx, input)), {
      product_slug_key: () => SlugTaken.of(["input", "slug"], requestedSlug(input)),
    });
  }

  @Mutation(() => ProductUpdateResult, { description: "Changes title, slug, description or status. Needs CATALOG_WRITE." })
  productUpdate(@Arg("input", () => ProductUpdateInput) input: ProductUpdateInput, @Ctx() ctx: Context): Promise<typeof ProductUpdateResult> {
    return runMutation(async () => payload(await updateProduct(ctx, input)), {
      product_slug_key: () => SlugTaken.of(["input", "slug"], input.slug?.trim() ?? ""),
    });
  }

  @Mutation(() => ProductChangeResult, { description: "Archives a product: hidden from customers, kept for order history. Needs CATALOG_WRITE." })
  productArchive(@Arg("input", () => ProductArchiveInput) input: ProductArchiveInput, @Ctx() ctx: Context): Promise<typeof ProductChangeResult> {
    return runMutation(async () => payload(await archiveProduct(ctx, input)));
  }

  @Mutation(() => ProductChangeResult, { description: "Sets a product's options and values (matched by name). Needs CATALOG_WRITE." })
  productOptionsSet(@Arg("input", () => ProductOptionsSetInput) input: ProductOptionsSetInput, @Ctx() ctx: Context): Promise<typeof ProductChangeResult> {
    return runMutation(async () => payload(await setProductOptions(ctx, input)));
  }
}
