/** Every loader the catalog offers, for the request's loader registry. */
import { createCollectionLoaders } from "./collections/collection.loaders.js";
import { createImageLoaders } from "./images/image.loaders.js";
import { createProductLoaders } from "./products/product.loaders.js";
import { createVariantLoaders } from "./variants/variant.loaders.js";

export const createCatalogLoaders = {
  ...createProductLoaders,
  ...createVariantLoaders,
  ...createCollectionLoaders,
  ...createImageLoaders,
};
