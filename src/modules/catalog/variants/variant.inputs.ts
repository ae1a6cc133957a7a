/** Inputs of variant mutations. */
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "The value a variant has for one option, by name." })
export class SelectedOptionInput {
  @Field({ description: "Option name, e.g. Size (case-insensitive)." })
  name: string;

  @Field({ description: "One of the option's values, e.g. M (case-insensitive)." })
  value: string;
}

@InputType()
export class CreateVariantInput {
  @Field(() => ID)
  productId: string;

  @Field(() => String, { nullable: true, description: "Unique in the shop; letters, digits and . _ - / only." })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount in the shop currency, e.g. "19.99".' })
  price?: string | null;

  @Field(() => String, { nullable: true })
  compareAtPrice?: string | null;

  @Field(() => Int, { nullable: true })
  weightGrams?: number | null;

  @Field(() => Boolean, { nullable: true, description: "true when omitted." })
  trackInventory?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "false when omitted." })
  allowBackorder?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Initial units on hand; later changes go through inventory adjustments." })
  onHand?: number | null;

  @Field(() => [SelectedOptionInput], { nullable: true, description: "One value for every option of the product." })
  options?: SelectedOptionInput[] | null;
}

@InputType({ description: "Changes to a variant; omitted fields keep their value, an explicit null clears compareAtPrice or weightGrams." })
export class UpdateVariantInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version you read; a stale one is answered with VersionConflict." })
  version: number;

  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => String, { nullable: true })
  price?: string | null;

  @Field(() => String, { nullable: true })
  compareAtPrice?: string | null;

  @Field(() => Int, { nullable: true })
  weightGrams?: number | null;

  @Field(() => Boolean, { nullable: true })
  trackInventory?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  allowBackorder?: boolean | null;
}

@InputType()
export class ArchiveVariantInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: "The complete, ordered list of a variant's images." })
export class SetVariantImagesInput {
  @Field(() => ID)
  variantId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [ID], { description: "Uploaded images in display order, at most 50." })
  imageIds: string[];

  @Field(() => ID, { nullable: true, description: "One of imageIds; the first one when omitted." })
  featuredImageId?: string | null;
}
