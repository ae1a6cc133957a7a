import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context.js";
import { runMutation } from "../../../shared/mutation.js";
import { EmailTaken, RoleNameTaken } from "../identity.errors.js";
import { THROTTLED_NOTE } from "../../../shared/throttle.js";
import { ALL_PERMISSIONS, Permission } from "../permission.js";
import { createRole, listRoles, updateRole } from "./roles.service.js";
import { createStaff, listStaff, loginStaff, setStaffRoles, updateStaff } from "./staff.service.js";
import {
  CreateRoleInput,
  CreateRoleResult,
  CreateStaffInput,
  CreateStaffResult,
  LoginStaffInput,
  LoginStaffResult,
  Role,
  SetStaffRolesInput,
  SetStaffRolesResult,
  Staff,
  UpdateRoleInput,
  UpdateRoleResult,
  UpdateStaffInput,
  UpdateStaffResult,
} from "./staff.types.js";

@Resolver(() => Staff)
export class StaffResolver {
  @Mutation(() => LoginStaffResult, { nullable: true, description: "Signs a staff member in; limited like `login`. Staff and customer accounts are separate." + THROTTLED_NOTE })
  loginStaff(@Arg("input", () => LoginStaffInput) input: LoginStaffInput, @Ctx() ctx: Context): Promise<typeof LoginStaffResult> {
    return runMutation(() => loginStaff(ctx, input));
  }

  @Query(() => Staff, { nullable: true, description: "The signed-in staff member; null for anyone else." })
  currentStaff(@Ctx() ctx: Context): Promise<Staff | null> {
    return ctx.viewer.kind === "staff" ? ctx.loaders.staffById.load(ctx.viewer.staffId) : Promise.resolve(null);
  }

  @Query(() => [Staff], { nullable: true, description: "Every staff member, by name. Needs STAFF_READ." })
  staffMembers(@Ctx() ctx: Context): Promise<Staff[]> {
    return listStaff(ctx);
  }

  @Query(() => [Role], { name: "roles", nullable: true, description: "Every role, by name. Needs STAFF_READ." })
  allRoles(@Ctx() ctx: Context): Promise<Role[]> {
    return listRoles(ctx);
  }

  @Mutation(() => CreateRoleResult, { description: "Creates a role. Needs STAFF_WRITE and every permission given." })
  createRole(@Arg("input", () => CreateRoleInput) input: CreateRoleInput, @Ctx() ctx: Context): Promise<typeof CreateRoleResult> {
    return runMutation(() => createRole(ctx, input), { role_name_key: () => RoleNameTaken.at(["input", "name"]) });
  }

  @Mutation(() => UpdateRoleResult, { description: "Renames a role or replaces its permissions. Needs STAFF_WRITE and every permission involved." })
  updateRole(@Arg("input", () => UpdateRoleInput) input: UpdateRoleInput, @Ctx() ctx: Context): Promise<typeof UpdateRoleResult> {
    return runMutation(() => updateRole(ctx, input), { role_name_key: () => RoleNameTaken.at(["input", "name"]) });
  }

  @Mutation(() => CreateStaffResult, { description: "Creates a staff account with roles. Needs STAFF_WRITE and every permission the roles give." })
  createStaff(@Arg("input", () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: Context): Promise<typeof CreateStaffResult> {
    return runMutation(() => createStaff(ctx, input), { staff_email_key: () => EmailTaken.at(["input", "email"]) });
  }

  @Mutation(() => UpdateStaffResult, { description: "Renames or (de)activates a staff member. Needs STAFF_WRITE and every permission they hold." })
  updateStaff(@Arg("input", () => UpdateStaffInput) input: UpdateStaffInput, @Ctx() ctx: Context): Promise<typeof UpdateStaffResult> {
    return runMutation(() => updateStaff(ctx, input));
  }

  @Mutation(() => SetStaffRolesResult, { description: "Replaces a staff member's roles. Needs STAFF_WRITE and every permission they hold or get." })
  setStaffRoles(@Arg("input", () => SetStaffRolesInput) input: SetStaffRolesInput, @Ctx() ctx: Context): Promise<typeof SetStaffRolesResult> {
    return runMutation(() => setStaffRoles(ctx, input));
  }

  @FieldResolver(() => [Role])
  roles(@Root() staff: Staff, @Ctx() ctx: Context): Promise<Role[]> {
    return ctx.loaders.rolesByStaff.load(staff.rowId);
  }

  @FieldResolver(() => [Permission], { description: "Everything the staff member's roles allow together." })
  async permissions(@Root() staff: Staff, @Ctx() ctx: Context): Promise<Permission[]> {
    const held = new Set((await ctx.loaders.rolesByStaff.load(staff.rowId)).flatMap((role) => role.permissions));
    return ALL_PERMISSIONS.filter((p) => held.has(p));
  }
}
