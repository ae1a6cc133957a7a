/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who caused a change. */
export type ActorKind =
  | 'CUSTOMER'
  | 'GUEST'
  | 'STAFF'
  | 'SYSTEM';

/** Up to 100 lines; a cart holds at most 250 lines of at most 999 units each. */
export type AddCartLinesInput = {
  lines: Array<CartLineInput>;
};

/** Give exactly one of `delta` and `onHand`. */
export type AdjustStockInput = {
  /** Units to add (positive) or remove (negative). */
  delta?: number | null | undefined;
  /** Retrying with the same key returns the first result instead of adjusting twice. */
  idempotencyKey?: string | null | undefined;
  /** Free text, e.g. a delivery note number (at most 500 characters). */
  note?: string | null | undefined;
  /** The units counted on hand: the change is computed from the current level. */
  onHand?: number | null | undefined;
  reason: StockAdjustmentReason;
  variantId: string | number;
};

export type ApplyCouponInput = {
  /** Matched case-insensitively. */
  code: string;
};

export type ArchiveProductInput = {
  id: string | number;
  version: number;
};

export type ArchiveVariantInput = {
  id: string | number;
  version: number;
};

export type CancelMyOrderInput = {
  orderId: string | number;
  /** Why, if the customer says (at most 500 characters). */
  reason?: string | null | undefined;
};

export type CancelOrderInput = {
  orderId: string | number;
  /** Why; kept with the transition for staff, never shown to the customer. */
  reason?: string | null | undefined;
};

export type CartLineInput = {
  /** 1 to 999; added to what the cart already holds of this variant. */
  quantity: number;
  variantId: string | number;
};

/** What a cart still needs before it can be ordered. */
export type CheckoutRequirement =
  | 'EMAIL'
  | 'PAYMENT_SESSION'
  | 'SHIPPING_ADDRESS'
  | 'SHIPPING_METHOD';

/** PERCENTAGE or FIXED_AMOUNT off the subtotal, or FREE_SHIPPING. */
export type CouponKind =
  | 'FIXED_AMOUNT'
  | 'FREE_SHIPPING'
  | 'PERCENTAGE';

/** Why a coupon cannot be used now. */
export type CouponProblem =
  | 'CUSTOMER_LIMIT_REACHED'
  | 'EXPIRED'
  | 'INACTIVE'
  | 'MINIMUM_NOT_MET'
  | 'NOT_STARTED'
  | 'UNKNOWN_CODE'
  | 'USAGE_LIMIT_REACHED';

/** A new address. Optional texts may be omitted, null or empty. */
export type CreateAddressInput = {
  city: string;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2, any case. */
  countryCode: string;
  /** Make it the default billing address. When omitted, it becomes the default only if there is none. */
  defaultBilling?: boolean | null | undefined;
  /** Make it the default shipping address. When omitted, it becomes the default only if there is none. */
  defaultShipping?: boolean | null | undefined;
  firstName: string;
  lastName: string;
  line1: string;
  line2?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
};

export type CreateCollectionInput = {
  description?: string | null | undefined;
  /** The collection to put it under; the top of the tree when omitted. */
  parentId?: string | number | null | undefined;
  /** Order among its siblings; after the last one when omitted. */
  position?: number | null | undefined;
  /** Made from the title when omitted. */
  slug?: string | null | undefined;
  title?: string | null | undefined;
};

/** A new coupon. Give `percentOff` for PERCENTAGE, `amountOff` for FIXED_AMOUNT, neither for FREE_SHIPPING. */
export type CreateCouponInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** Decimal amount in the shop currency, e.g. "5.00". */
  amountOff?: string | null | undefined;
  /** 1 to 64 letters, digits, - or _; matched case-insensitively. */
  code: string;
  endsAt?: string | null | undefined;
  kind: CouponKind;
  /** Smallest subtotal it applies to; default 0. */
  minimumSubtotal?: string | null | undefined;
  /** Percent, e.g. "10" or "12.5" (at most two decimals, 0.01 to 100). */
  percentOff?: string | null | undefined;
  startsAt?: string | null | undefined;
  usageLimit?: number | null | undefined;
  usageLimitPerCustomer?: number | null | undefined;
};

export type CreatePaymentSessionInput = {
  /** Code of one of `paymentMethods` whose `needsPaymentSession` is true. */
  paymentMethod: string;
};

export type CreateProductInput = {
  description?: string | null | undefined;
  options?: Array<ProductOptionInput> | null | undefined;
  /** Made from the title when omitted. */
  slug?: string | null | undefined;
  /** DRAFT when omitted. */
  status?: ProductStatus | null | undefined;
  title?: string | null | undefined;
};

export type CreateStaffInput = {
  email: string;
  name: string;
  /** Initial password (10 to 256 characters); the new staff member should change it. */
  password: string;
  /** Roles to give; only roles whose permissions you all hold. */
  roleIds: Array<string | number>;
};

export type CreateVariantInput = {
  /** false when omitted. */
  allowBackorder?: boolean | null | undefined;
  compareAtPrice?: string | null | undefined;
  /** Initial units on hand; later changes go through inventory adjustments. */
  onHand?: number | null | undefined;
  /** One value for every option of the product. */
  options?: Array<SelectedOptionInput> | null | undefined;
  /** Decimal amount in the shop currency, e.g. "19.99". */
  price?: string | null | undefined;
  productId: string | number;
  /** Unique in the shop; letters, digits and . _ - / only. */
  sku?: string | null | undefined;
  /** true when omitted. */
  trackInventory?: boolean | null | undefined;
  weightGrams?: number | null | undefined;
};

/** A new webhook endpoint; it starts enabled. */
export type CreateWebhookEndpointInput = {
  /** What it is for, at most 500 characters. */
  description?: string | null | undefined;
  /** Event types to receive, at least one (see `webhookEventTypes`). */
  eventTypes: Array<string>;
  /** An https:// (or http://) URL on a public address, at most 2048 characters. */
  url: string;
};

export type DeleteCollectionInput = {
  id: string | number;
  version: number;
};

/** Machine-readable reason of a user error. */
export type ErrorCode =
  | 'ADDRESS_LIMIT_REACHED'
  | 'CANNOT_MODIFY_SELF'
  | 'CHECKOUT_INCOMPLETE'
  | 'COUPON_CODE_TAKEN'
  | 'COUPON_UNAVAILABLE'
  | 'EMAIL_ALREADY_VERIFIED'
  | 'EMAIL_TAKEN'
  | 'EMPTY_CART'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ILLEGAL_TRANSITION'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TOKEN'
  | 'NOT_FOUND'
  | 'ORDER_NOT_CANCELLABLE'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  | 'PERMISSION_NOT_HELD'
  | 'QUANTITY_LIMIT_EXCEEDED'
  | 'REFUND_EXCEEDS_CAPTURED'
  | 'ROLE_NAME_TAKEN'
  | 'SKU_TAKEN'
  | 'SLUG_TAKEN'
  | 'TOO_MANY_UNPAID_ORDERS'
  | 'VERSION_CONFLICT'
  | 'WEAK_PASSWORD'
  | 'WEBHOOK_URL_NOT_ALLOWED';

export type FulfilOrderInput = {
  /** Kept with the transition for staff; customers never see it. */
  note?: string | null | undefined;
  orderId: string | number;
  /** The carrier's tracking code (1 to 100 characters). */
  trackingCode: string;
};

export type LookUpOrderInput = {
  /** The order code, e.g. K7M2-9QXD (any case; spaces and look-alike letters forgiven). */
  code: string;
  /** The email the order was placed with. */
  email: string;
};

/** Values of one option, any of which matches, e.g. Size: [M, L]. */
export type OptionFilter = {
  /** Option name, case-insensitive. */
  name: string;
  /** Values, case-insensitive. */
  values: Array<string>;
};

/** Every condition given must hold. */
export type OrderFilter = {
  /** Placed by this customer account. */
  customerId?: string | number | null | undefined;
  /** Placed before. */
  placedBefore?: string | null | undefined;
  /** Placed at or after. */
  placedFrom?: string | null | undefined;
  /** An order code (any case, look-alike letters forgiven) or part of the order email. */
  search?: string | null | undefined;
  /** Any of these states. */
  states?: Array<OrderState> | null | undefined;
};

/** PLACED → PAYMENT_AUTHORIZED → PAYMENT_SETTLED → SHIPPED → DELIVERED; CANCELLED from any state before SHIPPED; PARTIALLY_REFUNDED and REFUNDED once money went back (refundOrder). */
export type OrderState =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PARTIALLY_REFUNDED'
  | 'PAYMENT_AUTHORIZED'
  | 'PAYMENT_SETTLED'
  | 'PLACED'
  | 'REFUNDED'
  | 'SHIPPED';

/** PENDING → (REQUIRES_ACTION →) AUTHORIZED → CAPTURED → PARTIALLY_REFUNDED → REFUNDED; VOIDED (released before capture), FAILED (declined). docs/payments.md has the diagram. */
export type PaymentState =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING'
  | 'REFUNDED'
  | 'REQUIRES_ACTION'
  | 'VOIDED';

/** What a staff role allows; read and write are separate for every area. */
export type Permission =
  | 'CATALOG_READ'
  | 'CATALOG_WRITE'
  | 'CUSTOMERS_READ'
  | 'CUSTOMERS_WRITE'
  | 'INVENTORY_READ'
  | 'INVENTORY_WRITE'
  | 'JOBS_READ'
  | 'JOBS_WRITE'
  | 'ORDERS_READ'
  | 'ORDERS_WRITE'
  | 'PAYMENTS_READ'
  | 'PAYMENTS_WRITE'
  | 'SETTINGS_READ'
  | 'SETTINGS_WRITE'
  | 'STAFF_READ'
  | 'STAFF_WRITE'
  | 'WEBHOOKS_MANAGE';

export type PlaceOrderInput = {
  /** Chosen by the client for this attempt (a UUID, say) and sent again on a retry: a retry returns the first answer and never places a second order. Changing the cart or payment details means a new attempt and a new key. */
  idempotencyKey: string;
  /** Code of one of `paymentMethods`. */
  paymentMethod: string;
  /** Method-specific payment data, e.g. a provider's card token. */
  paymentToken?: string | null | undefined;
};

/** A postal address. Optional texts may be omitted, null or empty. */
export type PostalAddressInput = {
  city: string;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2, any case. */
  countryCode: string;
  firstName: string;
  lastName: string;
  line1: string;
  line2?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
};

/** Narrows a product list. Variant conditions (price, stock, options) must all hold for one variant. */
export type ProductFilter = {
  /** Products in this collection or any collection below it. */
  collectionId?: string | number | null | undefined;
  /** Only products with a variant that can be bought now. */
  inStock?: boolean | null | undefined;
  /** Up to 10 options; every one must match. */
  options?: Array<OptionFilter> | null | undefined;
  /** Highest variant price, a decimal amount in the shop currency. */
  priceMax?: string | null | undefined;
  /** Lowest variant price, a decimal amount in the shop currency, e.g. "10.00". */
  priceMin?: string | null | undefined;
  /** Search text, up to 200 characters (see `search`). */
  query?: string | null | undefined;
  /** Catalog staff only; everyone else sees ACTIVE products whatever is asked. */
  status?: Array<ProductStatus> | null | undefined;
};

/** An option and its values, in order. */
export type ProductOptionInput = {
  /** e.g. Size; unique within the product. */
  name: string;
  /** e.g. [S, M, L]; 1 to 100 distinct values. */
  values: Array<string>;
};

/** Order of a product list. */
export type ProductSort =
  /** Most recently created first. */
  | 'NEWEST'
  /** Cheapest variant price, low to high. */
  | 'PRICE_ASC'
  /** Cheapest variant price, high to low. */
  | 'PRICE_DESC'
  /** Best search match first; newest first when there is no search text. */
  | 'RELEVANCE'
  /** Title A to Z. */
  | 'TITLE_ASC'
  /** Title Z to A. */
  | 'TITLE_DESC';

/** DRAFT and ARCHIVED products are visible to catalog staff only. */
export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type RefundLineInput = {
  /** A line of the order. */
  orderLineId: string | number;
  /** Units to refund: at most those ordered and not yet refunded. */
  quantity: number;
};

export type RefundOrderInput = {
  /** A further amount, in the shop currency, e.g. "5.00" (goodwill, a price adjustment). */
  amount?: string | null | undefined;
  /** The currency the client means: refused unless it is the shop's. */
  currencyCode?: string | null | undefined;
  /** Chosen by the client, sent again on a retry: a retry returns the first answer and never refunds twice. */
  idempotencyKey: string;
  /** Lines and units to refund, each at its share of what was paid for the line. */
  lines?: Array<RefundLineInput> | null | undefined;
  orderId: string | number;
  /** Why (at most 500 characters); kept with the refund and told to the customer. */
  reason?: string | null | undefined;
  /** Put the refunded units back into stock (a RETURN in the ledger once shipped). */
  restock: boolean;
  /** Also refund the shipping not yet refunded. */
  shipping?: boolean | null | undefined;
};

/** A new customer account. */
export type RegisterInput = {
  /** Stored trimmed and lower-cased; unique whatever its case. */
  email: string;
  firstName: string;
  lastName: string;
  /** BCP 47 language tag for mail, e.g. `fr-CH`. */
  locale?: string | null | undefined;
  /** Consent to marketing mail; false when omitted. */
  marketingOptIn?: boolean | null | undefined;
  /** 10 to 256 characters. */
  password: string;
};

export type RemoveCartLineInput = {
  lineId: string | number;
};

export type RemoveCouponInput = {
  /** Matched case-insensitively. */
  code: string;
};

export type RetryJobInput = {
  /** A FailedJob's id. */
  jobId: string | number;
};

/** The value a variant has for one option, by name. */
export type SelectedOptionInput = {
  /** Option name, e.g. Size (case-insensitive). */
  name: string;
  /** One of the option's values, e.g. M (case-insensitive). */
  value: string;
};

/** Exactly one of `address`, `addressId` and `sameAsShipping: true`. */
export type SetCartBillingAddressInput = {
  address?: PostalAddressInput | null | undefined;
  /** One of the signed-in customer's addresses (`me { addresses }`), copied into the cart as it is now. */
  addressId?: string | number | null | undefined;
  /** true: bill to the shipping address (the default), dropping a billing address set before. */
  sameAsShipping?: boolean | null | undefined;
};

export type SetCartEmailInput = {
  email: string;
};

/** Exactly one of `address` and `addressId`. */
export type SetCartShippingAddressInput = {
  address?: PostalAddressInput | null | undefined;
  /** One of the signed-in customer's addresses (`me { addresses }`), copied into the cart as it is now. */
  addressId?: string | number | null | undefined;
};

export type SetCartShippingMethodInput = {
  /** Code of one of `shippingMethods`. */
  code: string;
};

/** The complete, ordered list of a collection's products. */
export type SetCollectionProductsInput = {
  id: string | number;
  /** Products in display order, at most 1000. */
  productIds: Array<string | number>;
  version: number;
};

/** The complete, ordered list of a product's images. */
export type SetProductImagesInput = {
  /** One of imageIds; the first one when omitted. */
  featuredImageId?: string | number | null | undefined;
  /** Uploaded images in display order, at most 50. */
  imageIds: Array<string | number>;
  productId: string | number;
  version: number;
};

/** The complete list of a product's options: options and values are matched by name, new ones added, missing ones removed. */
export type SetProductOptionsInput = {
  options: Array<ProductOptionInput>;
  productId: string | number;
  version: number;
};

/** The complete, ordered list of a variant's images. */
export type SetVariantImagesInput = {
  /** One of imageIds; the first one when omitted. */
  featuredImageId?: string | number | null | undefined;
  /** Uploaded images in display order, at most 50. */
  imageIds: Array<string | number>;
  variantId: string | number;
  version: number;
};

/** RECEIVED and RETURNED add units, DAMAGED and LOST remove them, COUNT and CORRECTION go either way. */
export type StockAdjustmentReason =
  | 'CORRECTION'
  | 'COUNT'
  | 'DAMAGED'
  | 'LOST'
  | 'RECEIVED'
  | 'RETURNED';

/** LOW: at most LOW_STOCK_THRESHOLD units left to promise, and some; OUT: none. */
export type StockAlert =
  | 'LOW'
  | 'OUT';

/** ADJUSTMENT and RETURN change units on hand; ALLOCATION and RELEASE units promised to orders; SALE takes shipped units out of both. */
export type StockMovementKind =
  | 'ADJUSTMENT'
  | 'ALLOCATION'
  | 'RELEASE'
  | 'RETURN'
  | 'SALE';

/** Why stock moved. */
export type StockMovementReason =
  | 'CORRECTION'
  | 'COUNT'
  | 'DAMAGED'
  | 'INITIAL'
  | 'LOST'
  | 'ORDER_CANCELLED'
  | 'ORDER_EXPIRED'
  | 'ORDER_PLACED'
  | 'ORDER_REFUNDED'
  | 'ORDER_SHIPPED'
  | 'RECEIVED'
  | 'RETURNED';

export type TransitionOrderInput = {
  /** Kept with the transition for staff, e.g. a payment reference (at most 500 characters); customers never see it. */
  note?: string | null | undefined;
  orderId: string | number;
  /** SHIPPED needs fulfilOrder (a tracking code); CANCELLED can also be reached with cancelOrder. */
  to: OrderState;
};

/** Changes to one of your addresses; omitted fields stay as they are, null or empty clears an optional one. */
export type UpdateAddressInput = {
  city?: string | null | undefined;
  company?: string | null | undefined;
  countryCode?: string | null | undefined;
  /** true makes it the default billing address; false stops it being the default. */
  defaultBilling?: boolean | null | undefined;
  /** true makes it the default shipping address; false stops it being the default. */
  defaultShipping?: boolean | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  line1?: string | null | undefined;
  line2?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
};

export type UpdateCartLineInput = {
  lineId: string | number;
  /** The new quantity, 1 to 999 (use removeCartLine to remove). */
  quantity: number;
};

/** Changes to a collection; omitted fields keep their value. */
export type UpdateCollectionInput = {
  description?: string | null | undefined;
  id: string | number;
  /** Moves it under another collection; an explicit null moves it to the top. */
  parentId?: string | number | null | undefined;
  position?: number | null | undefined;
  slug?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
};

/** Changes to a coupon; omitted fields stay, null clears a date or limit. Kind and value cannot change (orders refer to them). */
export type UpdateCouponInput = {
  active?: boolean | null | undefined;
  endsAt?: string | null | undefined;
  id: string | number;
  minimumSubtotal?: string | null | undefined;
  startsAt?: string | null | undefined;
  usageLimit?: number | null | undefined;
  usageLimitPerCustomer?: number | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdatePreferencesInput = {
  /** BCP 47 language tag; null or empty clears it. */
  locale?: string | null | undefined;
  marketingOptIn?: boolean | null | undefined;
};

/** Changes to a product; omitted fields keep their value. */
export type UpdateProductInput = {
  description?: string | null | undefined;
  id: string | number;
  slug?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  title?: string | null | undefined;
  /** The version you read; a stale one is answered with VersionConflict. */
  version: number;
};

/** Omitted fields stay as they are. */
export type UpdateProfileInput = {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
};

/** Omitted fields stay as they are. You can change only roles whose permissions you all hold. */
export type UpdateRoleInput = {
  id: string | number;
  name?: string | null | undefined;
  /** The complete new set; only permissions you hold yourself. */
  permissions?: Array<Permission> | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateStaffInput = {
  /** false signs them out everywhere and stops them signing in. */
  active?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
};

/** Changes to a variant; omitted fields keep their value, an explicit null clears compareAtPrice or weightGrams. */
export type UpdateVariantInput = {
  allowBackorder?: boolean | null | undefined;
  compareAtPrice?: string | null | undefined;
  id: string | number;
  price?: string | null | undefined;
  sku?: string | null | undefined;
  trackInventory?: boolean | null | undefined;
  /** The version you read; a stale one is answered with VersionConflict. */
  version: number;
  weightGrams?: number | null | undefined;
};

/** Changes to an endpoint; omitted fields stay. */
export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  eventTypes?: Array<string> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

/** PENDING while attempts are still to come, then SUCCEEDED or FAILED. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** Why an attempt failed: no answer in time, refused or broken connection, DNS, an address webhooks may not reach, TLS, an answer too large, or a status other than 2xx. */
export type WebhookErrorKind =
  | 'ADDRESS_NOT_ALLOWED'
  | 'CONNECTION_FAILED'
  | 'CONNECTION_REFUSED'
  | 'DNS_FAILED'
  | 'HTTP_STATUS'
  | 'TIMEOUT'
  | 'TLS'
  | 'TOO_LARGE';

export type ProductPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type ProductPageQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, slug: string, status: ProductStatus, createdAt: string, priceRange: { min: { amount: string, currencyCode: string } } | null } }> } };

export type ProductLookupQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type ProductLookupQuery = { product: { id: string, slug: string, availableForSale: boolean, variants: { nodes: Array<{ id: string, sku: string, availableForSale: boolean, price: { amount: string }, selectedOptions: Array<{ name: string, value: string }> }> } } | null };

export type TreeQueryVariables = Exact<{ [key: string]: never; }>;


export type TreeQuery = { collections: { totalCount: number, nodes: Array<{ id: string, title: string, slug: string, parent: { title: string } | null, children: Array<{ title: string, slug: string, parent: { slug: string } | null, products: { totalCount: number, nodes: Array<{ slug: string }> } }> }> }, bySlug: { title: string } | null };

export type NodeLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeLookupQuery = { node:
    | { __typename: 'Address', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Collection', slug: string, id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Image', url: string, width: number, height: number, id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Product', slug: string, id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Staff', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Variant', sku: string, id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type StockQueryQueryVariables = Exact<{
  slug: string;
}>;


export type StockQueryQuery = { product: { title: string, variants: { nodes: Array<{ sku: string, stock: { onHand: number } | null }> } } | null };

export type AttachProductImagesMutationVariables = Exact<{
  input: SetProductImagesInput;
}>;


export type AttachProductImagesMutation = { setProductImages:
    | { __typename: 'InvalidInput', message: string, path: Array<string> | null }
    | { __typename: 'ProductUpdated', product: { version: number, images: Array<{ id: string, width: number }>, featuredImage: { id: string } | null } }
    | { __typename: 'VersionConflict', message: string, path: Array<string> | null }
   };

export type AttachVariantImagesMutationVariables = Exact<{
  input: SetVariantImagesInput;
}>;


export type AttachVariantImagesMutation = { setVariantImages:
    | { __typename: 'InvalidInput' }
    | { __typename: 'VariantUpdated', variant: { version: number, images: Array<{ id: string }>, featuredImage: { id: string } | null } }
    | { __typename: 'VersionConflict' }
   };

export type MakeImageProductMutationVariables = Exact<{ [key: string]: never; }>;


export type MakeImageProductMutation = { createProduct:
    | { product: { id: string } }
    | Record<PropertyKey, never>
  , createVariant:
    | { product: { id: string } }
    | Record<PropertyKey, never>
   };

export type AddImageVariantMutationVariables = Exact<{
  productId: string | number;
}>;


export type AddImageVariantMutation = { createVariant:
    | { variant: { id: string } }
    | Record<PropertyKey, never>
   };

export type ImageUrlQueryVariables = Exact<{
  id: string | number;
}>;


export type ImageUrlQuery = { node:
    | { url: string }
    | Record<PropertyKey, never>
   | null };

export type JsonRowsProductFragment = { slug: string, title: string, description: string, status: ProductStatus, version: number, createdAt: string, updatedAt: string, priceRange: { min: { amount: string }, max: { amount: string } } | null };

export type JsonRowsVariantFragment = { id: string, sku: string, position: number, weightGrams: number | null, trackInventory: boolean, allowBackorder: boolean, availableForSale: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, price: { amount: string }, compareAtPrice: { amount: string } | null };

export type JsonRowsListAlongQueryVariables = Exact<{ [key: string]: never; }>;


export type JsonRowsListAlongQuery = { products: { nodes: Array<{ slug: string, title: string, description: string, status: ProductStatus, version: number, createdAt: string, updatedAt: string, variants: { nodes: Array<{ id: string, sku: string, position: number, weightGrams: number | null, trackInventory: boolean, allowBackorder: boolean, availableForSale: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, stock: { onHand: number, allocated: number } | null, product: { slug: string }, price: { amount: string }, compareAtPrice: { amount: string } | null }> }, priceRange: { min: { amount: string }, max: { amount: string } } | null }> } };

export type JsonRowsPageAlongQueryVariables = Exact<{
  after?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type JsonRowsPageAlongQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string, variants: { nodes: Array<{ sku: string }> } } }> } };

export type JsonRowsPagePlainQueryVariables = Exact<{
  after?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type JsonRowsPagePlainQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string } }> } };

export type JsonRowsCombinedQueryVariables = Exact<{
  slug: string;
  collection: string;
}>;


export type JsonRowsCombinedQuery = { collection: { slug: string } | null, product: { slug: string, title: string, description: string, status: ProductStatus, version: number, createdAt: string, updatedAt: string, options: Array<{ name: string }>, variants: { nodes: Array<{ id: string, sku: string, position: number, weightGrams: number | null, trackInventory: boolean, allowBackorder: boolean, availableForSale: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, stock: { onHand: number, allocated: number } | null, product: { slug: string }, price: { amount: string }, compareAtPrice: { amount: string } | null }> }, priceRange: { min: { amount: string }, max: { amount: string } } | null } | null };

export type JsonRowsProductAloneQueryVariables = Exact<{
  slug: string;
}>;


export type JsonRowsProductAloneQuery = { product: { slug: string, title: string, description: string, status: ProductStatus, version: number, createdAt: string, updatedAt: string, priceRange: { min: { amount: string }, max: { amount: string } } | null } | null };

export type JsonRowsVariantAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type JsonRowsVariantAloneQuery = { node:
    | { id: string, sku: string, position: number, weightGrams: number | null, trackInventory: boolean, allowBackorder: boolean, availableForSale: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, price: { amount: string }, compareAtPrice: { amount: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ListColumnsTrimmedQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsTrimmedQuery = { products: { nodes: Array<{ id: string, slug: string, variants: { nodes: Array<{ sku: string }> } }> } };

export type ListColumnsElsewhereQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsElsewhereQuery = { products: { nodes: Array<{ slug: string, variants: { nodes: Array<{ sku: string }> } }> }, product: { description: string, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, variants: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ sku: string, position: number, weightGrams: number | null, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, compareAtPrice: { amount: string } | null }> } } | null };

export type ListColumnsAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsAloneQuery = { product: { description: string, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, variants: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ sku: string, position: number, weightGrams: number | null, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, compareAtPrice: { amount: string } | null }> } } | null };

export type ListColumnsProductFragment = { description: string, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, variants: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ sku: string, position: number, weightGrams: number | null, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, compareAtPrice: { amount: string } | null }> } };

export type ListColumnsThroughFragmentQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsThroughFragmentQuery = { products: { nodes: Array<{ id: string, description: string, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, variants: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ sku: string, position: number, weightGrams: number | null, version: number, createdAt: string, updatedAt: string, featuredImage: { url: string } | null, compareAtPrice: { amount: string } | null }> } }> } };

export type ListColumnsCursorsWithVariantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsCursorsWithVariantsQuery = { products: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, variants: { pageInfo: { endCursor: string | null }, nodes: Array<{ sku: string }> } } }> } };

export type ListColumnsCursorsAloneQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsCursorsAloneQuery = { products: { pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string } }> } };

export type ListColumnsVariantCursorAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsVariantCursorAloneQuery = { product: { variants: { pageInfo: { endCursor: string | null } } } | null };

export type ListColumnsVariantIdsElsewhereQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsVariantIdsElsewhereQuery = { products: { nodes: Array<{ variants: { nodes: Array<{ sku: string }> } }> }, product: { variants: { nodes: Array<{ sku: string, title: string, selectedOptions: Array<{ name: string, value: string }> }> } } | null };

export type ListColumnsVariantIdsAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsVariantIdsAloneQuery = { product: { variants: { nodes: Array<{ id: string, sku: string, title: string, selectedOptions: Array<{ name: string, value: string }> }> } } | null };

export type ListColumnsVariantIdsThroughNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsVariantIdsThroughNodeQuery = { products: { nodes: Array<{ id: string, variants: { nodes: Array<{ id: string, sku: string }> } }> } };

export type ListColumnsListPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ListColumnsListPageQuery = { products: { nodes: Array<{ id: string, title: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string } } | null, variants: { nodes: Array<{ sku: string, availableForSale: boolean, trackInventory: boolean, allowBackorder: boolean, price: { amount: string } }> } }> } };

export type ListColumnsCardAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type ListColumnsCardAloneQuery = { product: { title: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string } } | null, variants: { nodes: Array<{ sku: string, availableForSale: boolean, trackInventory: boolean, allowBackorder: boolean, price: { amount: string } }> } } | null };

export type ListColumnsCardFragment = { title: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string } } | null, variants: { nodes: Array<{ sku: string, availableForSale: boolean, trackInventory: boolean, allowBackorder: boolean, price: { amount: string } }> } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'ProductUpdated', product: { title: string, slug: string, status: ProductStatus, version: number } }
    | { __typename: 'SlugTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'VersionConflict', currentVersion: number, code: ErrorCode, message: string, path: Array<string> | null }
   };

export type ArchiveProductMutationVariables = Exact<{
  input: ArchiveProductInput;
}>;


export type ArchiveProductMutation = { archiveProduct:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'ProductArchived', product: { status: ProductStatus, version: number } }
    | { __typename: 'VersionConflict', code: ErrorCode }
   };

export type SetOptionsMutationVariables = Exact<{
  input: SetProductOptionsInput;
}>;


export type SetOptionsMutation = { setProductOptions:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'ProductUpdated', product: { version: number, options: Array<{ id: string, name: string, values: Array<{ name: string }> }> } }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type CreateVariantMutationVariables = Exact<{
  input: CreateVariantInput;
}>;


export type CreateVariantMutation = { createVariant:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'SkuTaken', sku: string, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'VariantCreated', variant: { id: string, sku: string, title: string, version: number, availableForSale: boolean, price: { amount: string }, compareAtPrice: { amount: string } | null, product: { priceRange: { min: { amount: string }, max: { amount: string } } | null } } }
   };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { createCollection:
    | { __typename: 'CollectionCreated', collection: { id: string, slug: string, version: number, position: number, parent: { slug: string } | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'SlugTaken', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type FuzzyMatchesQueryVariables = Exact<{
  query: string;
}>;


export type FuzzyMatchesQuery = { search: { totalCount: number, nodes: Array<{ title: string }> }, products: { totalCount: number, nodes: Array<{ title: string }> } };

export type SearchWholeQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type SearchWholeQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, priceRange: { min: { amount: string } } | null, collections: Array<{ id: string }>, variants: { nodes: Array<{ selectedOptions: Array<{ name: string, value: string }> }> } }>, facets: { options: Array<{ name: string, values: Array<{ value: string, count: number }> }>, collections: Array<{ count: number, collection: { id: string } }>, prices: Array<{ count: number, min: { amount: string }, max: { amount: string } | null }> } } };

export type SearchPageOnlyQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
  sort?: ProductSort | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type SearchPageOnlyQuery = { search: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } };

export type SearchCountsQueryVariables = Exact<{
  query: string;
}>;


export type SearchCountsQuery = { search: { totalCount: number, nodes: Array<{ title: string }>, facets: { options: Array<{ name: string, values: Array<{ value: string, count: number }> }>, prices: Array<{ count: number }> } } };

export type SearchAlongQueryVariables = Exact<{
  query: string;
}>;


export type SearchAlongQuery = { search: { totalCount: number, nodes: Array<{ id: string, featuredImage: { url: string, width: number } | null, images: Array<{ url: string, alt: string }> }>, edges: Array<{ node: { id: string, featuredImage: { url: string } | null } }>, facets: { collections: Array<{ count: number, collection: { id: string, title: string, slug: string } }> } } };

export type AlongByLoadersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AlongByLoadersQuery = { nodes: Array<
    | { id: string, title: string, slug: string }
    | { id: string, featuredImage: { url: string, width: number } | null, images: Array<{ url: string, alt: string }> }
    | Record<PropertyKey, never>
   | null> };

export type SearchOptionOrderQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchOptionOrderQuery = { search: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ options: Array<{ name: string, values: Array<{ name: string }> }>, variants: { nodes: Array<{ selectedOptions: Array<{ name: string, value: string }> }> } }>, facets: { options: Array<{ name: string, values: Array<{ value: string, count: number }> }> } } };

export type SearchCardsQueryVariables = Exact<{
  query: string;
}>;


export type SearchCardsQuery = { search: { totalCount: number, nodes: Array<{ id: string, title: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string } } | null, featuredImage: { url: string } | null }> } };

export type SearchDetailsQueryVariables = Exact<{
  query: string;
}>;


export type SearchDetailsQuery = { search: { totalCount: number, nodes: Array<{ id: string, title: string, slug: string, status: ProductStatus, description: string, version: number, createdAt: string, updatedAt: string, priceRange: { min: { amount: string } } | null, featuredImage: { url: string } | null }> } };

export type SearchPageProductAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchPageProductAloneQuery = { product: { title: string, slug: string, status: ProductStatus, description: string, version: number, createdAt: string, updatedAt: string, priceRange: { min: { amount: string } } | null, featuredImage: { url: string } | null } | null };

export type SearchPageCardFragment = { title: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string } } | null, featuredImage: { url: string } | null };

export type SearchPageDetailsFragment = { description: string, version: number, createdAt: string, updatedAt: string };

export type SearchWordsQueryVariables = Exact<{
  query: string;
}>;


export type SearchWordsQuery = { search: { totalCount: number, nodes: Array<{ id: string, title: string }> } };

export type RetitleProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type RetitleProductMutation = { updateProduct:
    | { __typename: 'InvalidInput' }
    | { __typename: 'ProductUpdated' }
    | { __typename: 'SlugTaken' }
    | { __typename: 'VersionConflict' }
   };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ title: string }>, facets: { options: Array<{ name: string, values: Array<{ value: string, count: number }> }>, collections: Array<{ count: number, collection: { slug: string } }>, prices: Array<{ count: number, min: { amount: string }, max: { amount: string } | null }> } } };

export type SearchFixtureMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type SearchFixtureMutation = { createProduct:
    | { product: { id: string } }
    | Record<PropertyKey, never>
   };

export type SearchFixtureVariantMutationVariables = Exact<{
  input: CreateVariantInput;
}>;


export type SearchFixtureVariantMutation = { createVariant:
    | { __typename: 'InvalidInput' }
    | { __typename: 'SkuTaken' }
    | { __typename: 'VariantCreated' }
   };

export type CatalogTreeQueryVariables = Exact<{
  first: number;
}>;


export type CatalogTreeQuery = { products: { totalCount: number, nodes: Array<{ id: string, title: string, priceRange: { min: { amount: string } } | null, options: Array<{ name: string, values: Array<{ name: string }> }>, images: Array<{ url: string, width: number }>, featuredImage: { url: string } | null, collections: Array<{ title: string, parent: { title: string } | null }>, variants: { totalCount: number, nodes: Array<{ sku: string, availableForSale: boolean, price: { amount: string, currencyCode: string }, selectedOptions: Array<{ name: string, value: string }>, images: Array<{ url: string }>, stock: { onHand: number, allocated: number, available: number } | null }> } }> } };

export type SearchTreeQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchTreeQuery = { search: { totalCount: number, nodes: Array<{ title: string, collections: Array<{ title: string }>, variants: { nodes: Array<{ sku: string, selectedOptions: Array<{ value: string }> }> } }>, facets: { options: Array<{ name: string, values: Array<{ value: string, count: number }> }>, collections: Array<{ count: number, collection: { title: string } }>, prices: Array<{ count: number, min: { amount: string } }> } } };

export type ProductListTreeQueryVariables = Exact<{
  first: number;
  variants: number;
}>;


export type ProductListTreeQuery = { products: { nodes: Array<{ id: string, title: string, slug: string, priceRange: { min: { amount: string, currencyCode: string } } | null, variants: { nodes: Array<{ sku: string, availableForSale: boolean, price: { amount: string, currencyCode: string } }> } }> } };

export type ProductPageTreeQueryVariables = Exact<{
  slug: string;
  variants: number;
}>;


export type ProductPageTreeQuery = { product: { id: string, title: string, slug: string, description: string, status: ProductStatus, availableForSale: boolean, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } } | null, options: Array<{ id: string, name: string, values: Array<{ id: string, name: string }> }>, images: Array<{ url: string, width: number, height: number, alt: string }>, featuredImage: { url: string, width: number, height: number } | null, collections: Array<{ title: string, slug: string, parent: { title: string, slug: string } | null }>, variants: { totalCount: number, nodes: Array<{ id: string, sku: string, title: string, availableForSale: boolean, weightGrams: number | null, createdAt: string, updatedAt: string, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string, currencyCode: string } | null, selectedOptions: Array<{ name: string, value: string }>, featuredImage: { url: string } | null }> } } | null };

export type VariantsAlongQueryVariables = Exact<{
  first?: number | null | undefined;
  last?: number | null | undefined;
  variants: number;
  other: number;
}>;


export type VariantsAlongQuery = { products: { nodes: Array<{ slug: string, variants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ sku: string, createdAt: string, archivedAt: string | null }> }, other: { nodes: Array<{ sku: string }> } }> } };

export type VariantAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type VariantAloneQuery = { node:
    | { sku: string, createdAt: string, updatedAt: string }
    | Record<PropertyKey, never>
   | null };

export type UpdateVariantMutationVariables = Exact<{
  input: UpdateVariantInput;
}>;


export type UpdateVariantMutation = { updateVariant:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'SkuTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'VariantUpdated', variant: { sku: string, version: number, price: { amount: string }, compareAtPrice: { amount: string } | null } }
    | { __typename: 'VersionConflict', currentVersion: number, code: ErrorCode, message: string, path: Array<string> | null }
   };

export type ArchiveVariantMutationVariables = Exact<{
  input: ArchiveVariantInput;
}>;


export type ArchiveVariantMutation = { archiveVariant:
    | { __typename: 'InvalidInput' }
    | { __typename: 'VariantArchived', variant: { archivedAt: string | null, availableForSale: boolean, product: { priceRange: { min: { amount: string } } | null } } }
    | { __typename: 'VersionConflict' }
   };

export type UpdateCollectionMutationVariables = Exact<{
  input: UpdateCollectionInput;
}>;


export type UpdateCollectionMutation = { updateCollection:
    | { __typename: 'CollectionUpdated', collection: { version: number, parent: { slug: string } | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'SlugTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type SetCollectionProductsMutationVariables = Exact<{
  input: SetCollectionProductsInput;
}>;


export type SetCollectionProductsMutation = { setCollectionProducts:
    | { __typename: 'CollectionUpdated', collection: { version: number, products: { nodes: Array<{ slug: string }> } } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string }
   };

export type DeleteCollectionMutationVariables = Exact<{
  input: DeleteCollectionInput;
}>;


export type DeleteCollectionMutation = { deleteCollection:
    | { __typename: 'CollectionDeleted', deletedId: string }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string }
   };

export type SearchCollectionsQueryVariables = Exact<{
  query: string;
}>;


export type SearchCollectionsQuery = { search: { facets: { collections: Array<{ count: number, collection: { slug: string } }> } } };

export type CreateDearVariantMutationVariables = Exact<{
  input: CreateVariantInput;
}>;


export type CreateDearVariantMutation = { createVariant:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null, message: string }
    | { __typename: 'SkuTaken', code: ErrorCode, path: Array<string> | null, message: string }
    | { __typename: 'VariantCreated', variant: { price: { amount: string } } }
   };

export type CreateDearCouponMutationVariables = Exact<{
  input: CreateCouponInput;
}>;


export type CreateDearCouponMutation = { createCoupon:
    | { __typename: 'CouponCodeTaken', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'CouponCreated' }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
   };

export type MergedCartQueryVariables = Exact<{ [key: string]: never; }>;


export type MergedCartQuery = { cart: { lines: Array<{ sku: string, quantity: number }>, shippingAddress: { city: string } | null, shippingMethod: { code: string } | null, coupons: Array<{ code: string }> } | null };

export type LoginWithCartMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginWithCartMutation = { login:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn', cart: { id: string, totalQuantity: number, lines: Array<{ sku: string, quantity: number }> } | null, guestCartMerge: { mergedLines: number, droppedLines: number } | null }
   | null };

export type CartIdQueryVariables = Exact<{ [key: string]: never; }>;


export type CartIdQuery = { cart: { id: string } | null };

export type CartQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CartQueryQuery = { cart: { id: string, email: string | null, totalQuantity: number, availableShippingMethods: Array<{ code: string, price: { amount: string } }>, lines: Array<{ id: string, quantity: number, sku: string, availableForSale: boolean, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, variant: { id: string } | null }>, shippingAddress: { countryCode: string, city: string } | null, shippingMethod: { code: string, price: { amount: string } } | null, coupons: Array<{ code: string, applicable: boolean, problem: CouponProblem | null }>, totals: { pricesIncludeTax: boolean, taxRate: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } } } | null };

export type UpdateLineMutationVariables = Exact<{
  input: UpdateCartLineInput;
}>;


export type UpdateLineMutation = { updateCartLine:
    | { __typename: 'CartUpdated', cart: { totalQuantity: number } }
    | { __typename: 'InsufficientStock', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
   };

export type RemoveLineMutationVariables = Exact<{
  input: RemoveCartLineInput;
}>;


export type RemoveLineMutation = { removeCartLine:
    | { __typename: 'CartUpdated', cart: { totalQuantity: number } }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
   };

export type DetailsMutationVariables = Exact<{
  email: SetCartEmailInput;
  address: SetCartShippingAddressInput;
  method: SetCartShippingMethodInput;
}>;


export type DetailsMutation = { setCartEmail:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
  , setCartShippingAddress:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
  , setCartShippingMethod:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
   };

export type AddToBookMutationVariables = Exact<{
  input: CreateAddressInput;
}>;


export type AddToBookMutation = { createAddress:
    | { __typename: 'AddressCreated', address: { id: string } }
    | { __typename: 'AddressLimitReached' }
    | { __typename: 'InvalidInput' }
   };

export type ShipToMutationVariables = Exact<{
  input: SetCartShippingAddressInput;
}>;


export type ShipToMutation = { setCartShippingAddress:
    | { __typename: 'CartUpdated', cart: { shippingAddress: { firstName: string, line1: string, city: string, countryCode: string } | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type BillToMutationVariables = Exact<{
  input: SetCartBillingAddressInput;
}>;


export type BillToMutation = { setCartBillingAddress:
    | { __typename: 'CartUpdated', cart: { billingAddress: { firstName: string, line1: string, city: string } | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type CartAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type CartAddressesQuery = { cart: { shippingAddress: { line1: string } | null, billingAddress: { line1: string } | null } | null };

export type OrderAddressesQueryVariables = Exact<{
  code: string;
  id: string | number;
}>;


export type OrderAddressesQuery = { order: { shippingAddress: { line1: string, city: string }, billingAddress: { firstName: string, line1: string, city: string } } | null, node:
    | { billingAddress: { line1: string } }
    | Record<PropertyKey, never>
   | null };

export type SetMethodOnlyMutationVariables = Exact<{ [key: string]: never; }>;


export type SetMethodOnlyMutation = { setCartShippingMethod:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type CheckoutCartQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutCartQuery = { cart: { id: string, totalQuantity: number } | null };

export type PlaceWithTokenMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceWithTokenMutation = { placeOrder:
    | { __typename: 'CheckoutIncomplete' }
    | { __typename: 'CouponUnavailable' }
    | { __typename: 'EmptyCart' }
    | { __typename: 'IdempotencyKeyReused' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'OrderPlaced', statusToken: string, order: { id: string, code: string, email: string } }
    | { __typename: 'PaymentActionRequired' }
    | { __typename: 'PaymentDeclined' }
    | { __typename: 'PaymentProviderUnavailable' }
    | { __typename: 'QuantityLimitExceeded' }
    | { __typename: 'TooManyUnpaidOrders' }
   };

export type StatusByTokenQueryVariables = Exact<{
  token: string;
}>;


export type StatusByTokenQuery = { orderByStatusToken: { code: string, state: OrderState, trackingCode: string | null, placedAt: string, lines: Array<{ sku: string, quantity: number, subtotal: { amount: string } }>, totals: { total: { amount: string, currencyCode: string } }, shippingAddress: { city: string, countryCode: string }, shippingMethod: { code: string }, history: Array<{ from: OrderState | null, to: OrderState }> } | null };

export type TokenAndNothingElseQueryVariables = Exact<{
  token: string;
  code: string;
  id: string | number;
}>;


export type TokenAndNothingElseQuery = { orderByStatusToken: { code: string } | null, order: { code: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LookUpMutationVariables = Exact<{
  input: LookUpOrderInput;
}>;


export type LookUpMutation = { lookUpOrder:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderFound', order: { code: string, state: OrderState } }
   | null };

export type TypeFieldsQueryVariables = Exact<{
  name: string;
}>;


export type TypeFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type FulfilForStatusMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type FulfilForStatusMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock:
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null, shortages: Array<{ requested: number, available: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StockAdjusted', variant: { sku: string, stock: { onHand: number, allocated: number, available: number } | null }, movement: { kind: StockMovementKind, reason: StockMovementReason, onHandDelta: number, allocatedDelta: number, note: string, actorKind: ActorKind, staffMemberId: string | null } | null }
   };

export type LedgerQueryVariables = Exact<{
  variantId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerQuery = { stockMovements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: StockMovementKind, reason: StockMovementReason, onHandDelta: number, allocatedDelta: number, actorKind: ActorKind, orderCode: string | null }> } | null };

export type NodeMovementQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeMovementQuery = { node:
    | { kind: StockMovementKind }
    | Record<PropertyKey, never>
   | null };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { me: { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, lines: Array<{ quantity: number, variant: { product: { title: string } } | null }> }> } | null } | null };

export type OrderByCodeQueryVariables = Exact<{
  code: string;
}>;


export type OrderByCodeQuery = { order: { id: string, code: string, state: OrderState, customerId: string | null, nextStates: Array<OrderState>, transitions: Array<{ from: OrderState | null, to: OrderState, actorKind: ActorKind, staffMemberId: string | null, note: string | null }> } | null };

export type CustomerTransitionsQueryVariables = Exact<{
  code: string;
}>;


export type CustomerTransitionsQuery = { order: { transitions: Array<{ from: OrderState | null, to: OrderState, actorKind: ActorKind, at: string, note: string | null, staffMemberId: string | null }> } | null, me: { orders: { nodes: Array<{ code: string, transitions: Array<{ to: OrderState, note: string | null, staffMemberId: string | null }> }> } | null } | null };

export type NodeOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeOrderQuery = { node:
    | { code: string }
    | Record<PropertyKey, never>
   | null };

export type CustomerOrderHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerOrderHistoryQuery = { node:
    | { email: string, orders: { totalCount: number } | null }
    | Record<PropertyKey, never>
   | null };

export type StaffOrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type StaffOrdersQuery = { orders: { totalCount: number, nodes: Array<{ code: string, state: OrderState, email: string }> } | null };

export type TransitionMutationVariables = Exact<{
  input: TransitionOrderInput;
}>;


export type TransitionMutation = { transitionOrder:
    | { __typename: 'IllegalTransition', from: OrderState, to: OrderState, allowed: Array<OrderState>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderUpdated', order: { state: OrderState, expiresAt: string | null } }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type FulfilMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type FulfilMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, path: Array<string> | null, shortages: Array<{ requested: number, available: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'OrderUpdated', order: { state: OrderState, trackingCode: string | null } }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, path: Array<string> | null }
   };

export type CancelMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelMutation = { cancelOrder:
    | { __typename: 'IllegalTransition', from: OrderState, allowed: Array<OrderState>, code: ErrorCode, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'OrderUpdated', order: { state: OrderState } }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, path: Array<string> | null }
   };

export type CreateCouponMutationVariables = Exact<{
  input: CreateCouponInput;
}>;


export type CreateCouponMutation = { createCoupon:
    | { __typename: 'CouponCodeTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'CouponCreated', coupon: { id: string, code: string, kind: CouponKind, percentOff: string | null, usageLimit: number | null, timesUsed: number, active: boolean, amountOff: { amount: string } | null, minimumSubtotal: { amount: string } } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type UpdateCouponMutationVariables = Exact<{
  input: UpdateCouponInput;
}>;


export type UpdateCouponMutation = { updateCoupon:
    | { __typename: 'CouponUpdated', coupon: { active: boolean, usageLimit: number | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
   };

export type CouponsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CouponsQuery = { coupons: { totalCount: number, nodes: Array<{ code: string }> } | null };

export type NodeCouponQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeCouponQuery = { node:
    | { code: string }
    | Record<PropertyKey, never>
   | null };

export type RemoveCouponMutationVariables = Exact<{
  input: RemoveCouponInput;
}>;


export type RemoveCouponMutation = { removeCoupon:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
   };

export type UpdateLineForCouponMutationVariables = Exact<{
  input: UpdateCartLineInput;
}>;


export type UpdateLineForCouponMutation = { updateCartLine:
    | { cart: { coupons: Array<{ applicable: boolean, problem: CouponProblem | null }>, totals: { discount: { amount: string } } } }
    | Record<PropertyKey, never>
   };

export type PlaceUnpaidOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceUnpaidOrderMutation = { placeOrder:
    | { __typename: 'CheckoutIncomplete', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'CouponUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'EmptyCart', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderPlaced', order: { id: string, state: OrderState } }
    | { __typename: 'PaymentActionRequired' }
    | { __typename: 'PaymentDeclined', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'QuantityLimitExceeded', code: ErrorCode, message: string, path: Array<string> | null, lines: Array<{ variantId: string, requested: number, allowed: number }> }
    | { __typename: 'TooManyUnpaidOrders', limit: number, code: ErrorCode, message: string, path: Array<string> | null }
   };

export type MarkOrderPaidMutationVariables = Exact<{
  input: TransitionOrderInput;
}>;


export type MarkOrderPaidMutation = { transitionOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type StorefrontPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontPageQuery = { products: { nodes: Array<{ title: string, slug: string, priceRange: { min: { amount: string, currencyCode: string } } | null, variants: { nodes: Array<{ sku: string, availableForSale: boolean, price: { amount: string } }> } }> } };

export type AdminOrderListQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrderListQuery = { orders: { totalCount: number, nodes: Array<{ id: string, code: string, state: OrderState, email: string, placedAt: string, lines: Array<{ sku: string, quantity: number }>, totals: { total: { amount: string, currencyCode: string } } }> } | null };

export type FailedJobsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FailedJobsQuery = { failedJobs: { totalCount: number, nodes: Array<{ id: string, task: string, attempts: number, maxAttempts: number, gaveUp: boolean, nextAttemptAt: string | null, lastError: string }> } | null };

export type RetryJobMutationVariables = Exact<{
  input: RetryJobInput;
}>;


export type RetryJobMutation = { retryJob:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'JobRetried', job: { id: string, attempts: number, gaveUp: boolean } }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
   };

export type MailShipMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type MailShipMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type EventsUpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type EventsUpdateProductMutation = { updateProduct:
    | { __typename: 'InvalidInput' }
    | { __typename: 'ProductUpdated', product: { version: number } }
    | { __typename: 'SlugTaken' }
    | { __typename: 'VersionConflict' }
   };

export type EventsArchiveProductMutationVariables = Exact<{
  input: ArchiveProductInput;
}>;


export type EventsArchiveProductMutation = { archiveProduct:
    | { __typename: 'InvalidInput' }
    | { __typename: 'ProductArchived' }
    | { __typename: 'VersionConflict' }
   };

export type EventsSetOptionsMutationVariables = Exact<{
  input: SetProductOptionsInput;
}>;


export type EventsSetOptionsMutation = { setProductOptions:
    | { __typename: 'InvalidInput', message: string }
    | { __typename: 'ProductUpdated' }
    | { __typename: 'VersionConflict', message: string }
   };

export type EventsFulfilMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type EventsFulfilMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type EventsTransitionMutationVariables = Exact<{
  input: TransitionOrderInput;
}>;


export type EventsTransitionMutation = { transitionOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type EventsCancelMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type EventsCancelMutation = { cancelOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type EventsAdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type EventsAdjustStockMutation = { adjustStock:
    | { __typename: 'IdempotencyKeyReused' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'StockAdjusted' }
   };

export type HelloQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloQuery = { hello: string };

export type GreetMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetMutation = { greet:
    | { __typename: 'Greeted', message: string, greeting: { name: string, timesGreeted: number } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type TwoGreetingsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type TwoGreetingsQuery = { first: { name: string, timesGreeted: number } | null, second: { name: string, timesGreeted: number } | null };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'ProductCreated', product: { id: string, slug: string, title: string, status: ProductStatus, version: number, options: Array<{ id: string, name: string, values: Array<{ name: string }> }> } }
    | { __typename: 'SlugTaken', slug: string, code: ErrorCode, message: string, path: Array<string> | null }
   };

export type CartFieldsFragment = { id: string, email: string | null, totalQuantity: number, lines: Array<{ id: string, quantity: number, sku: string, availableForSale: boolean, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, variant: { id: string } | null }>, shippingAddress: { countryCode: string, city: string } | null, shippingMethod: { code: string, price: { amount: string } } | null, coupons: Array<{ code: string, applicable: boolean, problem: CouponProblem | null }>, totals: { pricesIncludeTax: boolean, taxRate: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } } };

export type AddLinesMutationVariables = Exact<{
  input: AddCartLinesInput;
}>;


export type AddLinesMutation = { addCartLines:
    | { __typename: 'CartUpdated', cartToken: string | null, cart: { id: string, email: string | null, totalQuantity: number, lines: Array<{ id: string, quantity: number, sku: string, availableForSale: boolean, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, variant: { id: string } | null }>, shippingAddress: { countryCode: string, city: string } | null, shippingMethod: { code: string, price: { amount: string } } | null, coupons: Array<{ code: string, applicable: boolean, problem: CouponProblem | null }>, totals: { pricesIncludeTax: boolean, taxRate: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } } } }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null, shortages: Array<{ variantId: string, requested: number, available: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type SetEmailMutationVariables = Exact<{
  input: SetCartEmailInput;
}>;


export type SetEmailMutation = { setCartEmail:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type SetAddressMutationVariables = Exact<{
  input: SetCartShippingAddressInput;
}>;


export type SetAddressMutation = { setCartShippingAddress:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type SetMethodMutationVariables = Exact<{
  input: SetCartShippingMethodInput;
}>;


export type SetMethodMutation = { setCartShippingMethod:
    | { __typename: 'CartUpdated' }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string }
    | { __typename: 'NotFound', code: ErrorCode, message: string }
   };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder:
    | { __typename: 'CheckoutIncomplete', missing: Array<CheckoutRequirement>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'CouponUnavailable', couponCode: string, reason: CouponProblem, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'EmptyCart', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null, shortages: Array<{ variantId: string, requested: number, available: number }> }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderPlaced', order: { id: string, code: string, state: OrderState, email: string, paymentReference: string | null, expiresAt: string | null, couponCodes: Array<string>, totals: { subtotal: { amount: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, lines: Array<{ sku: string, quantity: number, unitPrice: { amount: string } }> } }
    | { __typename: 'PaymentActionRequired' }
    | { __typename: 'PaymentDeclined', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PaymentProviderUnavailable', retryable: boolean, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'QuantityLimitExceeded', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'TooManyUnpaidOrders', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type ApplyCouponMutationVariables = Exact<{
  input: ApplyCouponInput;
}>;


export type ApplyCouponMutation = { applyCoupon:
    | { __typename: 'CartUpdated', cart: { id: string, email: string | null, totalQuantity: number, lines: Array<{ id: string, quantity: number, sku: string, availableForSale: boolean, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, variant: { id: string } | null }>, shippingAddress: { countryCode: string, city: string } | null, shippingMethod: { code: string, price: { amount: string } } | null, coupons: Array<{ code: string, applicable: boolean, problem: CouponProblem | null }>, totals: { pricesIncludeTax: boolean, taxRate: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } } } }
    | { __typename: 'CouponUnavailable', couponCode: string, reason: CouponProblem, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterCustomerMutation = { register:
    | { __typename: 'CustomerRegistered', email: string }
    | { __typename: 'EmailTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'WeakPassword', code: ErrorCode, message: string, path: Array<string> | null }
   | null };

export type LoginCustomerMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginCustomerMutation = { login:
    | { __typename: 'InvalidCredentials', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'LoggedIn', token: string, expiresAt: string, customer: { id: string, email: string } }
   | null };

export type CreateSessionMutationVariables = Exact<{
  input: CreatePaymentSessionInput;
}>;


export type CreateSessionMutation = { createPaymentSession:
    | { __typename: 'EmptyCart', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PaymentSessionCreated', clientSecret: string, amount: { amount: string, currencyCode: string } }
   };

export type PlaceCardOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceCardOrderMutation = { placeOrder:
    | { __typename: 'CheckoutIncomplete', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'CouponUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'EmptyCart', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InsufficientStock', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderPlaced', order: { id: string, code: string, state: OrderState, payment: { state: PaymentState, amountCaptured: { amount: string } } | null } }
    | { __typename: 'PaymentActionRequired', clientSecret: string, order: { id: string, code: string, state: OrderState, payment: { state: PaymentState } | null } }
    | { __typename: 'PaymentDeclined', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PaymentProviderUnavailable', retryable: boolean, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'QuantityLimitExceeded', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'TooManyUnpaidOrders', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type RefundOrderMutationVariables = Exact<{
  input: RefundOrderInput;
}>;


export type RefundOrderMutation = { refundOrder:
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'OrderRefunded', order: { state: OrderState, payment: { state: PaymentState, amountCaptured: { amount: string }, amountRefunded: { amount: string } } | null }, refund: { restocked: boolean, amount: { amount: string }, shipping: { amount: string }, lines: Array<{ orderLineId: string, quantity: number, amount: { amount: string } }> } }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RefundExceedsCaptured', code: ErrorCode, message: string, path: Array<string> | null, refundable: { amount: string } }
   };

export type OrderPaymentQueryVariables = Exact<{
  code: string;
}>;


export type OrderPaymentQuery = { order: { state: OrderState, lines: Array<{ id: string, quantity: number }>, payment: { provider: string, state: PaymentState, reference: string | null, amount: { amount: string }, amountCaptured: { amount: string }, amountRefunded: { amount: string }, attempts: Array<{ kind: string, outcome: string }> | null } | null, refunds: Array<{ reason: string, amount: { amount: string } }> } | null };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'WebhookEndpointCreated', secret: string, endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean } }
    | { __typename: 'WebhookUrlNotAllowed', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastLatencyMs: number | null, completedAt: string | null, attempts: Array<{ number: number, statusCode: number | null, latencyMs: number, errorKind: WebhookErrorKind | null, errorMessage: string | null, responseBody: string | null, redelivery: boolean }> }> } | null };

export type GreetForHttpMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForHttpMutation = { greet:
    | { __typename: 'Greeted' }
    | { __typename: 'InvalidInput' }
   };

export type ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileQuery = { me: { firstName: string, lastName: string, preferences: { locale: string | null, marketingOptIn: boolean, marketingOptInChangedAt: string | null } } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile:
    | { __typename: 'CustomerUpdated', customer: { firstName: string, lastName: string } }
    | { __typename: 'InvalidInput', message: string, path: Array<string> | null }
   };

export type UpdatePreferencesMutationVariables = Exact<{
  input: UpdatePreferencesInput;
}>;


export type UpdatePreferencesMutation = { updatePreferences:
    | { __typename: 'CustomerUpdated', customer: { preferences: { locale: string | null, marketingOptIn: boolean, marketingOptInChangedAt: string | null } } }
    | { __typename: 'InvalidInput', message: string, path: Array<string> | null }
   };

export type CreateAddressMutationVariables = Exact<{
  input: CreateAddressInput;
}>;


export type CreateAddressMutation = { createAddress:
    | { __typename: 'AddressCreated', address: { id: string, city: string, countryCode: string, company: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean }, customer: { defaultShippingAddress: { id: string } | null, defaultBillingAddress: { id: string } | null } }
    | { __typename: 'AddressLimitReached', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type UpdateAddressMutationVariables = Exact<{
  input: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateAddress:
    | { __typename: 'AddressUpdated', address: { city: string, company: string | null, line2: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress:
    | { __typename: 'AddressDeleted', deletedAddressId: string, customer: { addresses: Array<{ id: string }>, defaultShippingAddress: { id: string } | null } }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Address', city: string, id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Collection', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'Customer', email: string, id: string, addresses: Array<{ city: string }> }
    | { __typename: 'Image', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Staff', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'Variant', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, firstName: string, emailVerified: boolean } | null };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail:
    | { __typename: 'EmailVerified', email: string }
    | { __typename: 'InvalidToken', code: ErrorCode }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { sessionsRevoked: number } };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: { sessionsRevoked: number } };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'InvalidCredentials', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PasswordChanged', sessionsRevoked: number }
    | { __typename: 'WeakPassword', code: ErrorCode, message: string, path: Array<string> | null }
   | null };

export type RenameMeMutationVariables = Exact<{
  firstName?: string | null | undefined;
}>;


export type RenameMeMutation = { updateProfile:
    | { __typename: 'CustomerUpdated' }
    | { __typename: 'InvalidInput' }
   };

export type MeWithAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeWithAddressesQuery = { me: { email: string, addresses: Array<{ city: string }>, defaultShippingAddress: { city: string } | null } | null };

export type HelloWithSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloWithSessionQuery = { hello: string };

export type VerifyEmailTokenMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailTokenMutation = { verifyEmail:
    | { __typename: 'EmailVerified' }
    | { __typename: 'InvalidToken' }
   };

export type ResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationMutation = { resendVerificationEmail:
    | { __typename: 'EmailAlreadyVerified', code: ErrorCode }
    | { __typename: 'VerificationEmailSent', email: string }
   | null };

export type RequestResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestResetMutation = { requestPasswordReset:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PasswordResetRequested', email: string }
   | null };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'InvalidToken', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'PasswordReset', sessionsRevoked: number }
    | { __typename: 'WeakPassword', code: ErrorCode, path: Array<string> | null }
   };

export type MeVerifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type MeVerifiedQuery = { me: { emailVerified: boolean } | null };

export type CreateRoleMutationVariables = Exact<{
  name: string;
  permissions: Array<Permission> | Permission;
}>;


export type CreateRoleMutation = { createRole:
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', permissions: Array<Permission>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RoleCreated', role: { id: string, name: string, permissions: Array<Permission> } }
    | { __typename: 'RoleNameTaken', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole:
    | { __typename: 'CannotModifySelf', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', permissions: Array<Permission>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RoleNameTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RoleUpdated', role: { name: string, permissions: Array<Permission> } }
   };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff:
    | { __typename: 'EmailTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', permissions: Array<Permission>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StaffCreated', staff: { id: string, email: string, permissions: Array<Permission>, roles: Array<{ name: string }> } }
    | { __typename: 'WeakPassword', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type SetStaffRolesMutationVariables = Exact<{
  staffId: string | number;
  roleIds: Array<string | number> | string | number;
}>;


export type SetStaffRolesMutation = { setStaffRoles:
    | { __typename: 'CannotModifySelf', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', permissions: Array<Permission>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StaffUpdated', staff: { permissions: Array<Permission> } }
   };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffInput;
}>;


export type UpdateStaffMutation = { updateStaff:
    | { __typename: 'CannotModifySelf', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StaffUpdated', staff: { name: string, active: boolean } }
   };

export type LoginStaffMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginStaffMutation = { loginStaff:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn', token: string, staff: { email: string, permissions: Array<Permission> } }
   | null };

export type StaffDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDirectoryQuery = { currentStaff: { id: string, email: string, permissions: Array<Permission> } | null, staffMembers: Array<{ email: string }> | null, roles: Array<{ name: string }> | null };

export type CurrentStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentStaffQuery = { currentStaff: { id: string, email: string, roles: Array<{ name: string }> } | null };

export type StaffNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffNodeQuery = { node:
    | { email: string }
    | Record<PropertyKey, never>
   | null };

export type CustomerLoginAsStaffMutationVariables = Exact<{
  email: string;
}>;


export type CustomerLoginAsStaffMutation = { login:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null };

export type StaffChangesPasswordMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffChangesPasswordMutation = { changePassword:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'PasswordChanged', sessionsRevoked: number }
    | { __typename: 'WeakPassword' }
   | null };

export type FifteenLoginsMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type FifteenLoginsMutation = { l1:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l2:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l3:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l4:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l5:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l6:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l7:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l8:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l9:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l10:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l11:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l12:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l13:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l14:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null, l15:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null };

export type ChangePasswordAttemptMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordAttemptMutation = { changePassword:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'PasswordChanged' }
    | { __typename: 'WeakPassword' }
   | null };

export type FifteenStaffLoginsMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type FifteenStaffLoginsMutation = { l1:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l2:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l3:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l4:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l5:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l6:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l7:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l8:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l9:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l10:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l11:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l12:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l13:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l14:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null, l15:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null };

export type RequestResetAfterGuessingMutationVariables = Exact<{
  email: string;
}>;


export type RequestResetAfterGuessingMutation = { requestPasswordReset:
    | { __typename: 'InvalidInput' }
    | { __typename: 'PasswordResetRequested' }
   | null };

export type ResetAfterGuessingMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetAfterGuessingMutation = { resetPassword:
    | { __typename: 'InvalidToken' }
    | { __typename: 'PasswordReset' }
    | { __typename: 'WeakPassword' }
   };

export type LoginStaffAttemptMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginStaffAttemptMutation = { loginStaff:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoggedIn' }
   | null };

export type MeOverWsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOverWsQuery = { me: { email: string } | null };

export type LogoutOverHttpMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutOverHttpMutation = { logout: { __typename: 'LoggedOut' } };

export type GreetForLifecycleMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForLifecycleMutation = { greet:
    | { greeting: { timesGreeted: number } }
    | Record<PropertyKey, never>
   };

export type GreetingAfterRestartQueryVariables = Exact<{
  name: string;
}>;


export type GreetingAfterRestartQuery = { greeting: { timesGreeted: number } | null };

export type CancelMineMutationVariables = Exact<{
  input: CancelMyOrderInput;
}>;


export type CancelMineMutation = { cancelMyOrder:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'OrderCancelled', order: { state: OrderState, payment: { state: PaymentState, amountRefunded: { amount: string } } | null } }
    | { __typename: 'OrderNotCancellable', state: OrderState, code: ErrorCode, path: Array<string> | null }
    | { __typename: 'PaymentProviderUnavailable', code: ErrorCode, path: Array<string> | null }
   };

export type ShipForCancelMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type ShipForCancelMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type SettleForCancelMutationVariables = Exact<{
  input: TransitionOrderInput;
}>;


export type SettleForCancelMutation = { transitionOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type FulfilForRefundMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type FulfilForRefundMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type RegisterInProductionMutationVariables = Exact<{
  email: string;
}>;


export type RegisterInProductionMutation = { register:
    | { __typename: 'CustomerRegistered' }
    | { __typename: 'EmailTaken' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'WeakPassword' }
   | null };

export type LoginInProductionMutationVariables = Exact<{
  email: string;
}>;


export type LoginInProductionMutation = { login:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoggedIn' }
   | null };

export type GreetInProductionMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetInProductionMutation = { greet:
    | { __typename: 'Greeted' }
    | { __typename: 'InvalidInput' }
   };

export type GreetingInProductionQueryVariables = Exact<{
  name: string;
}>;


export type GreetingInProductionQuery = { greeting: { timesGreeted: number } | null };

export type BrokenReadQueryVariables = Exact<{
  name: string;
}>;


export type BrokenReadQuery = { lookup: { timesGreeted: number } | null };

export type ShopAndMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopAndMeQuery = { hello: string, me: { email: string } | null };

export type ChangeNameMutationVariables = Exact<{ [key: string]: never; }>;


export type ChangeNameMutation = { updateProfile:
    | { __typename: 'CustomerUpdated' }
    | { __typename: 'InvalidInput' }
   };

export type CheapStockWatchSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CheapStockWatchSubscription = { stockLevelChanged: { alert: StockAlert, available: number } };

export type DearStockWatchSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DearStockWatchSubscription = { stockLevelChanged: { variant: { product: { variants: { nodes: Array<{ sku: string }> } } } | null } };

export type WatchPlacedOverRedisSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchPlacedOverRedisSubscription = { orderPlaced: { code: string } };

export type WatchMyOrdersSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type WatchMyOrdersSubscription = { orderUpdated: { code: string, state: OrderState, trackingCode: string | null } };

export type WatchNewOrdersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchNewOrdersSubscription = { orderPlaced: { code: string, email: string, transitions: Array<{ to: OrderState, note: string | null }> } };

export type WatchCartSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchCartSubscription = { cartUpdated: { totalQuantity: number, lines: Array<{ sku: string, unitPrice: { amount: string } }>, totals: { subtotal: { amount: string } } } };

export type WatchStockSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchStockSubscription = { stockLevelChanged: { alert: StockAlert, available: number, threshold: number, variant: { sku: string } | null } };

export type ShipOrderMutationVariables = Exact<{
  input: FulfilOrderInput;
}>;


export type ShipOrderMutation = { fulfilOrder:
    | { __typename: 'IllegalTransition' }
    | { __typename: 'InsufficientStock' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'OrderUpdated' }
    | { __typename: 'PaymentProviderUnavailable' }
   };

export type ChangePriceMutationVariables = Exact<{
  input: UpdateVariantInput;
}>;


export type ChangePriceMutation = { updateVariant:
    | { __typename: 'InvalidInput' }
    | { __typename: 'SkuTaken' }
    | { __typename: 'VariantUpdated' }
    | { __typename: 'VersionConflict' }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: { __typename: 'LoggedOut' } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'WebhookRedeliveryScheduled', delivery: { status: WebhookDeliveryStatus } }
   };

export type WebhookEndpointStateQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointStateQuery = { node:
    | { enabled: boolean, disabledAt: string | null, disabledReason: string | null, failingSince: string | null }
    | Record<PropertyKey, never>
   | null };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'WebhookEndpointUpdated', endpoint: { url: string, eventTypes: Array<string>, description: string } }
    | { __typename: 'WebhookUrlNotAllowed', code: ErrorCode, path: Array<string> | null }
   };

export type ToggleWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ToggleWebhookEndpointMutation = { disableWebhookEndpoint:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'WebhookEndpointUpdated', endpoint: { enabled: boolean, disabledReason: string | null } }
  , enableWebhookEndpoint:
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotFound' }
    | { __typename: 'WebhookEndpointUpdated', endpoint: { enabled: boolean, disabledAt: string | null, disabledReason: string | null } }
   };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookEndpointSecret:
    | { __typename: 'InvalidInput', code: ErrorCode }
    | { __typename: 'NotFound', code: ErrorCode }
    | { __typename: 'WebhookEndpointSecretRotated', secret: string, previousSecretExpiresAt: string }
   };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint:
    | { __typename: 'InvalidInput', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, path: Array<string> | null }
    | { __typename: 'WebhookEndpointDeleted', deletedId: string }
   };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEventTypes: Array<string> | null, webhookEndpoints: { totalCount: number, nodes: Array<{ id: string, url: string, eventTypes: Array<string>, enabled: boolean }> } | null };

export type WebhookNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookNodeQuery = { node:
    | { __typename: 'Address' }
    | { __typename: 'Cart' }
    | { __typename: 'CartLine' }
    | { __typename: 'Collection' }
    | { __typename: 'Coupon' }
    | { __typename: 'Customer' }
    | { __typename: 'Image' }
    | { __typename: 'Order' }
    | { __typename: 'OrderLine' }
    | { __typename: 'Product' }
    | { __typename: 'Role' }
    | { __typename: 'Staff' }
    | { __typename: 'StockMovement' }
    | { __typename: 'Variant' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint', url: string }
   | null };

export type HelloOverWsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloOverWsQuery = { hello: string };

export type GreetOverWsMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetOverWsMutation = { greet:
    | { message: string }
    | { code: ErrorCode, path: Array<string> | null }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JsonRowsProductFragmentDoc = new TypedDocumentString(`
    fragment JsonRowsProduct on Product {
  slug
  title
  description
  status
  version
  createdAt
  updatedAt
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
}
    `, {"fragmentName":"JsonRowsProduct"}) as unknown as TypedDocumentString<JsonRowsProductFragment, unknown>;
export const JsonRowsVariantFragmentDoc = new TypedDocumentString(`
    fragment JsonRowsVariant on Variant {
  id
  sku
  position
  price {
    amount
  }
  compareAtPrice {
    amount
  }
  weightGrams
  trackInventory
  allowBackorder
  availableForSale
  archivedAt
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"JsonRowsVariant"}) as unknown as TypedDocumentString<JsonRowsVariantFragment, unknown>;
export const ListColumnsProductFragmentDoc = new TypedDocumentString(`
    fragment ListColumnsProduct on Product {
  description
  version
  createdAt
  updatedAt
  featuredImage {
    url
  }
  variants(first: 10) {
    pageInfo {
      endCursor
    }
    edges {
      cursor
    }
    nodes {
      sku
      position
      featuredImage {
        url
      }
      weightGrams
      compareAtPrice {
        amount
      }
      version
      createdAt
      updatedAt
    }
  }
}
    `, {"fragmentName":"ListColumnsProduct"}) as unknown as TypedDocumentString<ListColumnsProductFragment, unknown>;
export const ListColumnsCardFragmentDoc = new TypedDocumentString(`
    fragment ListColumnsCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
    }
  }
  variants(first: 10) {
    nodes {
      sku
      price {
        amount
      }
      availableForSale
      trackInventory
      allowBackorder
    }
  }
}
    `, {"fragmentName":"ListColumnsCard"}) as unknown as TypedDocumentString<ListColumnsCardFragment, unknown>;
export const SearchPageCardFragmentDoc = new TypedDocumentString(`
    fragment SearchPageCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
    }
  }
  featuredImage {
    url
  }
}
    `, {"fragmentName":"SearchPageCard"}) as unknown as TypedDocumentString<SearchPageCardFragment, unknown>;
export const SearchPageDetailsFragmentDoc = new TypedDocumentString(`
    fragment SearchPageDetails on Product {
  description
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"SearchPageDetails"}) as unknown as TypedDocumentString<SearchPageDetailsFragment, unknown>;
export const CartFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartFields on Cart {
  id
  email
  totalQuantity
  lines {
    id
    quantity
    sku
    availableForSale
    unitPrice {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    variant {
      id
    }
  }
  shippingAddress {
    countryCode
    city
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  coupons {
    code
    applicable
    problem
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    pricesIncludeTax
    taxRate
  }
}
    `, {"fragmentName":"CartFields"}) as unknown as TypedDocumentString<CartFieldsFragment, unknown>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $filter: ProductFilter) {
  products(
    first: $first
    after: $after
    last: $last
    before: $before
    sort: $sort
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        slug
        status
        createdAt
        priceRange {
          min {
            amount
            currencyCode
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductLookupDocument = new TypedDocumentString(`
    query ProductLookup($id: ID, $slug: String) {
  product(id: $id, slug: $slug) {
    id
    slug
    availableForSale
    variants(first: 100) {
      nodes {
        id
        sku
        price {
          amount
        }
        selectedOptions {
          name
          value
        }
        availableForSale
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductLookupQuery, ProductLookupQueryVariables>;
export const TreeDocument = new TypedDocumentString(`
    query Tree {
  collections(first: 10) {
    totalCount
    nodes {
      id
      title
      slug
      parent {
        title
      }
      children {
        title
        slug
        parent {
          slug
        }
        products(first: 3) {
          totalCount
          nodes {
            slug
          }
        }
      }
    }
  }
  bySlug: collection(slug: "shirts") {
    title
  }
}
    `) as unknown as TypedDocumentString<TreeQuery, TreeQueryVariables>;
export const NodeLookupDocument = new TypedDocumentString(`
    query NodeLookup($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Product {
      slug
    }
    ... on Variant {
      sku
    }
    ... on Collection {
      slug
    }
    ... on Image {
      url
      width
      height
    }
  }
}
    `) as unknown as TypedDocumentString<NodeLookupQuery, NodeLookupQueryVariables>;
export const StockQueryDocument = new TypedDocumentString(`
    query StockQuery($slug: String!) {
  product(slug: $slug) {
    title
    variants(first: 1) {
      nodes {
        sku
        stock {
          onHand
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StockQueryQuery, StockQueryQueryVariables>;
export const AttachProductImagesDocument = new TypedDocumentString(`
    mutation AttachProductImages($input: SetProductImagesInput!) {
  setProductImages(input: $input) {
    __typename
    ... on ProductUpdated {
      product {
        version
        images {
          id
          width
        }
        featuredImage {
          id
        }
      }
    }
    ... on UserError {
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<AttachProductImagesMutation, AttachProductImagesMutationVariables>;
export const AttachVariantImagesDocument = new TypedDocumentString(`
    mutation AttachVariantImages($input: SetVariantImagesInput!) {
  setVariantImages(input: $input) {
    __typename
    ... on VariantUpdated {
      variant {
        version
        images {
          id
        }
        featuredImage {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachVariantImagesMutation, AttachVariantImagesMutationVariables>;
export const MakeImageProductDocument = new TypedDocumentString(`
    mutation MakeImageProduct {
  createProduct(input: {title: "Pictured", status: ACTIVE}) {
    ... on ProductCreated {
      product {
        id
      }
    }
  }
  createVariant: createProduct(
    input: {title: "Pictured Variant Holder", status: ACTIVE}
  ) {
    ... on ProductCreated {
      product {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MakeImageProductMutation, MakeImageProductMutationVariables>;
export const AddImageVariantDocument = new TypedDocumentString(`
    mutation AddImageVariant($productId: ID!) {
  createVariant(input: {productId: $productId, sku: "PIC-1", price: "1.00"}) {
    ... on VariantCreated {
      variant {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddImageVariantMutation, AddImageVariantMutationVariables>;
export const ImageUrlDocument = new TypedDocumentString(`
    query ImageUrl($id: ID!) {
  node(id: $id) {
    ... on Image {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ImageUrlQuery, ImageUrlQueryVariables>;
export const JsonRowsListAlongDocument = new TypedDocumentString(`
    query JsonRowsListAlong {
  products(first: 20, sort: NEWEST) {
    nodes {
      ...JsonRowsProduct
      variants(first: 10) {
        nodes {
          ...JsonRowsVariant
          stock {
            onHand
            allocated
          }
          product {
            slug
          }
        }
      }
    }
  }
}
    fragment JsonRowsProduct on Product {
  slug
  title
  description
  status
  version
  createdAt
  updatedAt
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
}
fragment JsonRowsVariant on Variant {
  id
  sku
  position
  price {
    amount
  }
  compareAtPrice {
    amount
  }
  weightGrams
  trackInventory
  allowBackorder
  availableForSale
  archivedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<JsonRowsListAlongQuery, JsonRowsListAlongQueryVariables>;
export const JsonRowsPageAlongDocument = new TypedDocumentString(`
    query JsonRowsPageAlong($after: String, $sort: ProductSort, $filter: ProductFilter) {
  products(first: 2, after: $after, sort: $sort, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        slug
        variants(first: 3) {
          nodes {
            sku
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JsonRowsPageAlongQuery, JsonRowsPageAlongQueryVariables>;
export const JsonRowsPagePlainDocument = new TypedDocumentString(`
    query JsonRowsPagePlain($after: String, $sort: ProductSort, $filter: ProductFilter) {
  products(first: 2, after: $after, sort: $sort, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JsonRowsPagePlainQuery, JsonRowsPagePlainQueryVariables>;
export const JsonRowsCombinedDocument = new TypedDocumentString(`
    query JsonRowsCombined($slug: String!, $collection: String!) {
  collection(slug: $collection) {
    slug
  }
  product(slug: $slug) {
    ...JsonRowsProduct
    options {
      name
    }
    variants(first: 10) {
      nodes {
        ...JsonRowsVariant
        stock {
          onHand
          allocated
        }
        product {
          slug
        }
      }
    }
  }
}
    fragment JsonRowsProduct on Product {
  slug
  title
  description
  status
  version
  createdAt
  updatedAt
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
}
fragment JsonRowsVariant on Variant {
  id
  sku
  position
  price {
    amount
  }
  compareAtPrice {
    amount
  }
  weightGrams
  trackInventory
  allowBackorder
  availableForSale
  archivedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<JsonRowsCombinedQuery, JsonRowsCombinedQueryVariables>;
export const JsonRowsProductAloneDocument = new TypedDocumentString(`
    query JsonRowsProductAlone($slug: String!) {
  product(slug: $slug) {
    ...JsonRowsProduct
  }
}
    fragment JsonRowsProduct on Product {
  slug
  title
  description
  status
  version
  createdAt
  updatedAt
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
}`) as unknown as TypedDocumentString<JsonRowsProductAloneQuery, JsonRowsProductAloneQueryVariables>;
export const JsonRowsVariantAloneDocument = new TypedDocumentString(`
    query JsonRowsVariantAlone($id: ID!) {
  node(id: $id) {
    ...JsonRowsVariant
  }
}
    fragment JsonRowsVariant on Variant {
  id
  sku
  position
  price {
    amount
  }
  compareAtPrice {
    amount
  }
  weightGrams
  trackInventory
  allowBackorder
  availableForSale
  archivedAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<JsonRowsVariantAloneQuery, JsonRowsVariantAloneQueryVariables>;
export const ListColumnsTrimmedDocument = new TypedDocumentString(`
    query ListColumnsTrimmed {
  products(first: 5, sort: NEWEST) {
    nodes {
      id
      slug
      variants(first: 10) {
        nodes {
          sku
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsTrimmedQuery, ListColumnsTrimmedQueryVariables>;
export const ListColumnsElsewhereDocument = new TypedDocumentString(`
    query ListColumnsElsewhere($id: ID!) {
  products(first: 5, sort: NEWEST) {
    nodes {
      slug
      variants(first: 10) {
        nodes {
          sku
        }
      }
    }
  }
  product(id: $id) {
    description
    version
    createdAt
    updatedAt
    featuredImage {
      url
    }
    variants(first: 10) {
      pageInfo {
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        sku
        position
        featuredImage {
          url
        }
        weightGrams
        compareAtPrice {
          amount
        }
        version
        createdAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsElsewhereQuery, ListColumnsElsewhereQueryVariables>;
export const ListColumnsAloneDocument = new TypedDocumentString(`
    query ListColumnsAlone($id: ID!) {
  product(id: $id) {
    ...ListColumnsProduct
  }
}
    fragment ListColumnsProduct on Product {
  description
  version
  createdAt
  updatedAt
  featuredImage {
    url
  }
  variants(first: 10) {
    pageInfo {
      endCursor
    }
    edges {
      cursor
    }
    nodes {
      sku
      position
      featuredImage {
        url
      }
      weightGrams
      compareAtPrice {
        amount
      }
      version
      createdAt
      updatedAt
    }
  }
}`) as unknown as TypedDocumentString<ListColumnsAloneQuery, ListColumnsAloneQueryVariables>;
export const ListColumnsThroughFragmentDocument = new TypedDocumentString(`
    query ListColumnsThroughFragment {
  products(first: 5, sort: NEWEST) {
    nodes {
      id
      ...ListColumnsProduct
    }
  }
}
    fragment ListColumnsProduct on Product {
  description
  version
  createdAt
  updatedAt
  featuredImage {
    url
  }
  variants(first: 10) {
    pageInfo {
      endCursor
    }
    edges {
      cursor
    }
    nodes {
      sku
      position
      featuredImage {
        url
      }
      weightGrams
      compareAtPrice {
        amount
      }
      version
      createdAt
      updatedAt
    }
  }
}`) as unknown as TypedDocumentString<ListColumnsThroughFragmentQuery, ListColumnsThroughFragmentQueryVariables>;
export const ListColumnsCursorsWithVariantsDocument = new TypedDocumentString(`
    query ListColumnsCursorsWithVariants {
  products(first: 3, sort: NEWEST) {
    pageInfo {
      endCursor
    }
    edges {
      cursor
      node {
        id
        slug
        variants(first: 2) {
          pageInfo {
            endCursor
          }
          nodes {
            sku
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsCursorsWithVariantsQuery, ListColumnsCursorsWithVariantsQueryVariables>;
export const ListColumnsCursorsAloneDocument = new TypedDocumentString(`
    query ListColumnsCursorsAlone {
  products(first: 3, sort: NEWEST) {
    pageInfo {
      endCursor
    }
    edges {
      cursor
      node {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsCursorsAloneQuery, ListColumnsCursorsAloneQueryVariables>;
export const ListColumnsVariantCursorAloneDocument = new TypedDocumentString(`
    query ListColumnsVariantCursorAlone($id: ID!) {
  product(id: $id) {
    variants(first: 2) {
      pageInfo {
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsVariantCursorAloneQuery, ListColumnsVariantCursorAloneQueryVariables>;
export const ListColumnsVariantIdsElsewhereDocument = new TypedDocumentString(`
    query ListColumnsVariantIdsElsewhere($id: ID!) {
  products(first: 5, sort: NEWEST) {
    nodes {
      variants(first: 10) {
        nodes {
          sku
        }
      }
    }
  }
  product(id: $id) {
    variants(first: 10) {
      nodes {
        sku
        title
        selectedOptions {
          name
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsVariantIdsElsewhereQuery, ListColumnsVariantIdsElsewhereQueryVariables>;
export const ListColumnsVariantIdsAloneDocument = new TypedDocumentString(`
    query ListColumnsVariantIdsAlone($id: ID!) {
  product(id: $id) {
    variants(first: 10) {
      nodes {
        id
        sku
        title
        selectedOptions {
          name
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsVariantIdsAloneQuery, ListColumnsVariantIdsAloneQueryVariables>;
export const ListColumnsVariantIdsThroughNodeDocument = new TypedDocumentString(`
    query ListColumnsVariantIdsThroughNode {
  products(first: 5, sort: NEWEST) {
    nodes {
      id
      variants(first: 10) {
        nodes {
          sku
          ... on Node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListColumnsVariantIdsThroughNodeQuery, ListColumnsVariantIdsThroughNodeQueryVariables>;
export const ListColumnsListPageDocument = new TypedDocumentString(`
    query ListColumnsListPage {
  products(first: 5, sort: NEWEST) {
    nodes {
      id
      ...ListColumnsCard
    }
  }
}
    fragment ListColumnsCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
    }
  }
  variants(first: 10) {
    nodes {
      sku
      price {
        amount
      }
      availableForSale
      trackInventory
      allowBackorder
    }
  }
}`) as unknown as TypedDocumentString<ListColumnsListPageQuery, ListColumnsListPageQueryVariables>;
export const ListColumnsCardAloneDocument = new TypedDocumentString(`
    query ListColumnsCardAlone($id: ID!) {
  product(id: $id) {
    ...ListColumnsCard
  }
}
    fragment ListColumnsCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
    }
  }
  variants(first: 10) {
    nodes {
      sku
      price {
        amount
      }
      availableForSale
      trackInventory
      allowBackorder
    }
  }
}`) as unknown as TypedDocumentString<ListColumnsCardAloneQuery, ListColumnsCardAloneQueryVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    __typename
    ... on ProductUpdated {
      product {
        title
        slug
        status
        version
      }
    }
    ... on VersionConflict {
      currentVersion
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ArchiveProductDocument = new TypedDocumentString(`
    mutation ArchiveProduct($input: ArchiveProductInput!) {
  archiveProduct(input: $input) {
    __typename
    ... on ProductArchived {
      product {
        status
        version
      }
    }
    ... on UserError {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveProductMutation, ArchiveProductMutationVariables>;
export const SetOptionsDocument = new TypedDocumentString(`
    mutation SetOptions($input: SetProductOptionsInput!) {
  setProductOptions(input: $input) {
    __typename
    ... on ProductUpdated {
      product {
        version
        options {
          id
          name
          values {
            name
          }
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<SetOptionsMutation, SetOptionsMutationVariables>;
export const CreateVariantDocument = new TypedDocumentString(`
    mutation CreateVariant($input: CreateVariantInput!) {
  createVariant(input: $input) {
    __typename
    ... on VariantCreated {
      variant {
        id
        sku
        title
        version
        price {
          amount
        }
        compareAtPrice {
          amount
        }
        availableForSale
        product {
          priceRange {
            min {
              amount
            }
            max {
              amount
            }
          }
        }
      }
    }
    ... on SkuTaken {
      sku
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVariantMutation, CreateVariantMutationVariables>;
export const CreateCollectionDocument = new TypedDocumentString(`
    mutation CreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    __typename
    ... on CollectionCreated {
      collection {
        id
        slug
        version
        position
        parent {
          slug
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const FuzzyMatchesDocument = new TypedDocumentString(`
    query FuzzyMatches($query: String!) {
  search(query: $query, first: 50) {
    totalCount
    nodes {
      title
    }
  }
  products(first: 50, filter: {query: $query}) {
    totalCount
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzyMatchesQuery, FuzzyMatchesQueryVariables>;
export const SearchWholeDocument = new TypedDocumentString(`
    query SearchWhole($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {
  search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      priceRange {
        min {
          amount
        }
      }
      collections {
        id
      }
      variants(first: 20) {
        nodes {
          selectedOptions {
            name
            value
          }
        }
      }
    }
    facets {
      options {
        name
        values {
          value
          count
        }
      }
      collections {
        count
        collection {
          id
        }
      }
      prices {
        min {
          amount
        }
        max {
          amount
        }
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchWholeQuery, SearchWholeQueryVariables>;
export const SearchPageOnlyDocument = new TypedDocumentString(`
    query SearchPageOnly($query: String!, $after: String, $sort: ProductSort, $filter: ProductFilter) {
  search(query: $query, first: 7, after: $after, sort: $sort, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPageOnlyQuery, SearchPageOnlyQueryVariables>;
export const SearchCountsDocument = new TypedDocumentString(`
    query SearchCounts($query: String!) {
  search(query: $query, first: 3) {
    totalCount
    nodes {
      title
    }
    facets {
      options {
        name
        values {
          value
          count
        }
      }
      prices {
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCountsQuery, SearchCountsQueryVariables>;
export const SearchAlongDocument = new TypedDocumentString(`
    query SearchAlong($query: String!) {
  search(query: $query, first: 7) {
    totalCount
    nodes {
      id
      featuredImage {
        url
        width
      }
      images {
        url
        alt
      }
    }
    edges {
      node {
        id
        featuredImage {
          url
        }
      }
    }
    facets {
      collections {
        count
        collection {
          id
          title
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAlongQuery, SearchAlongQueryVariables>;
export const AlongByLoadersDocument = new TypedDocumentString(`
    query AlongByLoaders($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Product {
      id
      featuredImage {
        url
        width
      }
      images {
        url
        alt
      }
    }
    ... on Collection {
      id
      title
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<AlongByLoadersQuery, AlongByLoadersQueryVariables>;
export const SearchOptionOrderDocument = new TypedDocumentString(`
    query SearchOptionOrder($query: String!, $after: String) {
  search(query: $query, first: 25, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      options {
        name
        values {
          name
        }
      }
      variants(first: 50) {
        nodes {
          selectedOptions {
            name
            value
          }
        }
      }
    }
    facets {
      options {
        name
        values {
          value
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchOptionOrderQuery, SearchOptionOrderQueryVariables>;
export const SearchCardsDocument = new TypedDocumentString(`
    query SearchCards($query: String!) {
  search(query: $query, first: 7) {
    totalCount
    nodes {
      id
      ...SearchPageCard
    }
  }
}
    fragment SearchPageCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
    }
  }
  featuredImage {
    url
  }
}`) as unknown as TypedDocumentString<SearchCardsQuery, SearchCardsQueryVariables>;
export const SearchDetailsDocument = new TypedDocumentString(`
    query SearchDetails($query: String!) {
  search(query: $query, first: 7) {
    totalCount
    nodes {
      id
      ...SearchPageCard
      ...SearchPageDetails
    }
  }
}
    fragment SearchPageCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
    }
  }
  featuredImage {
    url
  }
}
fragment SearchPageDetails on Product {
  description
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SearchDetailsQuery, SearchDetailsQueryVariables>;
export const SearchPageProductAloneDocument = new TypedDocumentString(`
    query SearchPageProductAlone($id: ID!) {
  product(id: $id) {
    ...SearchPageCard
    ...SearchPageDetails
  }
}
    fragment SearchPageCard on Product {
  title
  slug
  status
  priceRange {
    min {
      amount
    }
  }
  featuredImage {
    url
  }
}
fragment SearchPageDetails on Product {
  description
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SearchPageProductAloneQuery, SearchPageProductAloneQueryVariables>;
export const SearchWordsDocument = new TypedDocumentString(`
    query SearchWords($query: String!) {
  search(query: $query, first: 100) {
    totalCount
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SearchWordsQuery, SearchWordsQueryVariables>;
export const RetitleProductDocument = new TypedDocumentString(`
    mutation RetitleProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RetitleProductMutation, RetitleProductMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $after: String, $filter: ProductFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      title
    }
    facets {
      options {
        name
        values {
          value
          count
        }
      }
      collections {
        count
        collection {
          slug
        }
      }
      prices {
        min {
          amount
        }
        max {
          amount
        }
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchFixtureDocument = new TypedDocumentString(`
    mutation SearchFixture($input: CreateProductInput!) {
  createProduct(input: $input) {
    ... on ProductCreated {
      product {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFixtureMutation, SearchFixtureMutationVariables>;
export const SearchFixtureVariantDocument = new TypedDocumentString(`
    mutation SearchFixtureVariant($input: CreateVariantInput!) {
  createVariant(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SearchFixtureVariantMutation, SearchFixtureVariantMutationVariables>;
export const CatalogTreeDocument = new TypedDocumentString(`
    query CatalogTree($first: Int!) {
  products(first: $first, sort: TITLE_ASC) {
    totalCount
    nodes {
      id
      title
      priceRange {
        min {
          amount
        }
      }
      options {
        name
        values {
          name
        }
      }
      images {
        url
        width
      }
      featuredImage {
        url
      }
      collections {
        title
        parent {
          title
        }
      }
      variants(first: 10) {
        totalCount
        nodes {
          sku
          price {
            amount
            currencyCode
          }
          availableForSale
          selectedOptions {
            name
            value
          }
          images {
            url
          }
          stock {
            onHand
            allocated
            available
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogTreeQuery, CatalogTreeQueryVariables>;
export const SearchTreeDocument = new TypedDocumentString(`
    query SearchTree($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    nodes {
      title
      collections {
        title
      }
      variants(first: 5) {
        nodes {
          sku
          selectedOptions {
            value
          }
        }
      }
    }
    facets {
      options {
        name
        values {
          value
          count
        }
      }
      collections {
        count
        collection {
          title
        }
      }
      prices {
        min {
          amount
        }
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchTreeQuery, SearchTreeQueryVariables>;
export const ProductListTreeDocument = new TypedDocumentString(`
    query ProductListTree($first: Int!, $variants: Int!) {
  products(first: $first) {
    nodes {
      id
      title
      slug
      priceRange {
        min {
          amount
          currencyCode
        }
      }
      variants(first: $variants) {
        nodes {
          sku
          price {
            amount
            currencyCode
          }
          availableForSale
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductListTreeQuery, ProductListTreeQueryVariables>;
export const ProductPageTreeDocument = new TypedDocumentString(`
    query ProductPageTree($slug: String!, $variants: Int!) {
  product(slug: $slug) {
    id
    title
    slug
    description
    status
    availableForSale
    priceRange {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
    }
    options {
      id
      name
      values {
        id
        name
      }
    }
    images {
      url
      width
      height
      alt
    }
    featuredImage {
      url
      width
      height
    }
    collections {
      title
      slug
      parent {
        title
        slug
      }
    }
    variants(first: $variants) {
      totalCount
      nodes {
        id
        sku
        title
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
          currencyCode
        }
        availableForSale
        weightGrams
        selectedOptions {
          name
          value
        }
        featuredImage {
          url
        }
        createdAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductPageTreeQuery, ProductPageTreeQueryVariables>;
export const VariantsAlongDocument = new TypedDocumentString(`
    query VariantsAlong($first: Int, $last: Int, $variants: Int!, $other: Int!) {
  products(first: $first, last: $last) {
    nodes {
      slug
      variants(first: $variants) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          sku
          createdAt
          archivedAt
        }
      }
      other: variants(first: $other) {
        nodes {
          sku
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VariantsAlongQuery, VariantsAlongQueryVariables>;
export const VariantAloneDocument = new TypedDocumentString(`
    query VariantAlone($id: ID!) {
  node(id: $id) {
    ... on Variant {
      sku
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<VariantAloneQuery, VariantAloneQueryVariables>;
export const UpdateVariantDocument = new TypedDocumentString(`
    mutation UpdateVariant($input: UpdateVariantInput!) {
  updateVariant(input: $input) {
    __typename
    ... on VariantUpdated {
      variant {
        sku
        version
        price {
          amount
        }
        compareAtPrice {
          amount
        }
      }
    }
    ... on VersionConflict {
      currentVersion
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateVariantMutation, UpdateVariantMutationVariables>;
export const ArchiveVariantDocument = new TypedDocumentString(`
    mutation ArchiveVariant($input: ArchiveVariantInput!) {
  archiveVariant(input: $input) {
    __typename
    ... on VariantArchived {
      variant {
        archivedAt
        availableForSale
        product {
          priceRange {
            min {
              amount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveVariantMutation, ArchiveVariantMutationVariables>;
export const UpdateCollectionDocument = new TypedDocumentString(`
    mutation UpdateCollection($input: UpdateCollectionInput!) {
  updateCollection(input: $input) {
    __typename
    ... on CollectionUpdated {
      collection {
        version
        parent {
          slug
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCollectionMutation, UpdateCollectionMutationVariables>;
export const SetCollectionProductsDocument = new TypedDocumentString(`
    mutation SetCollectionProducts($input: SetCollectionProductsInput!) {
  setCollectionProducts(input: $input) {
    __typename
    ... on CollectionUpdated {
      collection {
        version
        products(first: 10) {
          nodes {
            slug
          }
        }
      }
    }
    ... on UserError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetCollectionProductsMutation, SetCollectionProductsMutationVariables>;
export const DeleteCollectionDocument = new TypedDocumentString(`
    mutation DeleteCollection($input: DeleteCollectionInput!) {
  deleteCollection(input: $input) {
    __typename
    ... on CollectionDeleted {
      deletedId
    }
    ... on UserError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCollectionMutation, DeleteCollectionMutationVariables>;
export const SearchCollectionsDocument = new TypedDocumentString(`
    query SearchCollections($query: String!) {
  search(query: $query) {
    facets {
      collections {
        count
        collection {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCollectionsQuery, SearchCollectionsQueryVariables>;
export const CreateDearVariantDocument = new TypedDocumentString(`
    mutation CreateDearVariant($input: CreateVariantInput!) {
  createVariant(input: $input) {
    __typename
    ... on VariantCreated {
      variant {
        price {
          amount
        }
      }
    }
    ... on UserError {
      code
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDearVariantMutation, CreateDearVariantMutationVariables>;
export const CreateDearCouponDocument = new TypedDocumentString(`
    mutation CreateDearCoupon($input: CreateCouponInput!) {
  createCoupon(input: $input) {
    __typename
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDearCouponMutation, CreateDearCouponMutationVariables>;
export const MergedCartDocument = new TypedDocumentString(`
    query MergedCart {
  cart {
    lines {
      sku
      quantity
    }
    shippingAddress {
      city
    }
    shippingMethod {
      code
    }
    coupons {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MergedCartQuery, MergedCartQueryVariables>;
export const LoginWithCartDocument = new TypedDocumentString(`
    mutation LoginWithCart($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) {
    __typename
    ... on LoggedIn {
      cart {
        id
        totalQuantity
        lines {
          sku
          quantity
        }
      }
      guestCartMerge {
        mergedLines
        droppedLines
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithCartMutation, LoginWithCartMutationVariables>;
export const CartIdDocument = new TypedDocumentString(`
    query CartId {
  cart {
    id
  }
}
    `) as unknown as TypedDocumentString<CartIdQuery, CartIdQueryVariables>;
export const CartQueryDocument = new TypedDocumentString(`
    query CartQuery {
  cart {
    ...CartFields
    availableShippingMethods {
      code
      price {
        amount
      }
    }
  }
}
    fragment CartFields on Cart {
  id
  email
  totalQuantity
  lines {
    id
    quantity
    sku
    availableForSale
    unitPrice {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    variant {
      id
    }
  }
  shippingAddress {
    countryCode
    city
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  coupons {
    code
    applicable
    problem
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    pricesIncludeTax
    taxRate
  }
}`) as unknown as TypedDocumentString<CartQueryQuery, CartQueryQueryVariables>;
export const UpdateLineDocument = new TypedDocumentString(`
    mutation UpdateLine($input: UpdateCartLineInput!) {
  updateCartLine(input: $input) {
    __typename
    ... on CartUpdated {
      cart {
        totalQuantity
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateLineMutation, UpdateLineMutationVariables>;
export const RemoveLineDocument = new TypedDocumentString(`
    mutation RemoveLine($input: RemoveCartLineInput!) {
  removeCartLine(input: $input) {
    __typename
    ... on CartUpdated {
      cart {
        totalQuantity
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveLineMutation, RemoveLineMutationVariables>;
export const DetailsDocument = new TypedDocumentString(`
    mutation Details($email: SetCartEmailInput!, $address: SetCartShippingAddressInput!, $method: SetCartShippingMethodInput!) {
  setCartEmail(input: $email) {
    __typename
    ... on UserError {
      code
      path
    }
  }
  setCartShippingAddress(input: $address) {
    __typename
    ... on UserError {
      code
      path
    }
  }
  setCartShippingMethod(input: $method) {
    __typename
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DetailsMutation, DetailsMutationVariables>;
export const AddToBookDocument = new TypedDocumentString(`
    mutation AddToBook($input: CreateAddressInput!) {
  createAddress(input: $input) {
    __typename
    ... on AddressCreated {
      address {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddToBookMutation, AddToBookMutationVariables>;
export const ShipToDocument = new TypedDocumentString(`
    mutation ShipTo($input: SetCartShippingAddressInput!) {
  setCartShippingAddress(input: $input) {
    __typename
    ... on CartUpdated {
      cart {
        shippingAddress {
          firstName
          line1
          city
          countryCode
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ShipToMutation, ShipToMutationVariables>;
export const BillToDocument = new TypedDocumentString(`
    mutation BillTo($input: SetCartBillingAddressInput!) {
  setCartBillingAddress(input: $input) {
    __typename
    ... on CartUpdated {
      cart {
        billingAddress {
          firstName
          line1
          city
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<BillToMutation, BillToMutationVariables>;
export const CartAddressesDocument = new TypedDocumentString(`
    query CartAddresses {
  cart {
    shippingAddress {
      line1
    }
    billingAddress {
      line1
    }
  }
}
    `) as unknown as TypedDocumentString<CartAddressesQuery, CartAddressesQueryVariables>;
export const OrderAddressesDocument = new TypedDocumentString(`
    query OrderAddresses($code: String!, $id: ID!) {
  order(code: $code) {
    shippingAddress {
      line1
      city
    }
    billingAddress {
      firstName
      line1
      city
    }
  }
  node(id: $id) {
    ... on Order {
      billingAddress {
        line1
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderAddressesQuery, OrderAddressesQueryVariables>;
export const SetMethodOnlyDocument = new TypedDocumentString(`
    mutation SetMethodOnly {
  setCartShippingMethod(input: {code: "standard"}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SetMethodOnlyMutation, SetMethodOnlyMutationVariables>;
export const CheckoutCartDocument = new TypedDocumentString(`
    query CheckoutCart {
  cart {
    id
    totalQuantity
  }
}
    `) as unknown as TypedDocumentString<CheckoutCartQuery, CheckoutCartQueryVariables>;
export const PlaceWithTokenDocument = new TypedDocumentString(`
    mutation PlaceWithToken($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    __typename
    ... on OrderPlaced {
      statusToken
      order {
        id
        code
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceWithTokenMutation, PlaceWithTokenMutationVariables>;
export const StatusByTokenDocument = new TypedDocumentString(`
    query StatusByToken($token: String!) {
  orderByStatusToken(token: $token) {
    code
    state
    trackingCode
    placedAt
    lines {
      sku
      quantity
      subtotal {
        amount
      }
    }
    totals {
      total {
        amount
        currencyCode
      }
    }
    shippingAddress {
      city
      countryCode
    }
    shippingMethod {
      code
    }
    history {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<StatusByTokenQuery, StatusByTokenQueryVariables>;
export const TokenAndNothingElseDocument = new TypedDocumentString(`
    query TokenAndNothingElse($token: String!, $code: String!, $id: ID!) {
  orderByStatusToken(token: $token) {
    code
  }
  order(code: $code) {
    code
  }
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TokenAndNothingElseQuery, TokenAndNothingElseQueryVariables>;
export const LookUpDocument = new TypedDocumentString(`
    mutation LookUp($input: LookUpOrderInput!) {
  lookUpOrder(input: $input) {
    __typename
    ... on OrderFound {
      order {
        code
        state
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<LookUpMutation, LookUpMutationVariables>;
export const TypeFieldsDocument = new TypedDocumentString(`
    query TypeFields($name: String!) {
  __type(name: $name) {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TypeFieldsQuery, TypeFieldsQueryVariables>;
export const FulfilForStatusDocument = new TypedDocumentString(`
    mutation FulfilForStatus($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FulfilForStatusMutation, FulfilForStatusMutationVariables>;
export const AdjustStockDocument = new TypedDocumentString(`
    mutation AdjustStock($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    __typename
    ... on StockAdjusted {
      variant {
        sku
        stock {
          onHand
          allocated
          available
        }
      }
      movement {
        kind
        reason
        onHandDelta
        allocatedDelta
        note
        actorKind
        staffMemberId
      }
    }
    ... on InsufficientStock {
      shortages {
        requested
        available
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<AdjustStockMutation, AdjustStockMutationVariables>;
export const LedgerDocument = new TypedDocumentString(`
    query Ledger($variantId: ID!, $first: Int, $after: String) {
  stockMovements(variantId: $variantId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      reason
      onHandDelta
      allocatedDelta
      actorKind
      orderCode
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerQuery, LedgerQueryVariables>;
export const NodeMovementDocument = new TypedDocumentString(`
    query NodeMovement($id: ID!) {
  node(id: $id) {
    ... on StockMovement {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<NodeMovementQuery, NodeMovementQueryVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int, $after: String) {
  me {
    orders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        lines {
          quantity
          variant {
            product {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderByCodeDocument = new TypedDocumentString(`
    query OrderByCode($code: String!) {
  order(code: $code) {
    id
    code
    state
    customerId
    nextStates
    transitions {
      from
      to
      actorKind
      staffMemberId
      note
    }
  }
}
    `) as unknown as TypedDocumentString<OrderByCodeQuery, OrderByCodeQueryVariables>;
export const CustomerTransitionsDocument = new TypedDocumentString(`
    query CustomerTransitions($code: String!) {
  order(code: $code) {
    transitions {
      from
      to
      actorKind
      at
      note
      staffMemberId
    }
  }
  me {
    orders(first: 10) {
      nodes {
        code
        transitions {
          to
          note
          staffMemberId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerTransitionsQuery, CustomerTransitionsQueryVariables>;
export const NodeOrderDocument = new TypedDocumentString(`
    query NodeOrder($id: ID!) {
  node(id: $id) {
    ... on Order {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NodeOrderQuery, NodeOrderQueryVariables>;
export const CustomerOrderHistoryDocument = new TypedDocumentString(`
    query CustomerOrderHistory($id: ID!) {
  node(id: $id) {
    ... on Customer {
      email
      orders {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerOrderHistoryQuery, CustomerOrderHistoryQueryVariables>;
export const StaffOrdersDocument = new TypedDocumentString(`
    query StaffOrders($filter: OrderFilter, $first: Int) {
  orders(filter: $filter, first: $first) {
    totalCount
    nodes {
      code
      state
      email
    }
  }
}
    `) as unknown as TypedDocumentString<StaffOrdersQuery, StaffOrdersQueryVariables>;
export const TransitionDocument = new TypedDocumentString(`
    mutation Transition($input: TransitionOrderInput!) {
  transitionOrder(input: $input) {
    __typename
    ... on OrderUpdated {
      order {
        state
        expiresAt
      }
    }
    ... on IllegalTransition {
      from
      to
      allowed
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionMutation, TransitionMutationVariables>;
export const FulfilDocument = new TypedDocumentString(`
    mutation Fulfil($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
    ... on OrderUpdated {
      order {
        state
        trackingCode
      }
    }
    ... on InsufficientStock {
      shortages {
        requested
        available
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<FulfilMutation, FulfilMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($input: CancelOrderInput!) {
  cancelOrder(input: $input) {
    __typename
    ... on OrderUpdated {
      order {
        state
      }
    }
    ... on IllegalTransition {
      from
      allowed
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const CreateCouponDocument = new TypedDocumentString(`
    mutation CreateCoupon($input: CreateCouponInput!) {
  createCoupon(input: $input) {
    __typename
    ... on CouponCreated {
      coupon {
        id
        code
        kind
        percentOff
        amountOff {
          amount
        }
        minimumSubtotal {
          amount
        }
        usageLimit
        timesUsed
        active
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCouponMutation, CreateCouponMutationVariables>;
export const UpdateCouponDocument = new TypedDocumentString(`
    mutation UpdateCoupon($input: UpdateCouponInput!) {
  updateCoupon(input: $input) {
    __typename
    ... on CouponUpdated {
      coupon {
        active
        usageLimit
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCouponMutation, UpdateCouponMutationVariables>;
export const CouponsDocument = new TypedDocumentString(`
    query Coupons($first: Int) {
  coupons(first: $first) {
    totalCount
    nodes {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CouponsQuery, CouponsQueryVariables>;
export const NodeCouponDocument = new TypedDocumentString(`
    query NodeCoupon($id: ID!) {
  node(id: $id) {
    ... on Coupon {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NodeCouponQuery, NodeCouponQueryVariables>;
export const RemoveCouponDocument = new TypedDocumentString(`
    mutation RemoveCoupon($input: RemoveCouponInput!) {
  removeCoupon(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RemoveCouponMutation, RemoveCouponMutationVariables>;
export const UpdateLineForCouponDocument = new TypedDocumentString(`
    mutation UpdateLineForCoupon($input: UpdateCartLineInput!) {
  updateCartLine(input: $input) {
    ... on CartUpdated {
      cart {
        coupons {
          applicable
          problem
        }
        totals {
          discount {
            amount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateLineForCouponMutation, UpdateLineForCouponMutationVariables>;
export const PlaceUnpaidOrderDocument = new TypedDocumentString(`
    mutation PlaceUnpaidOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    __typename
    ... on OrderPlaced {
      order {
        id
        state
      }
    }
    ... on TooManyUnpaidOrders {
      limit
    }
    ... on QuantityLimitExceeded {
      lines {
        variantId
        requested
        allowed
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceUnpaidOrderMutation, PlaceUnpaidOrderMutationVariables>;
export const MarkOrderPaidDocument = new TypedDocumentString(`
    mutation MarkOrderPaid($input: TransitionOrderInput!) {
  transitionOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MarkOrderPaidMutation, MarkOrderPaidMutationVariables>;
export const StorefrontPageDocument = new TypedDocumentString(`
    query StorefrontPage {
  products(first: 20) {
    nodes {
      title
      slug
      priceRange {
        min {
          amount
          currencyCode
        }
      }
      variants(first: 10) {
        nodes {
          sku
          price {
            amount
          }
          availableForSale
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontPageQuery, StorefrontPageQueryVariables>;
export const AdminOrderListDocument = new TypedDocumentString(`
    query AdminOrderList {
  orders(first: 50) {
    totalCount
    nodes {
      id
      code
      state
      email
      placedAt
      lines {
        sku
        quantity
      }
      totals {
        total {
          amount
          currencyCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrderListQuery, AdminOrderListQueryVariables>;
export const FailedJobsDocument = new TypedDocumentString(`
    query FailedJobs($first: Int) {
  failedJobs(first: $first) {
    totalCount
    nodes {
      id
      task
      attempts
      maxAttempts
      gaveUp
      nextAttemptAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryJobDocument = new TypedDocumentString(`
    mutation RetryJob($input: RetryJobInput!) {
  retryJob(input: $input) {
    __typename
    ... on JobRetried {
      job {
        id
        attempts
        gaveUp
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RetryJobMutation, RetryJobMutationVariables>;
export const MailShipDocument = new TypedDocumentString(`
    mutation MailShip($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MailShipMutation, MailShipMutationVariables>;
export const EventsUpdateProductDocument = new TypedDocumentString(`
    mutation EventsUpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    __typename
    ... on ProductUpdated {
      product {
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsUpdateProductMutation, EventsUpdateProductMutationVariables>;
export const EventsArchiveProductDocument = new TypedDocumentString(`
    mutation EventsArchiveProduct($input: ArchiveProductInput!) {
  archiveProduct(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EventsArchiveProductMutation, EventsArchiveProductMutationVariables>;
export const EventsSetOptionsDocument = new TypedDocumentString(`
    mutation EventsSetOptions($input: SetProductOptionsInput!) {
  setProductOptions(input: $input) {
    __typename
    ... on UserError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EventsSetOptionsMutation, EventsSetOptionsMutationVariables>;
export const EventsFulfilDocument = new TypedDocumentString(`
    mutation EventsFulfil($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EventsFulfilMutation, EventsFulfilMutationVariables>;
export const EventsTransitionDocument = new TypedDocumentString(`
    mutation EventsTransition($input: TransitionOrderInput!) {
  transitionOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EventsTransitionMutation, EventsTransitionMutationVariables>;
export const EventsCancelDocument = new TypedDocumentString(`
    mutation EventsCancel($input: CancelOrderInput!) {
  cancelOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EventsCancelMutation, EventsCancelMutationVariables>;
export const EventsAdjustStockDocument = new TypedDocumentString(`
    mutation EventsAdjustStock($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EventsAdjustStockMutation, EventsAdjustStockMutationVariables>;
export const HelloDocument = new TypedDocumentString(`
    query Hello {
  hello
}
    `) as unknown as TypedDocumentString<HelloQuery, HelloQueryVariables>;
export const GreetDocument = new TypedDocumentString(`
    mutation Greet($name: String) {
  greet(input: {name: $name}) {
    __typename
    ... on Greeted {
      message
      greeting {
        name
        timesGreeted
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<GreetMutation, GreetMutationVariables>;
export const TwoGreetingsDocument = new TypedDocumentString(`
    query TwoGreetings($a: String!, $b: String!) {
  first: greeting(name: $a) {
    name
    timesGreeted
  }
  second: greeting(name: $b) {
    name
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<TwoGreetingsQuery, TwoGreetingsQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    __typename
    ... on ProductCreated {
      product {
        id
        slug
        title
        status
        version
        options {
          id
          name
          values {
            name
          }
        }
      }
    }
    ... on SlugTaken {
      slug
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const AddLinesDocument = new TypedDocumentString(`
    mutation AddLines($input: AddCartLinesInput!) {
  addCartLines(input: $input) {
    __typename
    ... on CartUpdated {
      cartToken
      cart {
        ...CartFields
      }
    }
    ... on InsufficientStock {
      shortages {
        variantId
        requested
        available
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    fragment CartFields on Cart {
  id
  email
  totalQuantity
  lines {
    id
    quantity
    sku
    availableForSale
    unitPrice {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    variant {
      id
    }
  }
  shippingAddress {
    countryCode
    city
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  coupons {
    code
    applicable
    problem
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    pricesIncludeTax
    taxRate
  }
}`) as unknown as TypedDocumentString<AddLinesMutation, AddLinesMutationVariables>;
export const SetEmailDocument = new TypedDocumentString(`
    mutation SetEmail($input: SetCartEmailInput!) {
  setCartEmail(input: $input) {
    __typename
    ... on UserError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetEmailMutation, SetEmailMutationVariables>;
export const SetAddressDocument = new TypedDocumentString(`
    mutation SetAddress($input: SetCartShippingAddressInput!) {
  setCartShippingAddress(input: $input) {
    __typename
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<SetAddressMutation, SetAddressMutationVariables>;
export const SetMethodDocument = new TypedDocumentString(`
    mutation SetMethod($input: SetCartShippingMethodInput!) {
  setCartShippingMethod(input: $input) {
    __typename
    ... on UserError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SetMethodMutation, SetMethodMutationVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    __typename
    ... on OrderPlaced {
      order {
        id
        code
        state
        email
        paymentReference
        expiresAt
        totals {
          subtotal {
            amount
          }
          discount {
            amount
          }
          shipping {
            amount
          }
          tax {
            amount
          }
          total {
            amount
          }
        }
        lines {
          sku
          quantity
          unitPrice {
            amount
          }
        }
        couponCodes
      }
    }
    ... on InsufficientStock {
      shortages {
        variantId
        requested
        available
      }
    }
    ... on CouponUnavailable {
      couponCode
      reason
    }
    ... on CheckoutIncomplete {
      missing
    }
    ... on PaymentProviderUnavailable {
      retryable
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ApplyCouponDocument = new TypedDocumentString(`
    mutation ApplyCoupon($input: ApplyCouponInput!) {
  applyCoupon(input: $input) {
    __typename
    ... on CartUpdated {
      cart {
        ...CartFields
      }
    }
    ... on CouponUnavailable {
      couponCode
      reason
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    fragment CartFields on Cart {
  id
  email
  totalQuantity
  lines {
    id
    quantity
    sku
    availableForSale
    unitPrice {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    variant {
      id
    }
  }
  shippingAddress {
    countryCode
    city
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  coupons {
    code
    applicable
    problem
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    pricesIncludeTax
    taxRate
  }
}`) as unknown as TypedDocumentString<ApplyCouponMutation, ApplyCouponMutationVariables>;
export const RegisterCustomerDocument = new TypedDocumentString(`
    mutation RegisterCustomer($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on CustomerRegistered {
      email
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const LoginCustomerDocument = new TypedDocumentString(`
    mutation LoginCustomer($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) {
    __typename
    ... on LoggedIn {
      token
      expiresAt
      customer {
        id
        email
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<LoginCustomerMutation, LoginCustomerMutationVariables>;
export const CreateSessionDocument = new TypedDocumentString(`
    mutation CreateSession($input: CreatePaymentSessionInput!) {
  createPaymentSession(input: $input) {
    __typename
    ... on PaymentSessionCreated {
      clientSecret
      amount {
        amount
        currencyCode
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateSessionMutation, CreateSessionMutationVariables>;
export const PlaceCardOrderDocument = new TypedDocumentString(`
    mutation PlaceCardOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    __typename
    ... on OrderPlaced {
      order {
        id
        code
        state
        payment {
          state
          amountCaptured {
            amount
          }
        }
      }
    }
    ... on PaymentActionRequired {
      clientSecret
      order {
        id
        code
        state
        payment {
          state
        }
      }
    }
    ... on PaymentProviderUnavailable {
      retryable
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceCardOrderMutation, PlaceCardOrderMutationVariables>;
export const RefundOrderDocument = new TypedDocumentString(`
    mutation RefundOrder($input: RefundOrderInput!) {
  refundOrder(input: $input) {
    __typename
    ... on OrderRefunded {
      order {
        state
        payment {
          state
          amountCaptured {
            amount
          }
          amountRefunded {
            amount
          }
        }
      }
      refund {
        amount {
          amount
        }
        shipping {
          amount
        }
        restocked
        lines {
          orderLineId
          quantity
          amount {
            amount
          }
        }
      }
    }
    ... on RefundExceedsCaptured {
      refundable {
        amount
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RefundOrderMutation, RefundOrderMutationVariables>;
export const OrderPaymentDocument = new TypedDocumentString(`
    query OrderPayment($code: String!) {
  order(code: $code) {
    state
    lines {
      id
      quantity
    }
    payment {
      provider
      state
      reference
      amount {
        amount
      }
      amountCaptured {
        amount
      }
      amountRefunded {
        amount
      }
      attempts {
        kind
        outcome
      }
    }
    refunds {
      amount {
        amount
      }
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPaymentQuery, OrderPaymentQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpointCreated {
      secret
      endpoint {
        id
        url
        description
        eventTypes
        enabled
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first) {
    totalCount
    nodes {
      id
      eventId
      eventType
      status
      attemptCount
      nextAttemptAt
      lastStatusCode
      lastLatencyMs
      completedAt
      attempts {
        number
        statusCode
        latencyMs
        errorKind
        errorMessage
        responseBody
        redelivery
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const GreetForHttpDocument = new TypedDocumentString(`
    mutation GreetForHttp($name: String) {
  greet(input: {name: $name}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GreetForHttpMutation, GreetForHttpMutationVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile {
  me {
    firstName
    lastName
    preferences {
      locale
      marketingOptIn
      marketingOptInChangedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ... on CustomerUpdated {
      customer {
        firstName
        lastName
      }
    }
    ... on UserError {
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UpdatePreferencesDocument = new TypedDocumentString(`
    mutation UpdatePreferences($input: UpdatePreferencesInput!) {
  updatePreferences(input: $input) {
    __typename
    ... on CustomerUpdated {
      customer {
        preferences {
          locale
          marketingOptIn
          marketingOptInChangedAt
        }
      }
    }
    ... on UserError {
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const CreateAddressDocument = new TypedDocumentString(`
    mutation CreateAddress($input: CreateAddressInput!) {
  createAddress(input: $input) {
    __typename
    ... on AddressCreated {
      address {
        id
        city
        countryCode
        company
        isDefaultShipping
        isDefaultBilling
      }
      customer {
        defaultShippingAddress {
          id
        }
        defaultBillingAddress {
          id
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAddressMutation, CreateAddressMutationVariables>;
export const UpdateAddressDocument = new TypedDocumentString(`
    mutation UpdateAddress($input: UpdateAddressInput!) {
  updateAddress(input: $input) {
    __typename
    ... on AddressUpdated {
      address {
        city
        company
        line2
        isDefaultShipping
        isDefaultBilling
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const DeleteAddressDocument = new TypedDocumentString(`
    mutation DeleteAddress($id: ID!) {
  deleteAddress(input: {id: $id}) {
    __typename
    ... on AddressDeleted {
      deletedAddressId
      customer {
        addresses {
          id
        }
        defaultShippingAddress {
          id
        }
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Customer {
      email
      addresses {
        city
      }
    }
    ... on Address {
      city
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    firstName
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(input: {token: $token}) {
    __typename
    ... on EmailVerified {
      email
    }
    ... on UserError {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ... on LoggedOut {
      sessionsRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere {
    ... on LoggedOut {
      sessionsRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $next}) {
    __typename
    ... on PasswordChanged {
      sessionsRevoked
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RenameMeDocument = new TypedDocumentString(`
    mutation RenameMe($firstName: String) {
  updateProfile(input: {firstName: $firstName}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RenameMeMutation, RenameMeMutationVariables>;
export const MeWithAddressesDocument = new TypedDocumentString(`
    query MeWithAddresses {
  me {
    email
    addresses {
      city
    }
    defaultShippingAddress {
      city
    }
  }
}
    `) as unknown as TypedDocumentString<MeWithAddressesQuery, MeWithAddressesQueryVariables>;
export const HelloWithSessionDocument = new TypedDocumentString(`
    query HelloWithSession {
  hello
}
    `) as unknown as TypedDocumentString<HelloWithSessionQuery, HelloWithSessionQueryVariables>;
export const VerifyEmailTokenDocument = new TypedDocumentString(`
    mutation VerifyEmailToken($token: String!) {
  verifyEmail(input: {token: $token}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailTokenMutation, VerifyEmailTokenMutationVariables>;
export const ResendVerificationDocument = new TypedDocumentString(`
    mutation ResendVerification {
  resendVerificationEmail {
    __typename
    ... on VerificationEmailSent {
      email
    }
    ... on UserError {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const RequestResetDocument = new TypedDocumentString(`
    mutation RequestReset($email: String!) {
  requestPasswordReset(input: {email: $email}) {
    __typename
    ... on PasswordResetRequested {
      email
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RequestResetMutation, RequestResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(input: {token: $token, newPassword: $password}) {
    __typename
    ... on PasswordReset {
      sessionsRevoked
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeVerifiedDocument = new TypedDocumentString(`
    query MeVerified {
  me {
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<MeVerifiedQuery, MeVerifiedQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($name: String!, $permissions: [Permission!]!) {
  createRole(input: {name: $name, permissions: $permissions}) {
    __typename
    ... on RoleCreated {
      role {
        id
        name
        permissions
      }
    }
    ... on PermissionNotHeld {
      permissions
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($input: UpdateRoleInput!) {
  updateRole(input: $input) {
    __typename
    ... on RoleUpdated {
      role {
        name
        permissions
      }
    }
    ... on PermissionNotHeld {
      permissions
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const CreateStaffDocument = new TypedDocumentString(`
    mutation CreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    __typename
    ... on StaffCreated {
      staff {
        id
        email
        permissions
        roles {
          name
        }
      }
    }
    ... on PermissionNotHeld {
      permissions
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateStaffMutation, CreateStaffMutationVariables>;
export const SetStaffRolesDocument = new TypedDocumentString(`
    mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {
  setStaffRoles(input: {staffId: $staffId, roleIds: $roleIds}) {
    __typename
    ... on StaffUpdated {
      staff {
        permissions
      }
    }
    ... on PermissionNotHeld {
      permissions
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<SetStaffRolesMutation, SetStaffRolesMutationVariables>;
export const UpdateStaffDocument = new TypedDocumentString(`
    mutation UpdateStaff($input: UpdateStaffInput!) {
  updateStaff(input: $input) {
    __typename
    ... on StaffUpdated {
      staff {
        name
        active
      }
    }
    ... on UserError {
      code
      message
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const LoginStaffDocument = new TypedDocumentString(`
    mutation LoginStaff($email: String!, $password: String!) {
  loginStaff(input: {email: $email, password: $password}) {
    __typename
    ... on StaffLoggedIn {
      token
      staff {
        email
        permissions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginStaffMutation, LoginStaffMutationVariables>;
export const StaffDirectoryDocument = new TypedDocumentString(`
    query StaffDirectory {
  currentStaff {
    id
    email
    permissions
  }
  staffMembers {
    email
  }
  roles {
    name
  }
}
    `) as unknown as TypedDocumentString<StaffDirectoryQuery, StaffDirectoryQueryVariables>;
export const CurrentStaffDocument = new TypedDocumentString(`
    query CurrentStaff {
  currentStaff {
    id
    email
    roles {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentStaffQuery, CurrentStaffQueryVariables>;
export const StaffNodeDocument = new TypedDocumentString(`
    query StaffNode($id: ID!) {
  node(id: $id) {
    ... on Staff {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<StaffNodeQuery, StaffNodeQueryVariables>;
export const CustomerLoginAsStaffDocument = new TypedDocumentString(`
    mutation CustomerLoginAsStaff($email: String!) {
  login(input: {email: $email, password: "editor password 1"}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CustomerLoginAsStaffMutation, CustomerLoginAsStaffMutationVariables>;
export const StaffChangesPasswordDocument = new TypedDocumentString(`
    mutation StaffChangesPassword {
  changePassword(
    input: {currentPassword: "first password 1", newPassword: "second password 2"}
  ) {
    __typename
    ... on PasswordChanged {
      sessionsRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<StaffChangesPasswordMutation, StaffChangesPasswordMutationVariables>;
export const FifteenLoginsDocument = new TypedDocumentString(`
    mutation FifteenLogins($email: String!, $password: String!) {
  l1: login(input: {email: $email, password: $password}) {
    __typename
  }
  l2: login(input: {email: $email, password: $password}) {
    __typename
  }
  l3: login(input: {email: $email, password: $password}) {
    __typename
  }
  l4: login(input: {email: $email, password: $password}) {
    __typename
  }
  l5: login(input: {email: $email, password: $password}) {
    __typename
  }
  l6: login(input: {email: $email, password: $password}) {
    __typename
  }
  l7: login(input: {email: $email, password: $password}) {
    __typename
  }
  l8: login(input: {email: $email, password: $password}) {
    __typename
  }
  l9: login(input: {email: $email, password: $password}) {
    __typename
  }
  l10: login(input: {email: $email, password: $password}) {
    __typename
  }
  l11: login(input: {email: $email, password: $password}) {
    __typename
  }
  l12: login(input: {email: $email, password: $password}) {
    __typename
  }
  l13: login(input: {email: $email, password: $password}) {
    __typename
  }
  l14: login(input: {email: $email, password: $password}) {
    __typename
  }
  l15: login(input: {email: $email, password: $password}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FifteenLoginsMutation, FifteenLoginsMutationVariables>;
export const ChangePasswordAttemptDocument = new TypedDocumentString(`
    mutation ChangePasswordAttempt($current: String!, $next: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $next}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordAttemptMutation, ChangePasswordAttemptMutationVariables>;
export const FifteenStaffLoginsDocument = new TypedDocumentString(`
    mutation FifteenStaffLogins($email: String!, $password: String!) {
  l1: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l2: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l3: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l4: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l5: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l6: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l7: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l8: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l9: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l10: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l11: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l12: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l13: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l14: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
  l15: loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FifteenStaffLoginsMutation, FifteenStaffLoginsMutationVariables>;
export const RequestResetAfterGuessingDocument = new TypedDocumentString(`
    mutation RequestResetAfterGuessing($email: String!) {
  requestPasswordReset(input: {email: $email}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RequestResetAfterGuessingMutation, RequestResetAfterGuessingMutationVariables>;
export const ResetAfterGuessingDocument = new TypedDocumentString(`
    mutation ResetAfterGuessing($token: String!, $password: String!) {
  resetPassword(input: {token: $token, newPassword: $password}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ResetAfterGuessingMutation, ResetAfterGuessingMutationVariables>;
export const LoginStaffAttemptDocument = new TypedDocumentString(`
    mutation LoginStaffAttempt($email: String!, $password: String!) {
  loginStaff(input: {email: $email, password: $password}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LoginStaffAttemptMutation, LoginStaffAttemptMutationVariables>;
export const MeOverWsDocument = new TypedDocumentString(`
    query MeOverWs {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<MeOverWsQuery, MeOverWsQueryVariables>;
export const LogoutOverHttpDocument = new TypedDocumentString(`
    mutation LogoutOverHttp {
  logout {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LogoutOverHttpMutation, LogoutOverHttpMutationVariables>;
export const GreetForLifecycleDocument = new TypedDocumentString(`
    mutation GreetForLifecycle($name: String) {
  greet(input: {name: $name}) {
    ... on Greeted {
      greeting {
        timesGreeted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GreetForLifecycleMutation, GreetForLifecycleMutationVariables>;
export const GreetingAfterRestartDocument = new TypedDocumentString(`
    query GreetingAfterRestart($name: String!) {
  greeting(name: $name) {
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<GreetingAfterRestartQuery, GreetingAfterRestartQueryVariables>;
export const CancelMineDocument = new TypedDocumentString(`
    mutation CancelMine($input: CancelMyOrderInput!) {
  cancelMyOrder(input: $input) {
    __typename
    ... on OrderCancelled {
      order {
        state
        payment {
          state
          amountRefunded {
            amount
          }
        }
      }
    }
    ... on OrderNotCancellable {
      state
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMineMutation, CancelMineMutationVariables>;
export const ShipForCancelDocument = new TypedDocumentString(`
    mutation ShipForCancel($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ShipForCancelMutation, ShipForCancelMutationVariables>;
export const SettleForCancelDocument = new TypedDocumentString(`
    mutation SettleForCancel($input: TransitionOrderInput!) {
  transitionOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SettleForCancelMutation, SettleForCancelMutationVariables>;
export const FulfilForRefundDocument = new TypedDocumentString(`
    mutation FulfilForRefund($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FulfilForRefundMutation, FulfilForRefundMutationVariables>;
export const RegisterInProductionDocument = new TypedDocumentString(`
    mutation RegisterInProduction($email: String!) {
  register(
    input: {email: $email, password: "production password", firstName: "Ada", lastName: "L"}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RegisterInProductionMutation, RegisterInProductionMutationVariables>;
export const LoginInProductionDocument = new TypedDocumentString(`
    mutation LoginInProduction($email: String!) {
  login(input: {email: $email, password: "production password"}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LoginInProductionMutation, LoginInProductionMutationVariables>;
export const GreetInProductionDocument = new TypedDocumentString(`
    mutation GreetInProduction($name: String) {
  greet(input: {name: $name}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GreetInProductionMutation, GreetInProductionMutationVariables>;
export const GreetingInProductionDocument = new TypedDocumentString(`
    query GreetingInProduction($name: String!) {
  greeting(name: $name) {
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<GreetingInProductionQuery, GreetingInProductionQueryVariables>;
export const BrokenReadDocument = new TypedDocumentString(`
    query BrokenRead($name: String!) {
  lookup: greeting(name: $name) {
    timesGreeted
  }
}
    `) as unknown as TypedDocumentString<BrokenReadQuery, BrokenReadQueryVariables>;
export const ShopAndMeDocument = new TypedDocumentString(`
    query ShopAndMe {
  hello
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<ShopAndMeQuery, ShopAndMeQueryVariables>;
export const ChangeNameDocument = new TypedDocumentString(`
    mutation ChangeName {
  updateProfile(input: {firstName: "Eve"}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ChangeNameMutation, ChangeNameMutationVariables>;
export const CheapStockWatchDocument = new TypedDocumentString(`
    subscription CheapStockWatch {
  stockLevelChanged {
    alert
    available
  }
}
    `) as unknown as TypedDocumentString<CheapStockWatchSubscription, CheapStockWatchSubscriptionVariables>;
export const DearStockWatchDocument = new TypedDocumentString(`
    subscription DearStockWatch {
  stockLevelChanged {
    variant {
      product {
        variants(first: 50) {
          nodes {
            sku
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DearStockWatchSubscription, DearStockWatchSubscriptionVariables>;
export const WatchPlacedOverRedisDocument = new TypedDocumentString(`
    subscription WatchPlacedOverRedis {
  orderPlaced {
    code
  }
}
    `) as unknown as TypedDocumentString<WatchPlacedOverRedisSubscription, WatchPlacedOverRedisSubscriptionVariables>;
export const WatchMyOrdersDocument = new TypedDocumentString(`
    subscription WatchMyOrders($orderId: ID) {
  orderUpdated(orderId: $orderId) {
    code
    state
    trackingCode
  }
}
    `) as unknown as TypedDocumentString<WatchMyOrdersSubscription, WatchMyOrdersSubscriptionVariables>;
export const WatchNewOrdersDocument = new TypedDocumentString(`
    subscription WatchNewOrders {
  orderPlaced {
    code
    email
    transitions {
      to
      note
    }
  }
}
    `) as unknown as TypedDocumentString<WatchNewOrdersSubscription, WatchNewOrdersSubscriptionVariables>;
export const WatchCartDocument = new TypedDocumentString(`
    subscription WatchCart {
  cartUpdated {
    totalQuantity
    lines {
      sku
      unitPrice {
        amount
      }
    }
    totals {
      subtotal {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WatchCartSubscription, WatchCartSubscriptionVariables>;
export const WatchStockDocument = new TypedDocumentString(`
    subscription WatchStock {
  stockLevelChanged {
    alert
    available
    threshold
    variant {
      sku
    }
  }
}
    `) as unknown as TypedDocumentString<WatchStockSubscription, WatchStockSubscriptionVariables>;
export const ShipOrderDocument = new TypedDocumentString(`
    mutation ShipOrder($input: FulfilOrderInput!) {
  fulfilOrder(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ShipOrderMutation, ShipOrderMutationVariables>;
export const ChangePriceDocument = new TypedDocumentString(`
    mutation ChangePrice($input: UpdateVariantInput!) {
  updateVariant(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ChangePriceMutation, ChangePriceMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  logout {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const RedeliverWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverWebhookDelivery($deliveryId: ID!) {
  redeliverWebhookDelivery(input: {deliveryId: $deliveryId}) {
    __typename
    ... on WebhookRedeliveryScheduled {
      delivery {
        status
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const WebhookEndpointStateDocument = new TypedDocumentString(`
    query WebhookEndpointState($id: ID!) {
  node(id: $id) {
    ... on WebhookEndpoint {
      enabled
      disabledAt
      disabledReason
      failingSince
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointStateQuery, WebhookEndpointStateQueryVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpointUpdated {
      endpoint {
        url
        eventTypes
        description
      }
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const ToggleWebhookEndpointDocument = new TypedDocumentString(`
    mutation ToggleWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(input: {id: $id}) {
    __typename
    ... on WebhookEndpointUpdated {
      endpoint {
        enabled
        disabledReason
      }
    }
  }
  enableWebhookEndpoint(input: {id: $id}) {
    __typename
    ... on WebhookEndpointUpdated {
      endpoint {
        enabled
        disabledAt
        disabledReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ToggleWebhookEndpointMutation, ToggleWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookEndpointSecret(input: {id: $id}) {
    __typename
    ... on WebhookEndpointSecretRotated {
      secret
      previousSecretExpiresAt
    }
    ... on UserError {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(input: {id: $id}) {
    __typename
    ... on WebhookEndpointDeleted {
      deletedId
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints(first: 100) {
    totalCount
    nodes {
      id
      url
      eventTypes
      enabled
    }
  }
  webhookEventTypes
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookNodeDocument = new TypedDocumentString(`
    query WebhookNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on WebhookEndpoint {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookNodeQuery, WebhookNodeQueryVariables>;
export const HelloOverWsDocument = new TypedDocumentString(`
    query HelloOverWs {
  hello
}
    `) as unknown as TypedDocumentString<HelloOverWsQuery, HelloOverWsQueryVariables>;
export const GreetOverWsDocument = new TypedDocumentString(`
    mutation GreetOverWs($name: String) {
  greet(input: {name: $name}) {
    ... on Greeted {
      message
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<GreetOverWsMutation, GreetOverWsMutationVariables>;