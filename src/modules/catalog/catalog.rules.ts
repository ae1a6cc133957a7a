/**
 * Catalog access: reading is open (what each viewer sees is decided in SQL, by status), writing
 * needs CATALOG_WRITE, and stock numbers are for catalog or inventory staff.
 */
import { allow, or } from "graphql-shield";
import { hasPermission, permissionCheck } from "../../access.js";
import { Permission } from "../identity/permission.js";

/** Changing the catalog: its GraphQL mutations and the image upload route (src/http/image-routes.ts). */
export const catalogWrite = permissionCheck(Permission.CATALOG_WRITE);

const canWrite = catalogWrite.rule;
const canSeeStock = or(hasPermission(Permission.CATALOG_READ), hasPermission(Permission.CATALOG_WRITE), hasPermission(Permission.INVENTORY_READ));

export const catalogRules = {
  Query: { products: allow, product: allow, collections: allow, collection: allow, search: allow },
  Mutation: {
    createProduct: canWrite,
    updateProduct: canWrite,
    archiveProduct: canWrite,
    setProductOptions: canWrite,
    setProductImages: canWrite,
    createVariant: canWrite,
    updateVariant: canWrite,
    archiveVariant: canWrite,
    setVariantImages: canWrite,
    createCollection: canWrite,
    updateCollection: canWrite,
    setCollectionProducts: canWrite,
    deleteCollection: canWrite,
  },
  Product: allow,
  ProductConnection: allow,
  ProductEdge: allow,
  ProductOption: allow,
  ProductOptionValue: allow,
  PriceRange: allow,
  Variant: { "*": allow, stock: canSeeStock },
  VariantConnection: allow,
  VariantEdge: allow,
  SelectedOption: allow,
  StockLevel: allow,
  Image: allow,
  Collection: allow,
  CollectionConnection: allow,
  CollectionEdge: allow,
  SearchResult: allow,
  SearchFacets: allow,
  OptionFacet: allow,
  FacetValue: allow,
  CollectionFacet: allow,
  PriceFacet: allow,
  ProductCreated: allow,
  ProductUpdated: allow,
  ProductArchived: allow,
  VariantCreated: allow,
  VariantUpdated: allow,
  VariantArchived: allow,
  CollectionCreated: allow,
  CollectionUpdated: allow,
  CollectionDeleted: allow,
  SlugTaken: allow,
  SkuTaken: allow,
};
