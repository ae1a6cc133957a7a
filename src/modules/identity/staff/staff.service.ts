/** Staff sign-in and staff management, without letting anyone grant what they do not hold. */
import type { Context } from "../../../context.js";
import type { Sql } from "../../../db/sql.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { changedLine, line, reject } from "../../../shared/input-check.js";
import { Rejection } from "../../../shared/mutation.js";
import { assignments, SqlParams } from "../../../shared/sql.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { NotFound } from "../../../shared/user-errors.js";
import { CannotModifySelf, InvalidCredentials, PermissionNotHeld } from "../identity.errors.js";
import { emailAddress, newPassword } from "../input-checks.js";
import { checkPassword, startSession } from "../login.js";
import type { Permission } from "../permission.js";
import { hashPassword } from "../passwords.js";
import { revokeSessions } from "../sessions.js";
import { actor, assertActorKeepsStaffWrite, lacking, roleRowIds, staffPermissions } from "./grants.js";
import {
  STAFF_COLUMNS,
  StaffCreated,
  StaffLoggedIn,
  StaffUpdated,
  toStaff,
  type CreateStaffInput,
  type LoginStaffInput,
  type SetStaffRolesInput,
  type Staff,
  type StaffRow,
  type UpdateStaffInput,
} from "./staff.types.js";

const MAX_STAFF_NAME_LENGTH = 100;

/** Signs a staff member in (active accounts only); same throttling and timing rules as customer login. */
export async function loginStaff(ctx: Context, input: LoginStaffInput): Promise<StaffLoggedIn> {
  const staffId = await checkPassword(ctx, "staff", input.email, input.password);
  if (!staffId) throw new Rejection(InvalidCredentials.create());
  const session = await startSession(ctx, { staffId });
  const staff = await ctx.loaders.staffById.load(staffId);
  return Object.assign(new StaffLoggedIn(), { ...session, staff: staff! });
}

/** Every staff member, by name: shops have few, so no pagination. */
export async function listStaff(ctx: Context): Promise<Staff[]> {
  const rows = await ctx.sql.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s ORDER BY s.name, s.id`);
  return rows.map(toStaff);
}

/** The row ids of `roleIds`, checked to exist and to give only permissions the actor holds. */
async function checkRoles(sql: Sql, ctx: Context, roleIds: string[]): Promise<string[]> {
  const ids = roleRowIds(roleIds);
  const roles = await sql.query<{ permissions: Permission[] }>`SELECT coalesce(permissions::text[], '{}') AS permissions FROM role WHERE id = ANY(${ids}::uuid[])`;
  if (roles.length !== ids.length) throw new Rejection(NotFound.at(["input", "roleIds"], "No role with this id"));
  const missing = lacking(actor(ctx).permissions, roles.flatMap((r) => r.permissions));
  if (missing.length > 0) throw new Rejection(PermissionNotHeld.at(["input", "roleIds"], missing, "You cannot give roles with permissions you do not hold"));
  return ids;
}

/** Refuses (at `path`) unless the actor holds every permission of staff member `staffId`. */
async function refuseOutranked(sql: Sql, ctx: Context, staffId: string, path: string[]): Promise<void> {
  const missing = lacking(actor(ctx).permissions, await staffPermissions(sql, staffId));
  if (missing.length > 0) throw new Rejection(PermissionNotHeld.at(path, missing, "You cannot manage staff who hold permissions you do not"));
}

/** Locks staff member `staffId` for the rest of the transaction; NotFound at `path` when there is none. */
async function lockStaff(tx: Sql, staffId: string, path: string[]): Promise<void> {
  const [target] = await tx.query<{ id: string }>`SELECT id FROM staff WHERE id = ${staffId}::uuid FOR UPDATE`;
  if (!target) throw new Rejection(NotFound.at(path, "No staff member with this id"));
}

/** The staff member as now stored, in the payload `Payload`. */
async function readStaff<P extends StaffCreated | StaffUpdated>(Payload: new () => P, sql: Sql, staffId: string): Promise<P> {
  const [row] = await sql.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.id = $1::uuid`, [staffId]);
  return Object.assign(new Payload(), { staff: toStaff(row!) });
}

/** A taken email is the index `staff_email_key`. */
export async function createStaff(ctx: Context, input: CreateStaffInput): Promise<StaffCreated> {
  const email = emailAddress(input.email, ["input", "email"]);
  const name = line(input.name, ["input", "name"], MAX_STAFF_NAME_LENGTH);
  newPassword(input.password, ["input", "password"]);
  const roleIds = await checkRoles(ctx.sql, ctx, input.roleIds);
  const passwordHash = await hashPassword(input.password);
  const staffId = uuidv7();
  return ctx.sql.transaction(async (tx) => {
    await tx.execute`INSERT INTO staff (id, email, name, password_hash, updated_at) VALUES (${staffId}::uuid, ${email}, ${name}, ${passwordHash}, now())`;
    await tx.execute`INSERT INTO staff_role (staff_id, role_id) SELECT ${staffId}::uuid, unnest(${roleIds}::uuid[])`;
    return readStaff(StaffCreated, tx, staffId);
  });
}

/** Renames or (de)activates staff the actor outranks; deactivating revokes every session at once. */
export async function updateStaff(ctx: Context, input: UpdateStaffInput): Promise<StaffUpdated> {
  const { staffId: actorId } = actor(ctx);
  const staffId = expectGlobalId(input.id, "Staff", "input.id");
  const name = changedLine(input.name, ["input", "name"], MAX_STAFF_NAME_LENGTH);
  if (input.active === null) reject(["input", "active"], "active must be true or false");
  if (staffId === actorId && input.active === false) throw new Rejection(CannotModifySelf.at(["input", "active"], "You cannot deactivate yourself"));
  return ctx.sql.transaction(async (tx) => {
    await lockStaff(tx, staffId, ["input", "id"]);
    await refuseOutranked(tx, ctx, staffId, ["input", "id"]);
    const params = new SqlParams();
    const set = [...assignments(params, { name, active: input.active }), "updated_at = now()"];
    await tx.execute(`UPDATE staff SET ${set.join(", ")} WHERE id = ${params.add(staffId, "uuid")}`, params.values);
    if (input.active === false) await revokeSessions(tx, { staffId });
    return readStaff(StaffUpdated, tx, staffId);
  });
}

/** Replaces a staff member's roles; the actor must outrank them and hold every permission given. */
export async function setStaffRoles(ctx: Context, input: SetStaffRolesInput): Promise<StaffUpdated> {
  const { staffId: actorId } = actor(ctx);
  const staffId = expectGlobalId(input.staffId, "Staff", "input.staffId");
  return ctx.sql.transaction(async (tx) => {
    await lockStaff(tx, staffId, ["input", "staffId"]);
    await refuseOutranked(tx, ctx, staffId, ["input", "staffId"]);
    const roleIds = await checkRoles(tx, ctx, input.roleIds);
    await tx.execute`DELETE FROM staff_role WHERE staff_id = ${staffId}::uuid`;
    await tx.execute`INSERT INTO staff_role (staff_id, role_id) SELECT ${staffId}::uuid, unnest(${roleIds}::uuid[])`;
    if (staffId === actorId) await assertActorKeepsStaffWrite(tx, actorId, ["input", "roleIds"]);
    return readStaff(StaffUpdated, tx, staffId);
  });
}
