/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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