/**
 * The anti-escalation rules of staff management: an actor can only grant permissions they hold,
 * only manage staff (and change roles) whose permissions they all hold, and cannot take STAFF_WRITE
 * away from themselves (someone must be left who can manage staff).
 */
import type { Context } from "../../../context.js";
import type { Sql } from "../../../db/sql.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { Rejection } from "../../../shared/mutation.js";
import { CannotModifySelf } from "../identity.errors.js";
import { ALL_PERMISSIONS, Permission } from "../permission.js";

/** The signed-in staff member; the fields calling this are guarded by `hasPermission(STAFF_WRITE)`. */
export function actor(ctx: Context): { staffId: string; permissions: ReadonlySet<Permission> } {
  if (ctx.viewer.kind !== "staff") throw new Error("rule hasPermission must guard this field");
  return ctx.viewer;
}

/** The permissions in `wanted` that `held` lacks, in enum order. */
export function lacking(held: ReadonlySet<Permission>, wanted: Iterable<Permission>): Permission[] {
  const wantedSet = new Set(wanted);
  return ALL_PERMISSIONS.filter((p) => wantedSet.has(p) && !held.has(p));
}

/** A permission list without duplicates, in enum order (how roles store them). */
export function normalizePermissions(permissions: Permission[]): Permission[] {
  const set = new Set(permissions);
  return ALL_PERMISSIONS.filter((p) => set.has(p));
}

/** Every permission a staff member holds through their roles, read inside the caller's transaction. */
export async function staffPermissions(sql: Sql, staffId: string): Promise<Set<Permission>> {
  const rows = await sql.query<{ p: Permission }>`
    SELECT DISTINCT p::text AS p FROM staff_role sr JOIN role r ON r.id = sr.role_id, unnest(r.permissions) AS p
    WHERE sr.staff_id = ${staffId}::uuid`;
  return new Set(rows.map((row) => row.p));
}

/** Row ids of role global ids, without duplicates (BAD_USER_INPUT for an id that is not a Role id). */
export function roleRowIds(globalIds: string[]): string[] {
  return [...new Set(globalIds.map((id) => expectGlobalId(id, "Role", "input.roleIds")))];
}

/** Rolls the transaction back with CannotModifySelf (at `path`) if the actor no longer holds STAFF_WRITE after its changes. */
export async function assertActorKeepsStaffWrite(tx: Sql, actorId: string, path: string[]): Promise<void> {
  if (!(await staffPermissions(tx, actorId)).has(Permission.STAFF_WRITE)) {
    throw new Rejection(CannotModifySelf.at(path, "This change would take STAFF_WRITE away from you"));
  }
}

/** Active staff members holding `permission` through any role: whom to tell about what needs that permission. */
export async function staffHolding(sql: Sql, permission: Permission): Promise<{ id: string; email: string; name: string }[]> {
  return sql.query`
    SELECT DISTINCT s.id, s.email, s.name FROM staff s JOIN staff_role sr ON sr.staff_id = s.id JOIN role r ON r.id = sr.role_id
     WHERE s.active AND ${permission}::"Permission" = ANY(r.permissions) ORDER BY s.email`;
}
