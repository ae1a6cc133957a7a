/** The catalog's resolvers, as schema.ts lists them. */
import { CollectionMutations } from "./collections/collection.mutations.js";
import { CollectionResolver } from "./collections/collection.resolver.js";
import { ImageMutations } from "./images/image.mutations.js";
import { ProductMutations } from "./products/product.mutations.js";
import { ProductResolver } from "./products/product.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { VariantMutations } from "./variants/variant.mutations.js";
import { VariantResolver } from "./variants/variant.resolver.js";

export const catalogResolvers = [
  ProductResolver,
  ProductMutations,
  VariantResolver,
  VariantMutations,
  CollectionResolver,
  CollectionMutations,
  ImageMutations,
  SearchResolver,
] as const;
