/** Staff mutations on collections. */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SlugTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { requestedSlug } from "../products/product.service.js";
import { Collection } from "./collection.types.js";
import { CreateCollectionInput, DeleteCollectionInput, SetCollectionProductsInput, UpdateCollectionInput } from "./collection.inputs.js";
import { createCollection, deleteCollection, setCollectionProducts, updateCollection } from "./collection.service.js";

@ObjectType({ description: "The new collection." })
export class CollectionCreated {
  @Field(() => Collection)
  collection: Collection;
}

@ObjectType({ description: "The collection as it is after the change." })
export class CollectionUpdated {
  @Field(() => Collection)
  collection: Collection;
}

@ObjectType({ description: "The id of the deleted collection." })
export class CollectionDeleted {
  @Field()
  deletedId: string;
}

export const CreateCollectionResult = createUnionType({ name: "CreateCollectionResult", types: () => [CollectionCreated, InvalidInput, SlugTaken] as const });
export const UpdateCollectionResult = createUnionType({ name: "UpdateCollectionResult", types: () => [CollectionUpdated, InvalidInput, SlugTaken, VersionConflict] as const });
export const SetCollectionProductsResult = createUnionType({ name: "SetCollectionProductsResult", types: () => [CollectionUpdated, InvalidInput, VersionConflict] as const });
export const DeleteCollectionResult = createUnionType({ name: "DeleteCollectionResult", types: () => [CollectionDeleted, InvalidInput, VersionConflict] as const });

@Resolver()
export class CollectionMutations {
  @Mutation(() => CreateCollectionResult, { description: "Creates a collection. Needs CATALOG_WRITE." })
  createCollection(@Arg("input", () => CreateCollectionInput) input: CreateCollectionInput, @Ctx() ctx: Context): Promise<typeof CreateCollectionResult> {
    return runMutation(async () => Object.assign(new CollectionCreated(), { collection: await createCollection(ctx, input) }), {
      collection_slug_key: () => SlugTaken.of(["input", "slug"], requestedSlug(input)),
    });
  }

  @Mutation(() => UpdateCollectionResult, { description: "Renames, moves or reorders a collection. Needs CATALOG_WRITE." })
  updateCollection(@Arg("input", () => UpdateCollectionInput) input: UpdateCollectionInput, @Ctx() ctx: Context): Promise<typeof UpdateCollectionResult> {
    return runMutation(async () => Object.assign(new CollectionUpdated(), { collection: await updateCollection(ctx, input) }), {
      collection_slug_key: () => SlugTaken.of(["input", "slug"], input.slug?.trim() ?? ""),
    });
  }

  @Mutation(() => SetCollectionProductsResult, { description: "Sets a collection's products, in order. Needs CATALOG_WRITE." })
  setCollectionProducts(@Arg("input", () => SetCollectionProductsInput) input: SetCollectionProductsInput, @Ctx() ctx: Context): Promise<typeof SetCollectionProductsResult> {
    return runMutation(async () => Object.assign(new CollectionUpdated(), { collection: await setCollectionProducts(ctx, input) }));
  }

  @Mutation(() => DeleteCollectionResult, { description: "Deletes a collection without children. Needs CATALOG_WRITE." })
  deleteCollection(@Arg("input", () => DeleteCollectionInput) input: DeleteCollectionInput, @Ctx() ctx: Context): Promise<typeof DeleteCollectionResult> {
    return runMutation(async () => Object.assign(new CollectionDeleted(), { deletedId: await deleteCollection(ctx, input) }));
  }
}
