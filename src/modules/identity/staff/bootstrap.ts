/** The first staff account: a super-admin from ADMIN_EMAIL / ADMIN_PASSWORD, made only while no staff exists. */
import type { Db } from "../../../db/sql.js";
import { uuidv7 } from "../../../shared/uuid.js";
import { ALL_PERMISSIONS } from "../permission.js";
import { hashPassword } from "../passwords.js";

const SUPER_ADMIN_ROLE = "Super admin";

/**
 * Creates the super-admin role (every permission) and the account, unless any staff exists. An
 * advisory lock makes instances starting together agree on one outcome.
 */
export async function ensureSuperAdmin(db: Db, admin: { email: string; password: string }): Promise<"created" | "staff exists"> {
  const passwordHash = await hashPassword(admin.password);
  return db.transaction(async (tx) => {
    await tx.execute`SELECT pg_advisory_xact_lock(hashtext('larder:super-admin'))`;
    const [staff] = await tx.query<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM staff) AS any`;
    if (staff!.any) return "staff exists";
    await tx.execute`
      INSERT INTO role (id, name, permissions, updated_at) VALUES (${uuidv7()}::uuid, ${SUPER_ADMIN_ROLE}, ${[...ALL_PERMISSIONS]}::"Permission"[], now())
      ON CONFLICT (name) DO NOTHING`;
    const staffId = uuidv7();
    await tx.execute`INSERT INTO staff (id, email, name, password_hash, updated_at) VALUES (${staffId}::uuid, ${admin.email}, 'Administrator', ${passwordHash}, now())`;
    await tx.execute`INSERT INTO staff_role (staff_id, role_id) SELECT ${staffId}::uuid, id FROM role WHERE name = ${SUPER_ADMIN_ROLE}`;
    return "created";
  });
}
