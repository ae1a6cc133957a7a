/** GraphQL types of staff accounts and roles, and the inputs and results of managing them. */
import { Field, ID, InputType, ObjectType, createUnionType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { InvalidInput, NotFound } from "../../../shared/user-errors.js";
import { CannotModifySelf, EmailTaken, InvalidCredentials, PermissionNotHeld, RoleNameTaken, WeakPassword } from "../identity.errors.js";
import { Permission } from "../permission.js";

@ObjectType({ implements: Node, description: "A named set of permissions given to staff. Visible to staff." })
export class Role extends Node {
  rowId: string;

  @Field()
  name: string;

  @Field(() => [Permission])
  permissions: Permission[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** The columns of `role r` that make a Role (permissions as text, which pg reads as an array). */
export const ROLE_COLUMNS = "r.id, r.name, coalesce(r.permissions::text[], '{}') AS permissions, r.created_at, r.updated_at";

export interface RoleRow {
  id: string;
  name: string;
  permissions: Permission[];
  created_at: Date;
  updated_at: Date;
}

/** A Role from its row. */
export function toRole(row: RoleRow): Role {
  return Object.assign(new Role(), { id: toGlobalId("Role", row.id), rowId: row.id, name: row.name, permissions: row.permissions, createdAt: row.created_at, updatedAt: row.updated_at });
}

@ObjectType({ implements: Node, description: "A member of the shop's staff. Visible to themself and to staff with STAFF_READ." })
export class Staff extends Node {
  rowId: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field({ description: "Inactive staff cannot sign in; their sessions stop working at once." })
  active: boolean;

  @Field()
  createdAt: Date;
}

/** The columns of `staff s` that make a Staff. */
export const STAFF_COLUMNS = "s.id, s.email, s.name, s.active, s.created_at";

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  created_at: Date;
}

/** A Staff from its row. */
export function toStaff(row: StaffRow): Staff {
  return Object.assign(new Staff(), { id: toGlobalId("Staff", row.id), rowId: row.id, email: row.email, name: row.name, active: row.active, createdAt: row.created_at });
}

@InputType({ description: "Credentials of a staff account." })
export class LoginStaffInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@ObjectType({ description: "A new staff session; see `LoggedIn` for how to use the token." })
export class StaffLoggedIn {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Staff)
  staff: Staff;
}

export const LoginStaffResult = createUnionType({ name: "LoginStaffResult", types: () => [StaffLoggedIn, InvalidCredentials] as const });

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  name: string;

  @Field(() => [Permission], { description: "Only permissions you hold yourself." })
  permissions: Permission[];
}

@InputType({ description: "Omitted fields stay as they are. You can change only roles whose permissions you all hold." })
export class UpdateRoleInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [Permission], { nullable: true, description: "The complete new set; only permissions you hold yourself." })
  permissions?: Permission[] | null;
}

@ObjectType()
export class RoleCreated {
  @Field(() => Role)
  role: Role;
}

@ObjectType()
export class RoleUpdated {
  @Field(() => Role)
  role: Role;
}

export const CreateRoleResult = createUnionType({ name: "CreateRoleResult", types: () => [RoleCreated, InvalidInput, RoleNameTaken, PermissionNotHeld] as const });
export const UpdateRoleResult = createUnionType({
  name: "UpdateRoleResult",
  types: () => [RoleUpdated, InvalidInput, NotFound, RoleNameTaken, PermissionNotHeld, CannotModifySelf] as const,
});

@InputType()
export class CreateStaffInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "Initial password (10 to 256 characters); the new staff member should change it." })
  password: string;

  @Field(() => [ID], { description: "Roles to give; only roles whose permissions you all hold." })
  roleIds: string[];
}

@InputType({ description: "Omitted fields stay as they are." })
export class UpdateStaffInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: "false signs them out everywhere and stops them signing in." })
  active?: boolean | null;
}

@InputType()
export class SetStaffRolesInput {
  @Field(() => ID)
  staffId: string;

  @Field(() => [ID], { description: "The complete new set of roles." })
  roleIds: string[];
}

@ObjectType()
export class StaffCreated {
  @Field(() => Staff)
  staff: Staff;
}

@ObjectType()
export class StaffUpdated {
  @Field(() => Staff)
  staff: Staff;
}

export const CreateStaffResult = createUnionType({
  name: "CreateStaffResult",
  types: () => [StaffCreated, InvalidInput, EmailTaken, WeakPassword, NotFound, PermissionNotHeld] as const,
});
export const UpdateStaffResult = createUnionType({
  name: "UpdateStaffResult",
  types: () => [StaffUpdated, InvalidInput, NotFound, PermissionNotHeld, CannotModifySelf] as const,
});
export const SetStaffRolesResult = createUnionType({
  name: "SetStaffRolesResult",
  types: () => [StaffUpdated, NotFound, PermissionNotHeld, CannotModifySelf] as const,
});
