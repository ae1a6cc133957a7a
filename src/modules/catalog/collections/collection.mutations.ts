/** Staff mutations on collections. */
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, createUnionType } from "type-graphql";
import type { Context } from "../../../context.js";
import { InvalidInput, VersionConflict } from "../../../shared/user-errors.js";
import { SlugTaken } from "../catalog.errors.js";
import { runMutation } from "../../../shared/mutation.js";
import { requestedSlug } from "../products/product.service.js";
import { Collection } from "./collection.types.js";
import { CollectionCreateInput, CollectionDeleteInput, CollectionProductsSetInput, CollectionUpdateInput } from "./collection.inputs.js";
import { createCollection, deleteCollection, setCollectionProducts, updateCollection } from "./collection.service.js";

@ObjectType({ description: "The collection as it is after the change." })
export class CollectionPayload {
  @Field(() => Collection)
  collection: Collection;
}

@ObjectType({ description: "The id of what was deleted." })
export class DeletedPayload {
  @Field()
  deletedId: string;
}

const payload = (collection: Collection) => Object.assign(new CollectionPayload(), { collection });

export const CollectionCreateResult = createUnionType({ name: "CollectionCreateResult", types: () => [CollectionPayload, InvalidInput, SlugTaken] as const });
export const CollectionUpdateResult = createUnionType({ name: "CollectionUpdateResult", types: () => [CollectionPayload, InvalidInput, SlugTaken, VersionConflict] as const });
export const CollectionChangeResult = createUnionType({ name: "CollectionChangeResult", types: () => [CollectionPayload, InvalidInput, VersionConflict] as const });
export const CollectionDeleteResult = createUnionType({ name: "CollectionDeleteResult", types: () => [DeletedPayload, InvalidInput, VersionConflict] as const });

@Resolver()
export class CollectionMutations {
  @Mutation(() => CollectionCreateResult, { description: "Creates a collection. Needs CATALOG_WRITE." })
  collectionCreate(@Arg("input", () => CollectionCreateInput) input: CollectionCreateInput, @Ctx() ctx: Context): Promise<typeof CollectionCreateResult> {
    return runMutation(async () => payload(await createCollection(ctx, input)), {
      collection_slug_key: () => SlugTaken.of(["input", "slug"], requestedSlug(input)),
    });
  }

  @Mutation(() => CollectionUpdateResult, { description: "Renames, moves or reorders a collection. Needs CATALOG_WRITE." })
  collectionUpdate(@Arg("input", () => CollectionUpdateInput) input: CollectionUpdateInput, @Ctx() ctx: Context): Promise<typeof CollectionUpdateResult> {
    return runMutation(async () => payload(await updateCollection(ctx, input)), {
      collection_slug_key: () => SlugTaken.of(["input", "slug"], input.slug?.trim() ?? ""),
    });
  }

  @Mutation(() => CollectionChangeResult, { description: "Sets a collection's products, in order. Needs CATALOG_WRITE." })
  collectionProductsSet(@Arg("input", () => CollectionProductsSetInput) input: CollectionProductsSetInput, @Ctx() ctx: Context): Promise<typeof CollectionChangeResult> {
    return runMutation(async () => payload(await setCollectionProducts(ctx, input)));
  }

  @Mutation(() => CollectionDeleteResult, { description: "Deletes a collection without children. Needs CATALOG_WRITE." })
  collectionDelete(@Arg("input", () => CollectionDeleteInput) input: CollectionDeleteInput, @Ctx() ctx: Context): Promise<typeof CollectionDeleteResult> {
    return runMutation(async () => Object.assign(new DeletedPayload(), { deletedId: await deleteCollection(ctx, input) }));
  }
}
