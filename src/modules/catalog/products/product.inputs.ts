/** Inputs of product mutations. Nullable in the schema where a missing value is answered with a typed InvalidInput. */
import { Field, ID, InputType, Int } from "type-graphql";
import { ProductStatus } from "./product.types.js";

@InputType({ description: "An option and its values, in order." })
export class ProductOptionInput {
  @Field({ description: "e.g. Size; unique within the product." })
  name: string;

  @Field(() => [String], { description: "e.g. [S, M, L]; 1 to 100 distinct values." })
  values: string[];
}

@InputType()
export class CreateProductInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Made from the title when omitted." })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProductStatus, { nullable: true, description: "DRAFT when omitted." })
  status?: ProductStatus | null;

  @Field(() => [ProductOptionInput], { nullable: true })
  options?: ProductOptionInput[] | null;
}

@InputType({ description: "Changes to a product; omitted fields keep their value." })
export class UpdateProductInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is answered with VersionConflict." })
  version: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProductStatus, { nullable: true })
  status?: ProductStatus | null;
}

@InputType()
export class ArchiveProductInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: "The complete list of a product's options: options and values are matched by name, new ones added, missing ones removed." })
export class SetProductOptionsInput {
  @Field(() => ID)
  productId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [ProductOptionInput])
  options: ProductOptionInput[];
}

@InputType({ description: "The complete, ordered list of a product's images." })
export class SetProductImagesInput {
  @Field(() => ID)
  productId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [ID], { description: "Uploaded images in display order, at most 50." })
  imageIds: string[];

  @Field(() => ID, { nullable: true, description: "One of imageIds; the first one when omitted." })
  featuredImageId?: string | null;
}
