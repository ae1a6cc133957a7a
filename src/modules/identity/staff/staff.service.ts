/** Staff sign-in and staff management, without letting anyone grant what they do not hold. */
import type { Context } from "../../../context.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { expectGlobalId } from "../../../shared/global-id.js";
import { InputCheck } from "../../../shared/input-check.js";
import { InvalidInput, NotFound } from "../../../shared/user-errors.js";
import { checkEmail } from "../email.js";
import { CannotModifySelf, EmailTaken, InvalidCredentials, PermissionNotHeld, WeakPassword } from "../identity.errors.js";
import { checkPassword, startSession } from "../login.js";
import { passwordProblem } from "../password-policy.js";
import { hashPassword } from "../passwords.js";
import { revokeSessions } from "../sessions.js";
import type { Prisma } from "../../../generated/prisma/client.js";
import { actor, assertActorKeepsStaffWrite, lacking, LockoutPrevented, roleRowIds, staffPermissions } from "./grants.js";
import {
  Staff,
  StaffCreated,
  StaffLoggedIn,
  StaffUpdated,
  type CreateStaffInput,
  type CreateStaffResult,
  type LoginStaffInput,
  type LoginStaffResult,
  type SetStaffRolesInput,
  type SetStaffRolesResult,
  type UpdateStaffInput,
  type UpdateStaffResult,
} from "./staff.types.js";

const MAX_STAFF_NAME_LENGTH = 100;

/** Signs a staff member in (active accounts only); same throttling and timing rules as customer login. */
export async function loginStaff(ctx: Context, input: LoginStaffInput): Promise<typeof LoginStaffResult> {
  const staffId = await checkPassword(ctx, "staff", input.email, input.password);
  if (!staffId) return InvalidCredentials.create();
  const session = await startSession(ctx, { staffId });
  const staff = await ctx.loaders.staffById.load(staffId);
  return Object.assign(new StaffLoggedIn(), { ...session, staff: staff! });
}

/** Every staff member, by name: shops have few, so no pagination. */
export async function listStaff(ctx: Context): Promise<Staff[]> {
  const rows = await ctx.db.staff.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map((row) => Staff.fromRow(row));
}

/** The roles behind `roleIds` and their combined permissions, or the problem with them. */
async function loadRoles(tx: Prisma.TransactionClient, ctx: Context, roleIds: string[]): Promise<{ ids: string[] } | NotFound | PermissionNotHeld> {
  const ids = roleRowIds(roleIds);
  const roles = await tx.role.findMany({ where: { id: { in: ids } }, select: { permissions: true } });
  if (roles.length !== ids.length) return NotFound.at(["input", "roleIds"], "No role with this id");
  const missing = lacking(actor(ctx).permissions, roles.flatMap((r) => r.permissions));
  if (missing.length > 0) return PermissionNotHeld.at(["input", "roleIds"], missing, "You cannot give roles with permissions you do not hold");
  return { ids };
}

/** Whether the actor holds every permission of staff member `staffId` (else they may not manage them). */
async function outranked(tx: Prisma.TransactionClient, ctx: Context, staffId: string): Promise<PermissionNotHeld | null> {
  const missing = lacking(actor(ctx).permissions, await staffPermissions(tx, staffId));
  return missing.length > 0 ? PermissionNotHeld.at(["input", "id"], missing, "You cannot manage staff who hold permissions you do not") : null;
}

function saved<P extends StaffCreated | StaffUpdated>(Payload: new () => P, row: Parameters<typeof Staff.fromRow>[0]): P {
  return Object.assign(new Payload(), { staff: Staff.fromRow(row) });
}

export async function createStaff(ctx: Context, input: CreateStaffInput): Promise<typeof CreateStaffResult> {
  const email = checkEmail(input.email);
  if ("problem" in email) return InvalidInput.at(["input", "email"], email.problem);
  const check = new InputCheck();
  const name = check.text("name", input.name, MAX_STAFF_NAME_LENGTH);
  if (check.error) return check.error;
  const weak = passwordProblem(input.password);
  if (weak) return WeakPassword.at(["input", "password"], weak);
  const roles = await loadRoles(ctx.db, ctx, input.roleIds);
  if (!("ids" in roles)) return roles;
  const passwordHash = await hashPassword(input.password);
  try {
    return saved(StaffCreated, await ctx.db.staff.create({ data: { email: email.value, name, passwordHash, roles: { create: roles.ids.map((roleId) => ({ roleId })) } } }));
  } catch (error) {
    if (isUniqueViolation(error)) return EmailTaken.at(["input", "email"]);
    throw error;
  }
}

/** Renames or (de)activates staff the actor outranks; deactivating revokes every session at once. */
export async function updateStaff(ctx: Context, input: UpdateStaffInput): Promise<typeof UpdateStaffResult> {
  const { staffId: actorId } = actor(ctx);
  const staffId = expectGlobalId(input.id, "Staff", "input.id");
  const check = new InputCheck();
  const name = check.changedText("name", input.name, MAX_STAFF_NAME_LENGTH);
  if (input.active === null) check.fail("active", "active must be true or false");
  if (check.error) return check.error;
  if (staffId === actorId && input.active === false) return CannotModifySelf.at(["input", "active"], "You cannot deactivate yourself");
  return ctx.db.$transaction(async (tx) => {
    const [target] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff WHERE id = ${staffId}::uuid FOR UPDATE`;
    if (!target) return NotFound.at(["input", "id"], "No staff member with this id");
    const refused = await outranked(tx, ctx, staffId);
    if (refused) return refused;
    const row = await tx.staff.update({ where: { id: staffId }, data: { name, active: input.active ?? undefined } });
    if (input.active === false) await revokeSessions(tx, { staffId });
    return saved(StaffUpdated, row);
  });
}

/** Replaces a staff member's roles; the actor must outrank them and hold every permission given. */
export async function setStaffRoles(ctx: Context, input: SetStaffRolesInput): Promise<typeof SetStaffRolesResult> {
  const { staffId: actorId } = actor(ctx);
  const staffId = expectGlobalId(input.staffId, "Staff", "input.staffId");
  try {
    return await ctx.db.$transaction(async (tx) => {
      const [target] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff WHERE id = ${staffId}::uuid FOR UPDATE`;
      if (!target) return NotFound.at(["input", "staffId"], "No staff member with this id");
      const refused = await outranked(tx, ctx, staffId);
      if (refused) return Object.assign(refused, { path: ["input", "staffId"] });
      const roles = await loadRoles(tx, ctx, input.roleIds);
      if (!("ids" in roles)) return roles;
      await tx.staffRole.deleteMany({ where: { staffId } });
      await tx.staffRole.createMany({ data: roles.ids.map((roleId) => ({ staffId, roleId })) });
      if (staffId === actorId) await assertActorKeepsStaffWrite(tx, actorId);
      return saved(StaffUpdated, await tx.staff.findUniqueOrThrow({ where: { id: staffId } }));
    });
  } catch (error) {
    if (error instanceof LockoutPrevented) return CannotModifySelf.at(["input", "roleIds"], "This change would take STAFF_WRITE away from you");
    throw error;
  }
}
