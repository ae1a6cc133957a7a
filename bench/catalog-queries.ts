/**
 * The documents of the catalog benchmark: Larder's, and PostGraphile's closest equivalents over
 * the same tables. PostGraphile exposes rows, not a shop: prices are minor units, stock columns
 * stand in for `availableForSale`, storage keys for image URLs, and a slug is a condition on
 * `allProducts` (the slug is a unique index, which PostGraphile does not turn into a field).
 */

/** S1: a product list page with the first variants of each product. */
export const S1 = `{ products(first: 20) { nodes { id title slug priceRange { min { amount currencyCode } }
  variants(first: 10) { nodes { sku price { amount currencyCode } availableForSale } } } } }`;

export const S1_POSTGRAPHILE = `{ allProducts(first: 20, condition: { status: ACTIVE }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
  nodes { id title slug priceMin
    variantsByProductId(first: 10, condition: { archivedAt: null }, orderBy: [POSITION_ASC, ROW_ID_ASC]) {
      nodes { sku price trackInventory allowBackorder stockOnHand stockAllocated } } } } }`;

/** S2: a product page by slug, with options, images, collections and up to 50 variants with their options. */
export const S2 = `query ($slug: String!) { product(slug: $slug) { id title slug description status availableForSale
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  options { id name values { id name } } images { url width height alt } featuredImage { url width height }
  collections { title slug parent { title slug } }
  variants(first: 50) { totalCount nodes { id sku title price { amount currencyCode } compareAtPrice { amount currencyCode }
    availableForSale weightGrams selectedOptions { name value } featuredImage { url } } } } }`;

export const S2_POSTGRAPHILE = `query ($slug: String!) { allProducts(first: 1, condition: { slug: $slug, status: ACTIVE }) { nodes {
  id title slug description status priceMin priceMax
  productOptionsByProductId(orderBy: [POSITION_ASC]) { nodes { id name optionValuesByOptionId(orderBy: [POSITION_ASC]) { nodes { id name } } } }
  productImagesByProductId(orderBy: [POSITION_ASC]) { nodes { imageByImageId { storageKey width height alt } } }
  imageByFeaturedImageId { storageKey width height }
  collectionProductsByProductId { nodes { collectionByCollectionId { title slug collectionByParentId { title slug } } } }
  variantsByProductId(first: 50, condition: { archivedAt: null }, orderBy: [POSITION_ASC, ROW_ID_ASC]) { totalCount nodes {
    id sku price compareAtPrice weightGrams trackInventory allowBackorder stockOnHand stockAllocated
    variantOptionValuesByVariantId { nodes { productOptionByOptionId { name position } optionValueByValueId { name } } }
    imageByFeaturedImageId { storageKey }
    variantImagesByVariantId(first: 1, orderBy: [POSITION_ASC]) { nodes { imageByImageId { storageKey } } } } } } } }`;

/** S3: search with the total and every facet (Larder only: PostGraphile has no search). */
export const S3 = `query ($q: String!) { search(query: $q, first: 20) { totalCount
  nodes { id title slug priceRange { min { amount currencyCode } } featuredImage { url } }
  facets { options { name values { value count } } collections { count collection { title slug } }
    prices { min { amount } max { amount } count } } } }`;

interface S1Answer {
  data: { products: { nodes: { slug: string; variants: { nodes: { sku: string }[] } }[] } };
}
interface S1PostGraphileAnswer {
  data: { allProducts: { nodes: { slug: string; variantsByProductId: { nodes: { sku: string }[] } }[] } };
}
interface S2Answer {
  data: { product: { slug: string; variants: { totalCount: number; nodes: { sku: string; selectedOptions: { value: string }[] }[] } } };
}
interface S2PostGraphileAnswer {
  data: {
    allProducts: {
      nodes: { slug: string; variantsByProductId: { totalCount: number; nodes: { sku: string; variantOptionValuesByVariantId: { nodes: { productOptionByOptionId: { position: number }; optionValueByValueId: { name: string } }[] } }[] } }[];
    };
  };
}

/** The rows both answers hold (products and their variants' SKUs and options), to check that both servers answer the same question. */
export function s1Rows(answer: unknown): string[] {
  if ("products" in (answer as S1Answer).data) return (answer as S1Answer).data.products.nodes.map((p) => `${p.slug}: ${p.variants.nodes.map((v) => v.sku).join(" ")}`);
  return (answer as S1PostGraphileAnswer).data.allProducts.nodes.map((p) => `${p.slug}: ${p.variantsByProductId.nodes.map((v) => v.sku).join(" ")}`);
}

export function s2Rows(answer: unknown): string[] {
  if ("product" in (answer as S2Answer).data) {
    const { slug, variants } = (answer as S2Answer).data.product;
    return [`${slug} ${variants.totalCount}`, ...variants.nodes.map((v) => `${v.sku}: ${v.selectedOptions.map((o) => o.value).join(" / ")}`)];
  }
  const { slug, variantsByProductId: variants } = (answer as S2PostGraphileAnswer).data.allProducts.nodes[0]!;
  const options = (v: (typeof variants.nodes)[number]) =>
    [...v.variantOptionValuesByVariantId.nodes].sort((a, b) => a.productOptionByOptionId.position - b.productOptionByOptionId.position).map((o) => o.optionValueByValueId.name);
  return [`${slug} ${variants.totalCount}`, ...variants.nodes.map((v) => `${v.sku}: ${options(v).join(" / ")}`)];
}
