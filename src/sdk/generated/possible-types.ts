
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddCartLinesResult": [
      "CartUpdated",
      "InsufficientStock",
      "InvalidInput",
      "NotFound"
    ],
    "AdjustStockResult": [
      "IdempotencyKeyReused",
      "InsufficientStock",
      "InvalidInput",
      "NotFound",
      "StockAdjusted"
    ],
    "ApplyCouponResult": [
      "CartUpdated",
      "CouponUnavailable",
      "InvalidInput",
      "NotFound"
    ],
    "ArchiveProductResult": [
      "InvalidInput",
      "ProductArchived",
      "VersionConflict"
    ],
    "ArchiveVariantResult": [
      "InvalidInput",
      "VariantArchived",
      "VersionConflict"
    ],
    "CancelMyOrderResult": [
      "InvalidInput",
      "NotFound",
      "OrderCancelled",
      "OrderNotCancellable",
      "PaymentProviderUnavailable"
    ],
    "CancelOrderResult": [
      "IllegalTransition",
      "InsufficientStock",
      "InvalidInput",
      "NotFound",
      "OrderUpdated",
      "PaymentProviderUnavailable"
    ],
    "ChangePasswordResult": [
      "InvalidCredentials",
      "PasswordChanged",
      "WeakPassword"
    ],
    "CreateAddressResult": [
      "AddressCreated",
      "AddressLimitReached",
      "InvalidInput"
    ],
    "CreateCollectionResult": [
      "CollectionCreated",
      "InvalidInput",
      "SlugTaken"
    ],
    "CreateCouponResult": [
      "CouponCodeTaken",
      "CouponCreated",
      "InvalidInput"
    ],
    "CreatePaymentSessionResult": [
      "EmptyCart",
      "InvalidInput",
      "PaymentProviderUnavailable",
      "PaymentSessionCreated"
    ],
    "CreateProductResult": [
      "InvalidInput",
      "ProductCreated",
      "SlugTaken"
    ],
    "CreateRoleResult": [
      "InvalidInput",
      "PermissionNotHeld",
      "RoleCreated",
      "RoleNameTaken"
    ],
    "CreateStaffResult": [
      "EmailTaken",
      "InvalidInput",
      "NotFound",
      "PermissionNotHeld",
      "StaffCreated",
      "WeakPassword"
    ],
    "CreateVariantResult": [
      "InvalidInput",
      "SkuTaken",
      "VariantCreated"
    ],
    "CreateWebhookEndpointResult": [
      "InvalidInput",
      "WebhookEndpointCreated",
      "WebhookUrlNotAllowed"
    ],
    "DeleteAddressResult": [
      "AddressDeleted",
      "NotFound"
    ],
    "DeleteCollectionResult": [
      "CollectionDeleted",
      "InvalidInput",
      "VersionConflict"
    ],
    "DeleteWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpointDeleted"
    ],
    "DisableWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpointUpdated"
    ],
    "EnableWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpointUpdated"
    ],
    "FulfilOrderResult": [
      "IllegalTransition",
      "InsufficientStock",
      "InvalidInput",
      "NotFound",
      "OrderUpdated",
      "PaymentProviderUnavailable"
    ],
    "GreetResult": [
      "Greeted",
      "InvalidInput"
    ],
    "LoginResult": [
      "InvalidCredentials",
      "LoggedIn"
    ],
    "LoginStaffResult": [
      "InvalidCredentials",
      "StaffLoggedIn"
    ],
    "LogoutEverywhereResult": [
      "LoggedOut"
    ],
    "LogoutResult": [
      "LoggedOut"
    ],
    "LookUpOrderResult": [
      "InvalidInput",
      "NotFound",
      "OrderFound"
    ],
    "Node": [
      "Address",
      "Cart",
      "CartLine",
      "Collection",
      "Coupon",
      "Customer",
      "Image",
      "Order",
      "OrderLine",
      "Product",
      "Role",
      "Staff",
      "StockMovement",
      "Variant",
      "WebhookDelivery",
      "WebhookEndpoint"
    ],
    "PlaceOrderResult": [
      "CheckoutIncomplete",
      "CouponUnavailable",
      "EmptyCart",
      "IdempotencyKeyReused",
      "InsufficientStock",
      "InvalidInput",
      "OrderPlaced",
      "PaymentActionRequired",
      "PaymentDeclined",
      "PaymentProviderUnavailable",
      "QuantityLimitExceeded",
      "TooManyUnpaidOrders"
    ],
    "RedeliverWebhookDeliveryResult": [
      "InvalidInput",
      "NotFound",
      "WebhookRedeliveryScheduled"
    ],
    "RefundOrderResult": [
      "IdempotencyKeyReused",
      "InvalidInput",
      "NotFound",
      "OrderRefunded",
      "PaymentProviderUnavailable",
      "RefundExceedsCaptured"
    ],
    "RegisterResult": [
      "CustomerRegistered",
      "EmailTaken",
      "InvalidInput",
      "WeakPassword"
    ],
    "RemoveCartLineResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "RemoveCouponResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "RequestPasswordResetResult": [
      "InvalidInput",
      "PasswordResetRequested"
    ],
    "ResendVerificationEmailResult": [
      "EmailAlreadyVerified",
      "VerificationEmailSent"
    ],
    "ResetPasswordResult": [
      "InvalidToken",
      "PasswordReset",
      "WeakPassword"
    ],
    "RetryJobResult": [
      "InvalidInput",
      "JobRetried",
      "NotFound"
    ],
    "RotateWebhookEndpointSecretResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpointSecretRotated"
    ],
    "SetCartBillingAddressResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "SetCartEmailResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "SetCartShippingAddressResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "SetCartShippingMethodResult": [
      "CartUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "SetCollectionProductsResult": [
      "CollectionUpdated",
      "InvalidInput",
      "VersionConflict"
    ],
    "SetProductImagesResult": [
      "InvalidInput",
      "ProductUpdated",
      "VersionConflict"
    ],
    "SetProductOptionsResult": [
      "InvalidInput",
      "ProductUpdated",
      "VersionConflict"
    ],
    "SetStaffRolesResult": [
      "CannotModifySelf",
      "NotFound",
      "PermissionNotHeld",
      "StaffUpdated"
    ],
    "SetVariantImagesResult": [
      "InvalidInput",
      "VariantUpdated",
      "VersionConflict"
    ],
    "TransitionOrderResult": [
      "IllegalTransition",
      "InsufficientStock",
      "InvalidInput",
      "NotFound",
      "OrderUpdated",
      "PaymentProviderUnavailable"
    ],
    "UpdateAddressResult": [
      "AddressUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "UpdateCartLineResult": [
      "CartUpdated",
      "InsufficientStock",
      "InvalidInput",
      "NotFound"
    ],
    "UpdateCollectionResult": [
      "CollectionUpdated",
      "InvalidInput",
      "SlugTaken",
      "VersionConflict"
    ],
    "UpdateCouponResult": [
      "CouponUpdated",
      "InvalidInput",
      "NotFound"
    ],
    "UpdatePreferencesResult": [
      "CustomerUpdated",
      "InvalidInput"
    ],
    "UpdateProductResult": [
      "InvalidInput",
      "ProductUpdated",
      "SlugTaken",
      "VersionConflict"
    ],
    "UpdateProfileResult": [
      "CustomerUpdated",
      "InvalidInput"
    ],
    "UpdateRoleResult": [
      "CannotModifySelf",
      "InvalidInput",
      "NotFound",
      "PermissionNotHeld",
      "RoleNameTaken",
      "RoleUpdated"
    ],
    "UpdateStaffResult": [
      "CannotModifySelf",
      "InvalidInput",
      "NotFound",
      "PermissionNotHeld",
      "StaffUpdated"
    ],
    "UpdateVariantResult": [
      "InvalidInput",
      "SkuTaken",
      "VariantUpdated",
      "VersionConflict"
    ],
    "UpdateWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpointUpdated",
      "WebhookUrlNotAllowed"
    ],
    "UserError": [
      "AddressLimitReached",
      "CannotModifySelf",
      "CheckoutIncomplete",
      "CouponCodeTaken",
      "CouponUnavailable",
      "EmailAlreadyVerified",
      "EmailTaken",
      "EmptyCart",
      "IdempotencyKeyReused",
      "IllegalTransition",
      "InsufficientStock",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidToken",
      "NotFound",
      "OrderNotCancellable",
      "PaymentDeclined",
      "PaymentProviderUnavailable",
      "PermissionNotHeld",
      "QuantityLimitExceeded",
      "RefundExceedsCaptured",
      "RoleNameTaken",
      "SkuTaken",
      "SlugTaken",
      "TooManyUnpaidOrders",
      "VersionConflict",
      "WeakPassword",
      "WebhookUrlNotAllowed"
    ],
    "VerifyEmailResult": [
      "EmailVerified",
      "InvalidToken"
    ]
  }
};
      export default result;
    