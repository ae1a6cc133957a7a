/** Creating and changing roles, without letting anyone grant what they do not hold. */
import type { Context } from "../../../context.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { changedLine, line, reject } from "../../../shared/input-check.js";
import { Rejection } from "../../../shared/mutation.js";
import { assignments, SqlParams } from "../../../shared/sql.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { NotFound } from "../../../shared/user-errors.js";
import { PermissionNotHeld } from "../identity.errors.js";
import type { Permission } from "../permission.js";
import { actor, assertActorKeepsStaffWrite, lacking, normalizePermissions } from "./grants.js";
import { ROLE_COLUMNS, RoleCreated, RoleUpdated, toRole, type CreateRoleInput, type Role, type RoleRow, type UpdateRoleInput } from "./staff.types.js";

const MAX_ROLE_NAME_LENGTH = 100;

/** The role list for staff with STAFF_READ, by name. */
export async function listRoles(ctx: Context): Promise<Role[]> {
  const rows = await ctx.sql.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM role r ORDER BY r.name, r.id`);
  return rows.map(toRole);
}

function refuseUnheld(path: string[], missing: Permission[], message: string): void {
  if (missing.length > 0) throw new Rejection(PermissionNotHeld.at(path, missing, message));
}

/** A taken name is the index `role_name_key`. */
export async function createRole(ctx: Context, input: CreateRoleInput): Promise<RoleCreated> {
  const { permissions: held } = actor(ctx);
  const name = line(input.name, ["input", "name"], MAX_ROLE_NAME_LENGTH);
  const permissions = normalizePermissions(input.permissions);
  refuseUnheld(["input", "permissions"], lacking(held, permissions), "You cannot grant permissions you do not hold");
  const [row] = await ctx.sql.query<RoleRow>(
    `INSERT INTO role AS r (id, name, permissions, updated_at) VALUES ($1::uuid, $2, $3::"Permission"[], now()) RETURNING ${ROLE_COLUMNS}`,
    [uuidv7(), name, permissions],
  );
  return Object.assign(new RoleCreated(), { role: toRole(row!) });
}

/** Both the role's current and its new permissions must all be the actor's own; a taken name is the index `role_name_key`. */
export async function updateRole(ctx: Context, input: UpdateRoleInput): Promise<RoleUpdated> {
  const { staffId, permissions: held } = actor(ctx);
  const roleId = expectGlobalId(input.id, "Role", "input.id");
  const name = changedLine(input.name, ["input", "name"], MAX_ROLE_NAME_LENGTH);
  if (input.permissions === null) reject(["input", "permissions"], "permissions must be a list (it may be empty)");
  const permissions = input.permissions ? normalizePermissions(input.permissions) : undefined;
  return ctx.sql.transaction(async (tx) => {
    const [current] = await tx.query<{ permissions: Permission[] }>`SELECT coalesce(permissions::text[], '{}') AS permissions FROM role WHERE id = ${roleId}::uuid FOR UPDATE`;
    if (!current) throw new Rejection(NotFound.at(["input", "id"], "No role with this id"));
    refuseUnheld(["input", "id"], lacking(held, current.permissions), "You cannot change a role that has permissions you do not hold");
    refuseUnheld(["input", "permissions"], lacking(held, permissions ?? []), "You cannot grant permissions you do not hold");
    const params = new SqlParams();
    const set = [...assignments(params, { name, permissions }), "updated_at = now()"];
    const [row] = await tx.query<RoleRow>(`UPDATE role r SET ${set.join(", ")} WHERE r.id = ${params.add(roleId, "uuid")} RETURNING ${ROLE_COLUMNS}`, params.values);
    if (permissions) await assertActorKeepsStaffWrite(tx, staffId, ["input", "permissions"]);
    return Object.assign(new RoleUpdated(), { role: toRole(row!) });
  });
}
