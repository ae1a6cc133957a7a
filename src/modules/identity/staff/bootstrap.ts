/** The first staff account: a super-admin from ADMIN_EMAIL / ADMIN_PASSWORD, made only while no staff exists. */
import type { Db } from "../../../db/client.js";
import { ALL_PERMISSIONS } from "../permission.js";
import { hashPassword } from "../passwords.js";

const SUPER_ADMIN_ROLE = "Super admin";

/**
 * Creates the super-admin role (every permission) and the account, unless any staff exists. An
 * advisory lock makes instances starting together agree on one outcome.
 */
export async function ensureSuperAdmin(db: Db, admin: { email: string; password: string }): Promise<"created" | "staff exists"> {
  const passwordHash = await hashPassword(admin.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('larder:super-admin'))`;
    if ((await tx.staff.count()) > 0) return "staff exists";
    const role = await tx.role.upsert({ where: { name: SUPER_ADMIN_ROLE }, create: { name: SUPER_ADMIN_ROLE, permissions: [...ALL_PERMISSIONS] }, update: {} });
    await tx.staff.create({ data: { email: admin.email, name: "Administrator", passwordHash, roles: { create: { roleId: role.id } } } });
    return "created";
  });
}
