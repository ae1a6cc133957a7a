/** Inputs of collection mutations. */
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class CreateCollectionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Made from the title when omitted." })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The collection to put it under; the top of the tree when omitted." })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: "Order among its siblings; after the last one when omitted." })
  position?: number | null;
}

@InputType({ description: "Changes to a collection; omitted fields keep their value." })
export class UpdateCollectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Moves it under another collection; an explicit null moves it to the top." })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class DeleteCollectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: "The complete, ordered list of a collection's products." })
export class SetCollectionProductsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => [ID], { description: "Products in display order, at most 1000." })
  productIds: string[];
}
