/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CreateStaffInput = {
  email: string;
  name: string;
  /** Initial password (10 to 256 characters); the new staff member should change it. */
  password: string;
  /** Roles to give; only roles whose permissions you all hold. */
  roleIds: Array<string | number>;
};

/** Machine-readable reason of a user error. */
export type ErrorCode =
  | 'ADDRESS_LIMIT_REACHED'
  | 'CANNOT_MODIFY_SELF'
  | 'EMAIL_ALREADY_VERIFIED'
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TOKEN'
  | 'NOT_FOUND'
  | 'PERMISSION_NOT_HELD'
  | 'ROLE_NAME_TAKEN'
  | 'WEAK_PASSWORD';

/** What a staff role allows; read and write are separate for every area. */
export type Permission =
  | 'CATALOG_READ'
  | 'CATALOG_WRITE'
  | 'CUSTOMERS_READ'
  | 'CUSTOMERS_WRITE'
  | 'INVENTORY_READ'
  | 'INVENTORY_WRITE'
  | 'ORDERS_READ'
  | 'ORDERS_WRITE'
  | 'PAYMENTS_READ'
  | 'PAYMENTS_WRITE'
  | 'SETTINGS_READ'
  | 'SETTINGS_WRITE'
  | 'STAFF_READ'
  | 'STAFF_WRITE';

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

/** Omitted fields stay as they are. */
export type UpdatePreferencesInput = {
  /** BCP 47 language tag; null or empty clears it. */
  locale?: string | null | undefined;
  marketingOptIn?: boolean | null | undefined;
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

export type HelloQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloQuery = { hello: string };

export type GreetMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetMutation = { hello:
    | { __typename: 'HelloSuccess', message: string, greeting: { name: string, timesGreeted: number } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type TwoGreetingsQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type TwoGreetingsQuery = { first: { name: string, timesGreeted: number } | null, second: { name: string, timesGreeted: number } | null };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterCustomerMutation = { register:
    | { __typename: 'EmailTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RegisterSuccess', email: string }
    | { __typename: 'WeakPassword', code: ErrorCode, message: string, path: Array<string> | null }
   | null };

export type LoginCustomerMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginCustomerMutation = { login:
    | { __typename: 'InvalidCredentials', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'LoginSuccess', token: string, expiresAt: string, customer: { id: string, email: string } }
   | null };

export type GreetForHttpMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForHttpMutation = { hello:
    | { __typename: 'HelloSuccess' }
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
    | { __typename: 'AddressLimitReached', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'AddressSaved', address: { id: string, city: string, countryCode: string, company: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean }, customer: { defaultShippingAddress: { id: string } | null, defaultBillingAddress: { id: string } | null } }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type UpdateAddressMutationVariables = Exact<{
  input: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateAddress:
    | { __typename: 'AddressSaved', address: { city: string, company: string | null, line2: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean } }
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
    | { __typename: 'Customer', email: string, id: string, addresses: Array<{ city: string }> }
    | { __typename: 'Role', id: string }
    | { __typename: 'Staff', id: string }
   | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, firstName: string, emailVerified: boolean } | null };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail:
    | { __typename: 'InvalidToken', code: ErrorCode }
    | { __typename: 'VerifyEmailSuccess', email: string }
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
    | { __typename: 'ChangePasswordSuccess', sessionsRevoked: number }
    | { __typename: 'InvalidCredentials', code: ErrorCode, message: string, path: Array<string> | null }
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
    | { __typename: 'InvalidToken' }
    | { __typename: 'VerifyEmailSuccess' }
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
    | { __typename: 'ResetPasswordSuccess', sessionsRevoked: number }
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
    | { __typename: 'RoleNameTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'RoleSaved', role: { id: string, name: string, permissions: Array<Permission> } }
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
    | { __typename: 'RoleSaved', role: { name: string, permissions: Array<Permission> } }
   };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff:
    | { __typename: 'EmailTaken', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', permissions: Array<Permission>, code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StaffSaved', staff: { id: string, email: string, permissions: Array<Permission>, roles: Array<{ name: string }> } }
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
    | { __typename: 'StaffSaved', staff: { permissions: Array<Permission> } }
   };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffInput;
}>;


export type UpdateStaffMutation = { updateStaff:
    | { __typename: 'CannotModifySelf', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidInput', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'NotFound', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'PermissionNotHeld', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'StaffSaved', staff: { name: string, active: boolean } }
   };

export type StaffLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffLoginMutation = { staffLogin:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoginSuccess', token: string, staff: { email: string, permissions: Array<Permission> } }
   | null };

export type StaffDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDirectoryQuery = { currentStaff: { id: string, email: string, permissions: Array<Permission> } | null, staffMembers: Array<{ email: string }>, roles: Array<{ name: string }> };

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
    | { __typename: 'LoginSuccess' }
   | null };

export type StaffChangesPasswordMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffChangesPasswordMutation = { changePassword:
    | { __typename: 'ChangePasswordSuccess', sessionsRevoked: number }
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'WeakPassword' }
   | null };

export type FifteenLoginsMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type FifteenLoginsMutation = { l1:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l2:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l3:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l4:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l5:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l6:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l7:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l8:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l9:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l10:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l11:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l12:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l13:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l14:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null, l15:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null };

export type StaffLoginAttemptMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffLoginAttemptMutation = { staffLogin:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'StaffLoginSuccess' }
   | null };

export type MeOverWsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOverWsQuery = { me: { email: string } | null };

export type LogoutOverHttpMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutOverHttpMutation = { logout: { __typename: 'LogoutSuccess' } };

export type GreetForLifecycleMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetForLifecycleMutation = { hello:
    | { greeting: { timesGreeted: number } }
    | Record<PropertyKey, never>
   };

export type GreetingAfterRestartQueryVariables = Exact<{
  name: string;
}>;


export type GreetingAfterRestartQuery = { greeting: { timesGreeted: number } | null };

export type RegisterInProductionMutationVariables = Exact<{
  email: string;
}>;


export type RegisterInProductionMutation = { register:
    | { __typename: 'EmailTaken' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'RegisterSuccess' }
    | { __typename: 'WeakPassword' }
   | null };

export type LoginInProductionMutationVariables = Exact<{
  email: string;
}>;


export type LoginInProductionMutation = { login:
    | { __typename: 'InvalidCredentials' }
    | { __typename: 'LoginSuccess' }
   | null };

export type GreetInProductionMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetInProductionMutation = { hello:
    | { __typename: 'HelloSuccess' }
    | { __typename: 'InvalidInput' }
   };

export type HelloOverWsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelloOverWsQuery = { hello: string };

export type GreetOverWsMutationVariables = Exact<{
  name?: string | null | undefined;
}>;


export type GreetOverWsMutation = { hello:
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

export const HelloDocument = new TypedDocumentString(`
    query Hello {
  hello
}
    `) as unknown as TypedDocumentString<HelloQuery, HelloQueryVariables>;
export const GreetDocument = new TypedDocumentString(`
    mutation Greet($name: String) {
  hello(input: {name: $name}) {
    __typename
    ... on HelloSuccess {
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
export const RegisterCustomerDocument = new TypedDocumentString(`
    mutation RegisterCustomer($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on RegisterSuccess {
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
    ... on LoginSuccess {
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
export const GreetForHttpDocument = new TypedDocumentString(`
    mutation GreetForHttp($name: String) {
  hello(input: {name: $name}) {
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
    ... on AddressSaved {
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
    ... on AddressSaved {
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
    ... on VerifyEmailSuccess {
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
    ... on LogoutSuccess {
      sessionsRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere {
    ... on LogoutSuccess {
      sessionsRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $next}) {
    __typename
    ... on ChangePasswordSuccess {
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
    ... on ResetPasswordSuccess {
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
    ... on RoleSaved {
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
    ... on RoleSaved {
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
    ... on StaffSaved {
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
    ... on StaffSaved {
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
    ... on StaffSaved {
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
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($email: String!, $password: String!) {
  staffLogin(input: {email: $email, password: $password}) {
    __typename
    ... on StaffLoginSuccess {
      token
      staff {
        email
        permissions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
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
    ... on ChangePasswordSuccess {
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
export const StaffLoginAttemptDocument = new TypedDocumentString(`
    mutation StaffLoginAttempt($email: String!, $password: String!) {
  staffLogin(input: {email: $email, password: $password}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<StaffLoginAttemptMutation, StaffLoginAttemptMutationVariables>;
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
  hello(input: {name: $name}) {
    ... on HelloSuccess {
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
  hello(input: {name: $name}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<GreetInProductionMutation, GreetInProductionMutationVariables>;
export const HelloOverWsDocument = new TypedDocumentString(`
    query HelloOverWs {
  hello
}
    `) as unknown as TypedDocumentString<HelloOverWsQuery, HelloOverWsQueryVariables>;
export const GreetOverWsDocument = new TypedDocumentString(`
    mutation GreetOverWs($name: String) {
  hello(input: {name: $name}) {
    ... on HelloSuccess {
      message
    }
    ... on UserError {
      code
      path
    }
  }
}
    `) as unknown as TypedDocumentString<GreetOverWsMutation, GreetOverWsMutationVariables>;