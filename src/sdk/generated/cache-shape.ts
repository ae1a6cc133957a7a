/** Generated from schema.graphql by src/sdk/codegen/cache-shape-plugin.ts (npm run generate): do not edit. */

/** Fields that return a connection, by type, with the arguments that tell one list from another. */
export const connectionFields: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  "Collection": {
    "products": []
  },
  "Customer": {
    "orders": []
  },
  "Product": {
    "variants": []
  },
  "Query": {
    "collections": [],
    "coupons": [],
    "failedJobs": [],
    "orders": [
      "filter"
    ],
    "products": [
      "filter",
      "sort"
    ],
    "search": [
      "filter",
      "query",
      "sort"
    ],
    "stockMovements": [
      "variantId"
    ],
    "webhookDeliveries": [
      "endpointId",
      "status"
    ],
    "webhookEndpoints": []
  }
};

/** Fields that return a list of objects, by type: the server always answers the whole list. */
export const objectListFields: Readonly<Record<string, readonly string[]>> = {
  "Cart": [
    "availableShippingMethods",
    "coupons",
    "lines"
  ],
  "Collection": [
    "children"
  ],
  "CollectionConnection": [
    "edges",
    "nodes"
  ],
  "CouponConnection": [
    "edges",
    "nodes"
  ],
  "Customer": [
    "addresses"
  ],
  "FailedJobConnection": [
    "edges",
    "nodes"
  ],
  "InsufficientStock": [
    "shortages"
  ],
  "OptionFacet": [
    "values"
  ],
  "Order": [
    "lines",
    "refunds",
    "transitions"
  ],
  "OrderConnection": [
    "edges",
    "nodes"
  ],
  "OrderStatus": [
    "history",
    "lines"
  ],
  "Payment": [
    "attempts"
  ],
  "Product": [
    "collections",
    "images",
    "options"
  ],
  "ProductConnection": [
    "edges",
    "nodes"
  ],
  "ProductOption": [
    "values"
  ],
  "QuantityLimitExceeded": [
    "lines"
  ],
  "Query": [
    "nodes",
    "paymentMethods",
    "roles",
    "shippingMethods",
    "staffMembers"
  ],
  "Refund": [
    "lines"
  ],
  "SearchFacets": [
    "collections",
    "options",
    "prices"
  ],
  "SearchResult": [
    "edges",
    "nodes"
  ],
  "Staff": [
    "roles"
  ],
  "StockMovementConnection": [
    "edges",
    "nodes"
  ],
  "Variant": [
    "images",
    "selectedOptions"
  ],
  "VariantConnection": [
    "edges",
    "nodes"
  ],
  "WebhookDelivery": [
    "attempts"
  ],
  "WebhookDeliveryConnection": [
    "edges",
    "nodes"
  ],
  "WebhookEndpointConnection": [
    "edges",
    "nodes"
  ]
};

/** Object types without an `id`: kept inside the object that holds them. */
export const valueTypes: readonly string[] = [
  "AddressCreated",
  "AddressDeleted",
  "AddressLimitReached",
  "AddressUpdated",
  "AppliedCoupon",
  "CannotModifySelf",
  "CartUpdated",
  "CheckoutIncomplete",
  "CollectionConnection",
  "CollectionCreated",
  "CollectionDeleted",
  "CollectionEdge",
  "CollectionFacet",
  "CollectionUpdated",
  "CouponCodeTaken",
  "CouponConnection",
  "CouponCreated",
  "CouponEdge",
  "CouponUnavailable",
  "CouponUpdated",
  "CustomerPreferences",
  "CustomerRegistered",
  "CustomerUpdated",
  "EmailAlreadyVerified",
  "EmailTaken",
  "EmailVerified",
  "EmptyCart",
  "FacetValue",
  "FailedJobConnection",
  "FailedJobEdge",
  "Greeted",
  "Greeting",
  "GuestCartMerge",
  "IdempotencyKeyReused",
  "IllegalTransition",
  "InsufficientStock",
  "InvalidCredentials",
  "InvalidInput",
  "InvalidToken",
  "JobRetried",
  "LoggedIn",
  "LoggedOut",
  "Money",
  "NotFound",
  "OptionFacet",
  "OrderCancelled",
  "OrderConnection",
  "OrderEdge",
  "OrderFound",
  "OrderNotCancellable",
  "OrderPlaced",
  "OrderRefunded",
  "OrderShipping",
  "OrderStatus",
  "OrderStatusChange",
  "OrderTransition",
  "OrderUpdated",
  "PageInfo",
  "PasswordChanged",
  "PasswordReset",
  "PasswordResetRequested",
  "Payment",
  "PaymentActionRequired",
  "PaymentAttempt",
  "PaymentDeclined",
  "PaymentMethodInfo",
  "PaymentProviderUnavailable",
  "PaymentSessionCreated",
  "PermissionNotHeld",
  "PostalAddress",
  "PriceFacet",
  "PriceRange",
  "ProductArchived",
  "ProductConnection",
  "ProductCreated",
  "ProductEdge",
  "ProductUpdated",
  "QuantityLimit",
  "QuantityLimitExceeded",
  "Refund",
  "RefundExceedsCaptured",
  "RefundLine",
  "RoleCreated",
  "RoleNameTaken",
  "RoleUpdated",
  "SearchFacets",
  "SearchResult",
  "SelectedOption",
  "ShippingMethod",
  "SkuTaken",
  "SlugTaken",
  "StaffCreated",
  "StaffLoggedIn",
  "StaffUpdated",
  "StockAdjusted",
  "StockLevel",
  "StockLevelChanged",
  "StockMovementConnection",
  "StockMovementEdge",
  "StockShortage",
  "TooManyUnpaidOrders",
  "Totals",
  "VariantArchived",
  "VariantConnection",
  "VariantCreated",
  "VariantEdge",
  "VariantUpdated",
  "VerificationEmailSent",
  "VersionConflict",
  "WeakPassword",
  "WebhookAttempt",
  "WebhookDeliveryConnection",
  "WebhookDeliveryEdge",
  "WebhookEndpointConnection",
  "WebhookEndpointCreated",
  "WebhookEndpointDeleted",
  "WebhookEndpointEdge",
  "WebhookEndpointSecretRotated",
  "WebhookEndpointUpdated",
  "WebhookRedeliveryScheduled",
  "WebhookUrlNotAllowed"
];
