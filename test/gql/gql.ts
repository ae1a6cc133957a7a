/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Hello {\n    hello\n  }\n": typeof types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": typeof types.TwoGreetingsDocument,
    "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterSuccess {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.LoginCustomerDocument,
    "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetForHttpDocument,
    "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on VerifyEmailSuccess {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on ChangePasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n": typeof types.RenameMeDocument,
    "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n": typeof types.MeWithAddressesDocument,
    "query HelloWithSession { hello }": typeof types.HelloWithSessionDocument,
    "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n": typeof types.VerifyEmailTokenDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.RequestResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on ResetPasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n": typeof types.MeVerifiedDocument,
    "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleSaved {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleSaved {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.SetStaffRolesDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoginSuccess {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n": typeof types.StaffDirectoryDocument,
    "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.CurrentStaffDocument,
    "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n": typeof types.StaffNodeDocument,
    "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }": typeof types.CustomerLoginAsStaffDocument,
    "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on ChangePasswordSuccess { sessionsRevoked } } }": typeof types.StaffChangesPasswordDocument,
    "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n": typeof types.FifteenLoginsDocument,
    "\n  mutation StaffLoginAttempt($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n": typeof types.StaffLoginAttemptDocument,
    "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n": typeof types.MeOverWsDocument,
    "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n": typeof types.LogoutOverHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": typeof types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": typeof types.GreetingAfterRestartDocument,
    "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n": typeof types.RegisterInProductionDocument,
    "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n": typeof types.LoginInProductionDocument,
    "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": typeof types.GreetInProductionDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": typeof types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": typeof types.GreetOverWsDocument,
};
const documents: Documents = {
    "\n  query Hello {\n    hello\n  }\n": types.HelloDocument,
    "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.GreetDocument,
    "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n": types.TwoGreetingsDocument,
    "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterSuccess {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.LoginCustomerDocument,
    "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetForHttpDocument,
    "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n": types.MeDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on VerifyEmailSuccess {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on ChangePasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n": types.RenameMeDocument,
    "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n": types.MeWithAddressesDocument,
    "query HelloWithSession { hello }": types.HelloWithSessionDocument,
    "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n": types.VerifyEmailTokenDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n": types.ResendVerificationDocument,
    "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.RequestResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on ResetPasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n": types.MeVerifiedDocument,
    "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleSaved {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleSaved {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.SetStaffRolesDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n": types.UpdateStaffDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoginSuccess {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n": types.StaffLoginDocument,
    "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n": types.StaffDirectoryDocument,
    "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n": types.CurrentStaffDocument,
    "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n": types.StaffNodeDocument,
    "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }": types.CustomerLoginAsStaffDocument,
    "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on ChangePasswordSuccess { sessionsRevoked } } }": types.StaffChangesPasswordDocument,
    "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n": types.FifteenLoginsDocument,
    "\n  mutation StaffLoginAttempt($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n": types.StaffLoginAttemptDocument,
    "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n": types.MeOverWsDocument,
    "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n": types.LogoutOverHttpDocument,
    "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n": types.GreetForLifecycleDocument,
    "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n": types.GreetingAfterRestartDocument,
    "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n": types.RegisterInProductionDocument,
    "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n": types.LoginInProductionDocument,
    "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n": types.GreetInProductionDocument,
    "\n  query HelloOverWs {\n    hello\n  }\n": types.HelloOverWsDocument,
    "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n": types.GreetOverWsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hello {\n    hello\n  }\n"): typeof import('./graphql.js').HelloDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Greet($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n      ... on HelloSuccess {\n        message\n        greeting {\n          name\n          timesGreeted\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoGreetings($a: String!, $b: String!) {\n    first: greeting(name: $a) {\n      name\n      timesGreeted\n    }\n    second: greeting(name: $b) {\n      name\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').TwoGreetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterSuccess {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegisterCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginCustomer($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      __typename\n      ... on LoginSuccess {\n        token\n        expiresAt\n        customer {\n          id\n          email\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForHttp($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetForHttpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      firstName\n      lastName\n      preferences {\n        locale\n        marketingOptIn\n        marketingOptInChangedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          firstName\n          lastName\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      __typename\n      ... on CustomerUpdated {\n        customer {\n          preferences {\n            locale\n            marketingOptIn\n            marketingOptInChangedAt\n          }\n        }\n      }\n      ... on UserError {\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAddress($input: CreateAddressInput!) {\n    createAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          id\n          city\n          countryCode\n          company\n          isDefaultShipping\n          isDefaultBilling\n        }\n        customer {\n          defaultShippingAddress {\n            id\n          }\n          defaultBillingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      __typename\n      ... on AddressSaved {\n        address {\n          city\n          company\n          line2\n          isDefaultShipping\n          isDefaultBilling\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(input: { id: $id }) {\n      __typename\n      ... on AddressDeleted {\n        deletedAddressId\n        customer {\n          addresses {\n            id\n          }\n          defaultShippingAddress {\n            id\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        email\n        addresses {\n          city\n        }\n      }\n      ... on Address {\n        city\n      }\n    }\n  }\n"): typeof import('./graphql.js').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      firstName\n      emailVerified\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n      ... on VerifyEmailSuccess {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere {\n      ... on LogoutSuccess {\n        sessionsRevoked\n      }\n    }\n  }\n"): typeof import('./graphql.js').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(input: { currentPassword: $current, newPassword: $next }) {\n      __typename\n      ... on ChangePasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameMe($firstName: String) {\n    updateProfile(input: { firstName: $firstName }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RenameMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeWithAddresses {\n    me {\n      email\n      addresses {\n        city\n      }\n      defaultShippingAddress {\n        city\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeWithAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelloWithSession { hello }"): typeof import('./graphql.js').HelloWithSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailToken($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').VerifyEmailTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerificationEmail {\n      __typename\n      ... on VerificationEmailSent {\n        email\n      }\n      ... on UserError {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      __typename\n      ... on PasswordResetRequested {\n        email\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').RequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, newPassword: $password }) {\n      __typename\n      ... on ResetPasswordSuccess {\n        sessionsRevoked\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeVerified {\n    me {\n      emailVerified\n    }\n  }\n"): typeof import('./graphql.js').MeVerifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($name: String!, $permissions: [Permission!]!) {\n    createRole(input: { name: $name, permissions: $permissions }) {\n      __typename\n      ... on RoleSaved {\n        role {\n          id\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      __typename\n      ... on RoleSaved {\n        role {\n          name\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          id\n          email\n          permissions\n          roles {\n            name\n          }\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRoles($staffId: ID!, $roleIds: [ID!]!) {\n    setStaffRoles(input: { staffId: $staffId, roleIds: $roleIds }) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          permissions\n        }\n      }\n      ... on PermissionNotHeld {\n        permissions\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetStaffRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      __typename\n      ... on StaffSaved {\n        staff {\n          name\n          active\n        }\n      }\n      ... on UserError {\n        code\n        message\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n      ... on StaffLoginSuccess {\n        token\n        staff {\n          email\n          permissions\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDirectory {\n    currentStaff {\n      id\n      email\n      permissions\n    }\n    staffMembers {\n      email\n    }\n    roles {\n      name\n    }\n  }\n"): typeof import('./graphql.js').StaffDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentStaff {\n    currentStaff {\n      id\n      email\n      roles {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').CurrentStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNode($id: ID!) {\n    node(id: $id) {\n      ... on Staff {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerLoginAsStaff($email: String!) { login(input: { email: $email, password: \"editor password 1\" }) { __typename } }"): typeof import('./graphql.js').CustomerLoginAsStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffChangesPassword { changePassword(input: { currentPassword: \"first password 1\", newPassword: \"second password 2\" }) { __typename ... on ChangePasswordSuccess { sessionsRevoked } } }"): typeof import('./graphql.js').StaffChangesPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FifteenLogins($email: String!, $password: String!) {\n    l1: login(input: { email: $email, password: $password }) { __typename }\n    l2: login(input: { email: $email, password: $password }) { __typename }\n    l3: login(input: { email: $email, password: $password }) { __typename }\n    l4: login(input: { email: $email, password: $password }) { __typename }\n    l5: login(input: { email: $email, password: $password }) { __typename }\n    l6: login(input: { email: $email, password: $password }) { __typename }\n    l7: login(input: { email: $email, password: $password }) { __typename }\n    l8: login(input: { email: $email, password: $password }) { __typename }\n    l9: login(input: { email: $email, password: $password }) { __typename }\n    l10: login(input: { email: $email, password: $password }) { __typename }\n    l11: login(input: { email: $email, password: $password }) { __typename }\n    l12: login(input: { email: $email, password: $password }) { __typename }\n    l13: login(input: { email: $email, password: $password }) { __typename }\n    l14: login(input: { email: $email, password: $password }) { __typename }\n    l15: login(input: { email: $email, password: $password }) { __typename }\n  }\n"): typeof import('./graphql.js').FifteenLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLoginAttempt($email: String!, $password: String!) {\n    staffLogin(input: { email: $email, password: $password }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').StaffLoginAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeOverWs {\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').MeOverWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutOverHttp {\n    logout {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LogoutOverHttpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetForLifecycle($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        greeting {\n          timesGreeted\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetForLifecycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GreetingAfterRestart($name: String!) {\n    greeting(name: $name) {\n      timesGreeted\n    }\n  }\n"): typeof import('./graphql.js').GreetingAfterRestartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInProduction($email: String!) {\n    register(input: { email: $email, password: \"production password\", firstName: \"Ada\", lastName: \"L\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').RegisterInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginInProduction($email: String!) {\n    login(input: { email: $email, password: \"production password\" }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').LoginInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetInProduction($name: String) {\n    hello(input: { name: $name }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql.js').GreetInProductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelloOverWs {\n    hello\n  }\n"): typeof import('./graphql.js').HelloOverWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GreetOverWs($name: String) {\n    hello(input: { name: $name }) {\n      ... on HelloSuccess {\n        message\n      }\n      ... on UserError {\n        code\n        path\n      }\n    }\n  }\n"): typeof import('./graphql.js').GreetOverWsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
