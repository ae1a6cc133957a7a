/** Who may call the identity module's fields and read its types. */
import { allow } from "graphql-shield";
import { customerOwnsOr, hasPermission, isAuthenticated, isCustomer, isStaff, staffSelfOr } from "../../access.js";
import type { Address, Customer } from "./customer/customer.types.js";
import { Permission } from "./permission.js";
import type { Staff } from "./staff/staff.types.js";

const staffWrite = hasPermission(Permission.STAFF_WRITE);
const staffRead = hasPermission(Permission.STAFF_READ);

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
  Customer: customerOwnsOr("customerOwnsOrCustomersRead", (customer: Customer) => customer.rowId, Permission.CUSTOMERS_READ),
  Address: customerOwnsOr("addressOwnerOrCustomersRead", (address: Address) => address.customerRowId, Permission.CUSTOMERS_READ),
  Staff: staffSelfOr("staffSelfOrStaffRead", (staff: Staff) => staff.rowId, Permission.STAFF_READ),
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
