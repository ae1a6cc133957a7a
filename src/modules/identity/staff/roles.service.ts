/** Creating and changing roles, without letting anyone grant what they do not hold. */
import type { Context } from "../../../context.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { InputCheck } from "../../../shared/input-check.js";
import { NotFound } from "../../../shared/user-errors.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { CannotModifySelf, PermissionNotHeld, RoleNameTaken } from "../identity.errors.js";
import type { Permission } from "../permission.js";
import { actor, assertActorKeepsStaffWrite, lacking, LockoutPrevented, normalizePermissions } from "./grants.js";
import { Role, RoleCreated, RoleUpdated, type CreateRoleInput, type CreateRoleResult, type UpdateRoleInput, type UpdateRoleResult } from "./staff.types.js";

const MAX_ROLE_NAME_LENGTH = 100;

/** The role list for staff with STAFF_READ, by name. */
export async function listRoles(ctx: Context): Promise<Role[]> {
  const rows = await ctx.db.role.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map((row) => Role.fromRow(row));
}

export async function createRole(ctx: Context, input: CreateRoleInput): Promise<typeof CreateRoleResult> {
  const { permissions: held } = actor(ctx);
  const check = new InputCheck();
  const name = check.text("name", input.name, MAX_ROLE_NAME_LENGTH);
  if (check.error) return check.error;
  const permissions = normalizePermissions(input.permissions);
  const missing = lacking(held, permissions);
  if (missing.length > 0) return PermissionNotHeld.at(["input", "permissions"], missing, "You cannot grant permissions you do not hold");
  try {
    const row = await ctx.db.role.create({ data: { name, permissions } });
    return Object.assign(new RoleCreated(), { role: Role.fromRow(row) });
  } catch (error) {
    if (isUniqueViolation(error)) return RoleNameTaken.at(["input", "name"]);
    throw error;
  }
}

/** Both the role's current and its new permissions must all be the actor's own. */
export async function updateRole(ctx: Context, input: UpdateRoleInput): Promise<typeof UpdateRoleResult> {
  const { staffId, permissions: held } = actor(ctx);
  const roleId = expectGlobalId(input.id, "Role", "input.id");
  const check = new InputCheck();
  const name = check.changedText("name", input.name, MAX_ROLE_NAME_LENGTH);
  if (input.permissions === null) check.fail("permissions", "permissions must be a list (it may be empty)");
  if (check.error) return check.error;
  const permissions = input.permissions ? normalizePermissions(input.permissions) : undefined;
  try {
    return await ctx.db.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ permissions: Permission[] }[]>`SELECT permissions::text[] AS permissions FROM role WHERE id = ${roleId}::uuid FOR UPDATE`;
      if (!current) return NotFound.at(["input", "id"], "No role with this id");
      const missingNow = lacking(held, current.permissions);
      if (missingNow.length > 0) return PermissionNotHeld.at(["input", "id"], missingNow, "You cannot change a role that has permissions you do not hold");
      const missingNew = lacking(held, permissions ?? []);
      if (missingNew.length > 0) return PermissionNotHeld.at(["input", "permissions"], missingNew, "You cannot grant permissions you do not hold");
      const row = await tx.role.update({ where: { id: roleId }, data: { name, permissions } });
      if (permissions) await assertActorKeepsStaffWrite(tx, staffId);
      return Object.assign(new RoleUpdated(), { role: Role.fromRow(row) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return RoleNameTaken.at(["input", "name"]);
    if (error instanceof LockoutPrevented) return CannotModifySelf.at(["input", "permissions"], "This change would take STAFF_WRITE away from you");
    throw error;
  }
}
