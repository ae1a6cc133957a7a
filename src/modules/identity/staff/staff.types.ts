/** GraphQL types of staff accounts and roles, and the inputs and results of managing them. */
import { Field, ID, InputType, ObjectType, createUnionType } from "type-graphql";
import { Node } from "../../node/node.types.js";
import { toGlobalId } from "../../../shared/global-id.js";
import { InvalidInput, NotFound } from "../../../shared/user-errors.js";
import type { Role as RoleRow, Staff as StaffRow } from "../../../generated/prisma/client.js";
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

  static fromRow(row: Pick<RoleRow, "id" | "name" | "permissions" | "createdAt" | "updatedAt">): Role {
    return Object.assign(new Role(), { id: toGlobalId("Role", row.id), rowId: row.id, name: row.name, permissions: row.permissions, createdAt: row.createdAt, updatedAt: row.updatedAt });
  }
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

  static fromRow(row: StaffRow): Staff {
    return Object.assign(new Staff(), { id: toGlobalId("Staff", row.id), rowId: row.id, email: row.email, name: row.name, active: row.active, createdAt: row.createdAt });
  }
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
