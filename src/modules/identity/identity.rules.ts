/** Who may call the identity module's fields and read its types. */
import { allow } from "graphql-shield";
import { hasPermission, isAuthenticated, isCustomer, isStaff, objectRule } from "../../access.js";
import type { Address, Customer } from "./customer/customer.types.js";
import { canSeeCustomer, canSeeStaff } from "./identity.visibility.js";
import { Permission } from "./permission.js";
import type { Staff } from "./staff/staff.types.js";

const staffWrite = hasPermission(Permission.STAFF_WRITE);
const staffRead = hasPermission(Permission.STAFF_READ);

/** Every field of a customer: the customer themself or staff with CUSTOMERS_READ (fields of other modules add to it). */
export const customerOwnsOrCustomersRead = objectRule("customerOwnsOrCustomersRead", (viewer, customer: Customer) => canSeeCustomer(viewer, customer.rowId));

export const identityRules = {
  Query: {
    // Null for anyone but a signed-in customer / staff member, so clients can ask without an error.
    me: allow,
    currentStaff: allow,
    staffMembers: staffRead,
    roles: staffRead,
  },
  Mutation: {
    register: allow,
    login: allow,
    loginStaff: allow,
    verifyEmail: allow,
    requestPasswordReset: allow,
    resetPassword: allow,
    logout: isAuthenticated,
    logoutEverywhere: isAuthenticated,
    changePassword: isAuthenticated,
    updateProfile: isCustomer,
    updatePreferences: isCustomer,
    resendVerificationEmail: isCustomer,
    createAddress: isCustomer,
    updateAddress: isCustomer,
    deleteAddress: isCustomer,
    createRole: staffWrite,
    updateRole: staffWrite,
    createStaff: staffWrite,
    updateStaff: staffWrite,
    setStaffRoles: staffWrite,
  },
  // Private data: every field only for the owner or staff allowed to read customers / staff.
  Customer: { "*": customerOwnsOrCustomersRead },
  Address: objectRule("addressOwnerOrCustomersRead", (viewer, address: Address) => canSeeCustomer(viewer, address.customerRowId)),
  Staff: objectRule("staffSelfOrStaffRead", (viewer, staff: Staff) => canSeeStaff(viewer, staff.rowId)),
  Role: isStaff,
  // Reached only through a guarded Customer field.
  CustomerPreferences: allow,
  // Payloads: who gets one is decided by the mutation's rule; the objects inside keep their own rules.
  CustomerRegistered: allow,
  LoggedIn: allow,
  StaffLoggedIn: allow,
  LoggedOut: allow,
  PasswordChanged: allow,
  EmailVerified: allow,
  VerificationEmailSent: allow,
  PasswordResetRequested: allow,
  PasswordReset: allow,
  CustomerUpdated: allow,
  AddressCreated: allow,
  AddressUpdated: allow,
  AddressDeleted: allow,
  RoleCreated: allow,
  RoleUpdated: allow,
  StaffCreated: allow,
  StaffUpdated: allow,
  EmailTaken: allow,
  WeakPassword: allow,
  InvalidCredentials: allow,
  InvalidToken: allow,
  EmailAlreadyVerified: allow,
  AddressLimitReached: allow,
  RoleNameTaken: allow,
  PermissionNotHeld: allow,
  CannotModifySelf: allow,
};
